using System.Collections.Frozen;

namespace BindGen.Core.Passes;

/// <summary>Header names of the C library, POSIX and the OS that never count as a library's own, even beside it in /usr/include.</summary>
internal static class SystemHeaders
{
    private static readonly FrozenSet<string> Names = new[]
    {
        // C11/C17/C23
        "assert.h", "complex.h", "ctype.h", "errno.h", "fenv.h", "float.h", "inttypes.h", "iso646.h", "limits.h", "locale.h",
        "math.h", "setjmp.h", "signal.h", "stdalign.h", "stdarg.h", "stdatomic.h", "stdbit.h", "stdbool.h", "stdckdint.h",
        "stddef.h", "stdint.h", "stdio.h", "stdlib.h", "stdnoreturn.h", "string.h", "tgmath.h", "threads.h", "time.h",
        "uchar.h", "wchar.h", "wctype.h",
        // POSIX
        "aio.h", "cpio.h", "dirent.h", "dlfcn.h", "fcntl.h", "fmtmsg.h", "fnmatch.h", "ftw.h", "glob.h", "grp.h", "iconv.h",
        "langinfo.h", "libgen.h", "monetary.h", "mqueue.h", "ndbm.h", "netdb.h", "nl_types.h", "poll.h", "pthread.h", "pwd.h",
        "regex.h", "sched.h", "search.h", "semaphore.h", "spawn.h", "strings.h", "stropts.h", "syslog.h", "tar.h", "termios.h",
        "trace.h", "ulimit.h", "unistd.h", "utime.h", "utmpx.h", "wordexp.h",
        // glibc and other common system headers
        "alloca.h", "endian.h", "features.h", "features-time64.h", "stdc-predef.h", "malloc.h", "memory.h", "byteswap.h",
        "error.h", "err.h", "getopt.h", "link.h", "elf.h", "paths.h", "shadow.h", "utmp.h", "values.h", "wait.h", "xlocale.h",
        "execinfo.h", "ifaddrs.h", "mntent.h", "resolv.h", "ucontext.h", "sysexits.h", "termio.h", "sgtty.h", "lastlog.h",
        "mcheck.h", "obstack.h", "printf.h", "pty.h", "threads.h", "argp.h", "argz.h", "envz.h", "fstab.h", "gshadow.h",
        "libintl.h", "nss.h", "re_comp.h", "regexp.h", "thread_db.h", "aliases.h", "ttyent.h", "gconv.h", "fts.h",
        // Windows SDK umbrella headers
        "windows.h", "winsock2.h", "ws2tcpip.h", "windef.h", "winbase.h", "basetsd.h", "winnt.h", "intrin.h",
        // compiler intrinsics (normally in the resource dir)
        "immintrin.h", "xmmintrin.h", "emmintrin.h", "arm_neon.h", "mm_malloc.h",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Folders = new[]
    {
        "sys", "bits", "gnu", "asm", "asm-generic", "linux", "arpa", "net", "netinet", "netinet6", "netpacket", "netax25",
        "netash", "netatalk", "netipx", "netiucv", "netrom", "netrose", "neteconet", "nfs", "protocols", "rpc", "rpcsvc",
        "scsi", "sound", "video", "drm", "mtd", "misc", "rdma", "xen", "machine", "mach", "libkern", "os", "dispatch",
        "x86_64-linux-gnu", "i386-linux-gnu", "aarch64-linux-gnu", "arm-linux-gnueabihf", "arm-linux-gnueabi",
        "powerpc64le-linux-gnu", "s390x-linux-gnu", "riscv64-linux-gnu", "mips64el-linux-gnuabi64", "c++",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True for a Debian/Ubuntu package that installs the platform's headers (the C library, the kernel's, the compilers'),
    /// as opposed to a library that installs a header under a name the platform also uses (libnsl's <c>rpcsvc/</c>).
    /// </summary>
    public static bool IsPlatformPackage(string package) =>
        package.StartsWith("libc6-dev", StringComparison.Ordinal) || package.StartsWith("linux-libc-dev", StringComparison.Ordinal)
        || package.StartsWith("libc-dev", StringComparison.Ordinal) || package.StartsWith("libgcc-", StringComparison.Ordinal)
        || package.StartsWith("libstdc++", StringComparison.Ordinal) || package.StartsWith("libclang-common-", StringComparison.Ordinal)
        || package.StartsWith("libcrypt-dev", StringComparison.Ordinal);

    /// <summary>True for a header path (relative to an include root, with '/') that belongs to the system.</summary>
    public static bool IsSystem(string relative)
    {
        int slash = relative.IndexOf('/');
        if (slash < 0) return Names.Contains(relative);
        return Folders.Contains(relative[..slash]);
    }
}
