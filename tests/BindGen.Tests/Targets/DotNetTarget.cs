namespace BindGen.Tests.Targets;

/// <summary>
/// How .NET lays out the generated C# on a target: what the runtime of that RID does, not what C does (that is the other
/// side of the check). Pointer size by architecture; <c>CLong</c> is 4 bytes on Windows and pointer-sized elsewhere; 8-byte
/// primitives are 8-aligned except on 32-bit x86 outside Windows.
/// </summary>
public sealed record DotNetTarget(string Triple, int PointerSize, int CLongSize, int EightByteAlign, bool IsWindowsX86)
{
    public static DotNetTarget Of(string triple)
    {
        var arch = triple.Split('-')[0];
        bool windows = triple.Contains("windows", StringComparison.Ordinal);
        int pointer = arch is "i686" or "i386" or "armv7" or "arm" ? 4 : 8;
        return new DotNetTarget(triple, pointer, windows ? 4 : pointer, pointer == 4 && !windows ? 4 : 8, windows && pointer == 4 && arch.StartsWith('i'));
    }
}
