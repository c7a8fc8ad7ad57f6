namespace BindGen.Core.Parsing;

/// <summary>
/// What an <c>*-apple-darwin</c> triple means to BindGen: macOS. clang's driver gives an unversioned darwin triple an OS from
/// the architecture when neither a <c>-m*-version-min</c> flag, a deployment-target variable nor an SDK says which: arm64
/// becomes iOS 5 (unless clang itself runs on Apple silicon), x86_64 becomes macOS 10.4. So without an SDK,
/// <c>aarch64-apple-darwin</c> parses as <c>arm64-apple-ios5.0.0</c>: <c>__ENVIRONMENT_IPHONE_OS_VERSION_MIN_REQUIRED__</c>
/// instead of <c>__ENVIRONMENT_MAC_OS_X_VERSION_MIN_REQUIRED__</c>, <c>__is_target_os(ios)</c>, and the SDK's
/// <c>TargetConditionals.h</c> then says <c>TARGET_OS_IPHONE</c>. BindGen asks for macOS explicitly instead.
/// </summary>
internal static class AppleDeploymentTarget
{
    /// <summary>The macOS version a darwin triple is parsed for: 11.0, the first macOS on arm64 (and one every .NET on macOS exceeds).</summary>
    public const string MacOsVersion = "11.0";

    /// <summary>
    /// The flag that makes clang parse <paramref name="triple"/> for macOS, or null: the triple is not <c>ARCH-apple-darwin[N]</c>
    /// (a triple naming <c>macos</c>, <c>ios</c>... already says which OS), or <paramref name="userArguments"/> choose the OS
    /// themselves (<c>-mmacosx-version-min=</c>, <c>-mios-version-min=</c>, <c>-mtargetos=</c>...).
    /// </summary>
    public static string? VersionFlag(string? triple, IReadOnlyList<string> userArguments)
    {
        if (triple is null || !IsDarwin(triple)) return null;
        foreach (var a in userArguments)
        {
            if (a.StartsWith("-mtargetos", StringComparison.Ordinal) || a.StartsWith("-m", StringComparison.Ordinal) && a.Contains("-version-min", StringComparison.Ordinal))
                return null;
        }
        return "-mmacosx-version-min=" + MacOsVersion;
    }

    /// <summary>True for <c>ARCH-apple-darwin</c>, <c>ARCH-apple-darwin20</c>, <c>ARCH-apple-darwin23.1.0</c> (and an environment after it).</summary>
    public static bool IsDarwin(string triple)
    {
        var parts = triple.Split('-');
        if (parts.Length < 3 || parts[1] != "apple" || !parts[2].StartsWith("darwin", StringComparison.Ordinal)) return false;
        return parts[2]["darwin".Length..].All(c => char.IsAsciiDigit(c) || c == '.');
    }
}
