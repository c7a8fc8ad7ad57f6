using BindGen.Core.Mapping;

namespace BindGen.Core;

/// <summary>One target's result: the facts clang read for it, its selected C model and its mapped C# model.</summary>
/// <param name="Name">The target as the user named it (<c>--target</c>), or clang's triple when none was named.</param>
/// <param name="Target">The target facts (triple, sizes, OS family) from clang.</param>
/// <param name="Api">The C model after selection (what is bound), with C's layouts for this target.</param>
/// <param name="Mapped">The C# model rendered for this target (before the common part and the variants are split).</param>
public sealed record TargetApi(string Name, Model.CTarget Target, Model.CApi Api, CsApi Mapped);
