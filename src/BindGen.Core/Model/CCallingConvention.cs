namespace BindGen.Core.Model;

/// <summary>The calling convention of a function or function type.</summary>
public enum CCallingConvention
{
    /// <summary>The platform's C convention.</summary>
    Cdecl,
    /// <summary><c>__stdcall</c></summary>
    StdCall,
    /// <summary><c>__fastcall</c></summary>
    FastCall,
    /// <summary><c>__thiscall</c></summary>
    ThisCall,
    /// <summary><c>__vectorcall</c></summary>
    VectorCall,
    /// <summary><c>__attribute__((ms_abi))</c> on a non-Windows target</summary>
    Win64,
    /// <summary><c>__attribute__((sysv_abi))</c> on Windows</summary>
    SysV64,
    /// <summary>A convention .NET cannot call.</summary>
    Unsupported,
}
