namespace BindGen.Core.Model;

/// <summary>An object-like macro whose whole body names a function (<c>#define mpz_init __gmpz_init</c>), where it is defined.</summary>
public sealed record CFunctionAlias(string Name, CFunction Function, CLocation Location);
