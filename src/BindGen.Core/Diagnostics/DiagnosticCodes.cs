namespace BindGen.Core.Diagnostics;

/// <summary>Every diagnostic BindGen reports, in one place. docs/diagnostics.md lists the same table.</summary>
public static class DiagnosticCodes
{
#pragma warning disable CS1591 // the titles document each code
    public static readonly DiagnosticDescriptor ClangError = new("BG0001", DiagnosticSeverity.Error, "clang reported an error in the input");
    public static readonly DiagnosticDescriptor ClangWarning = new("BG0002", DiagnosticSeverity.Warning, "clang reported a warning in the input");
    public static readonly DiagnosticDescriptor InputNotFound = new("BG0003", DiagnosticSeverity.Error, "an input header does not exist, is not a file, or cannot be read");
    public static readonly DiagnosticDescriptor LibClangNotFound = new("BG0004", DiagnosticSeverity.Error, "libclang could not be loaded");
    public static readonly DiagnosticDescriptor ParseFailed = new("BG0005", DiagnosticSeverity.Error, "libclang could not parse the input");
    public static readonly DiagnosticDescriptor ResourceDirNotFound = new("BG0006", DiagnosticSeverity.Warning, "builtin headers of the loaded libclang were not found");
    public static readonly DiagnosticDescriptor BadOption = new("BG0007", DiagnosticSeverity.Error, "an option has an invalid value");
    public static readonly DiagnosticDescriptor InvalidIdentifier = new("BG0009", DiagnosticSeverity.Error, "a C identifier cannot be a C# name: a character C# does not allow, or longer than .NET's 1023 UTF-8 bytes");
    public static readonly DiagnosticDescriptor NothingToBind = new("BG0008", DiagnosticSeverity.Warning, "the input declares nothing BindGen binds; the output has an empty class");

    public static readonly DiagnosticDescriptor UnsupportedType = new("BG0010", DiagnosticSeverity.Warning, "a declaration uses a type C# cannot express; it is skipped");
    public static readonly DiagnosticDescriptor VariadicFunction = new("BG0011", DiagnosticSeverity.Info, "variadic function not bound");
    public static readonly DiagnosticDescriptor StaticFunction = new("BG0012", DiagnosticSeverity.Info, "static or static inline function has no exported symbol; not bound");
    public static readonly DiagnosticDescriptor MacroNotEvaluated = new("BG0013", DiagnosticSeverity.Info, "object-like macro does not evaluate to a constant");
    public static readonly DiagnosticDescriptor FunctionLikeMacro = new("BG0014", DiagnosticSeverity.Info, "function-like macro not bound");
    public static readonly DiagnosticDescriptor UnsupportedCallingConvention = new("BG0015", DiagnosticSeverity.Warning, "calling convention .NET cannot call; declaration skipped");
    public static readonly DiagnosticDescriptor OpaqueBlob = new("BG0016", DiagnosticSeverity.Warning, "record has a member C# cannot represent; emitted as an opaque blob of C's size and alignment");
    public static readonly DiagnosticDescriptor NameCollision = new("BG0017", DiagnosticSeverity.Warning, "two declarations map to the same C# name; the later one is skipped");
    public static readonly DiagnosticDescriptor UnsupportedAlignment = new("BG0019", DiagnosticSeverity.Warning, "record alignment .NET cannot express (above 16 bytes)");
    public static readonly DiagnosticDescriptor GlobalNotBound = new("BG0018", DiagnosticSeverity.Info, "global variable not bound");

    public static readonly DiagnosticDescriptor TemplateError = new("BG0020", DiagnosticSeverity.Error, "a template failed to parse or render");
    public static readonly DiagnosticDescriptor TemplateNotFound = new("BG0021", DiagnosticSeverity.Error, "a template was not found");

    public static readonly DiagnosticDescriptor UnknownFunctionName = new("BG0044", DiagnosticSeverity.Warning, "an option names a function that is not bound");
    public static readonly DiagnosticDescriptor IncludeDirectoryNotFound = new("BG0046", DiagnosticSeverity.Warning, "an include directory does not exist");

    public static readonly DiagnosticDescriptor WriteFailed = new("BG0030", DiagnosticSeverity.Error, "an output file could not be written");
    public static readonly DiagnosticDescriptor StaleOutput = new("BG0031", DiagnosticSeverity.Error, "generated output differs from the file on disk (check mode)");
    public static readonly DiagnosticDescriptor NotGeneratedFile = new("BG0032", DiagnosticSeverity.Error, "refusing to overwrite a file BindGen did not generate");

    public static readonly DiagnosticDescriptor SafeConfigMatchesNothing = new("BG0080", DiagnosticSeverity.Error, "a safe-config entry matches no declaration");
    public static readonly DiagnosticDescriptor SafeConfigDoesNotFit = new("BG0081", DiagnosticSeverity.Error, "a safe-config entry names a declaration of the wrong shape");
    public static readonly DiagnosticDescriptor ZeroSizeRecord = new("BG0060", DiagnosticSeverity.Warning, "record has size 0 in C (GNU extension); its C# struct has 1 byte");

    public static readonly DiagnosticDescriptor ExcludedTypeUsed = new("BG0040", DiagnosticSeverity.Error, "an excluded type is used by a kept declaration");
    public static readonly DiagnosticDescriptor OpaqueTypeUsedByValue = new("BG0041", DiagnosticSeverity.Error, "a type made opaque is used by value");
    public static readonly DiagnosticDescriptor PatternMatchedNothing = new("BG0042", DiagnosticSeverity.Warning, "a filter pattern matched no declaration");
    public static readonly DiagnosticDescriptor RenameCollision = new("BG0043", DiagnosticSeverity.Error, "renaming makes two declarations share one C# name");
    public static readonly DiagnosticDescriptor LeftOutByFilter = new("BG0045", DiagnosticSeverity.Info, "a declaration of the library is left out by the include or exclude filters of names or headers");

    public static readonly DiagnosticDescriptor ShimWrapperDropped = new("BG0070", DiagnosticSeverity.Warning, "a shim wrapper does not compile; it is left out and the rest of the shim is built");
    public static readonly DiagnosticDescriptor CompilerNotFound = new("BG0071", DiagnosticSeverity.Error, "no C compiler found to build the shim");
    public static readonly DiagnosticDescriptor ShimBuildFailed = new("BG0072", DiagnosticSeverity.Error, "the shim library could not be built");
    public static readonly DiagnosticDescriptor BadShimSignature = new("BG0073", DiagnosticSeverity.Error, "a macro signature or variadic instantiation from config could not be read");
    public static readonly DiagnosticDescriptor UnknownShimName = new("BG0074", DiagnosticSeverity.Warning, "config names a macro or variadic function the library does not have");

    public static readonly DiagnosticDescriptor TargetProbeFailed = new("BG0100", DiagnosticSeverity.Error, "clang could not lay out the builtin types of a target");
    public static readonly DiagnosticDescriptor TargetIncludeFailed = new("BG0101", DiagnosticSeverity.Error, "a header include failed for one of several targets");
    public static readonly DiagnosticDescriptor TargetsDiffer = new("BG0102", DiagnosticSeverity.Info, "a declaration differs between targets; each target gets its own variant");
    public static readonly DiagnosticDescriptor MultiTargetUnsupported = new("BG0103", DiagnosticSeverity.Error, "an option cannot be combined with several targets");
    // Raised by the MSBuild package (BindGen.MSBuild.targets, <Warning Code="...">), not by the CLI: declared here so the codes stay unique and documented.
    public static readonly DiagnosticDescriptor MSBuildRuntimeWithoutTriple = new("BG0104", DiagnosticSeverity.Warning, "MSBuild: the RuntimeIdentifier has no target triple (no BINDGEN_<TRIPLE> defined)");
    public static readonly DiagnosticDescriptor MSBuildTargetNotGenerated = new("BG0105", DiagnosticSeverity.Warning, "MSBuild: the build's target is not among the header's Targets");
    public static readonly DiagnosticDescriptor HostHeaderRead = new("BG0106", DiagnosticSeverity.Error, "a target of another OS than the host's read the host's C library headers (no sysroot for it)");

    public static readonly DiagnosticDescriptor ShimFunctionInTable = new("BG0090", DiagnosticSeverity.Warning, "shim functions are looked up through the function-pointer table's loader");

    public static readonly DiagnosticDescriptor CompilersDisagreeOnLayout = new("BG0110", DiagnosticSeverity.Warning, "gcc and clang lay a record out differently; it is emitted as an opaque struct used through pointers");
    public static readonly DiagnosticDescriptor CompilersDisagreeOnPassing = new("BG0111", DiagnosticSeverity.Info, "gcc and clang pass a record by value differently; the bindings follow gcc");
#pragma warning restore CS1591

    /// <summary>All descriptors, for documentation and tests.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        ClangError, ClangWarning, InputNotFound, LibClangNotFound, ParseFailed, ResourceDirNotFound, BadOption, NothingToBind, InvalidIdentifier,
        UnsupportedType, VariadicFunction, StaticFunction, MacroNotEvaluated, FunctionLikeMacro, UnsupportedCallingConvention,
        OpaqueBlob, NameCollision, GlobalNotBound, UnsupportedAlignment, TemplateError, TemplateNotFound, UnknownFunctionName, WriteFailed, StaleOutput, NotGeneratedFile,
        ExcludedTypeUsed, OpaqueTypeUsedByValue, PatternMatchedNothing, RenameCollision, LeftOutByFilter, IncludeDirectoryNotFound, ZeroSizeRecord,
        ShimWrapperDropped, CompilerNotFound, ShimBuildFailed, BadShimSignature, UnknownShimName, SafeConfigMatchesNothing, SafeConfigDoesNotFit,
        ShimFunctionInTable, TargetProbeFailed, TargetIncludeFailed, TargetsDiffer, MultiTargetUnsupported,
        MSBuildRuntimeWithoutTriple, MSBuildTargetNotGenerated, HostHeaderRead,
        CompilersDisagreeOnLayout, CompilersDisagreeOnPassing,
    ];
}
