namespace BindGen.Core.Passes;

/// <summary>Why a header the parse read is the library's, or why it is not (docs/usage.md, "Which headers are the library").</summary>
public enum HeaderReason
{
    /// <summary>A header named as input.</summary>
    Input,
    /// <summary>Included directly by a wrapper: a named header that is not itself installed in a system include folder.</summary>
    WrapperInclude,
    /// <summary>Included with quotes and found beside the library header that includes it (<c>#include "zconf.h"</c>).</summary>
    BesideIncluder,
    /// <summary>Included with quotes from a library header and found in a multiarch folder (<c>/usr/include/x86_64-linux-gnu</c>).</summary>
    MultiarchConfig,
    /// <summary>Of the same family as a library header: the same top folder (<c>openssl/</c>) or a related name (<c>lib_ext/</c> beside <c>lib/</c>).</summary>
    SameFamily,
    /// <summary>Installed by the same system package as a library header (Debian/Ubuntu package lists).</summary>
    SamePackage,
    /// <summary>Under the folder of a named header that is not installed (a library's own include folder).</summary>
    UnderInputFolder,
    /// <summary>Named by <c>--traverse</c>.</summary>
    Traverse,
    /// <summary>Matched by <c>--include-file</c>.</summary>
    IncludeFile,
    /// <summary>Not the library's: a C library, POSIX, kernel or compiler header.</summary>
    Platform,
    /// <summary>Not the library's: reached from the library but another library's (only the types the API uses are emitted).</summary>
    OtherLibrary,
    /// <summary>Not the library's: included only by headers that are not the library's.</summary>
    NotReached,
    /// <summary>Not the library's: <c>--traverse</c> was given and does not name it.</summary>
    NotTraversed,
}
