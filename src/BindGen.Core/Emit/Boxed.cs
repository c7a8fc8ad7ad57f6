namespace BindGen.Core.Emit;

/// <summary>
/// Shared boxes for the booleans and small numbers templates read from the model (offsets, sizes, shifts, flags): a member
/// read allocates nothing for them. Each keeps its type (an <c>int</c> stays an <c>int</c>), as templates see it.
/// </summary>
internal static class Boxed
{
    private const int Cached = 1024;
    private static readonly object True = true, False = false;
    private static readonly object[] Ints = [.. Enumerable.Range(0, Cached).Select(i => (object)i)];
    private static readonly object[] Longs = [.. Enumerable.Range(0, Cached).Select(i => (object)(long)i)];

    public static object Of(bool value) => value ? True : False;

    public static object Of(int value) => (uint)value < Cached ? Ints[value] : value;

    public static object Of(long value) => (ulong)value < Cached ? Longs[value] : value;
}
