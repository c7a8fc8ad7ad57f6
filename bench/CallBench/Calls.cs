using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Generated = CallBench.Native;
using GeneratedDynamic = CallBench.NativeDynamic;
using GeneratedLibraryImport = CallBench.NativeLibraryImport;

namespace CallBench;

/// <summary>
/// One C call three ways (plus variants): (a) BindGen's generated raw layer, (b) a hand-written
/// <c>delegate* unmanaged[Cdecl]</c> from <see cref="NativeLibrary.GetExport"/> (the baseline of each group), (c) a classic
/// <c>[DllImport]</c> that needs runtime marshalling (SetLastError, a managed array).
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public unsafe class Calls
{
    private const string Library = "callbench";

    private readonly int[] _values = Enumerable.Range(1, 16).ToArray();
    private Generated.cb_vec3 _a = new() { x = 1, y = 2, z = 3 };
    private Generated.cb_vec3 _b = new() { x = 4, y = 5, z = 6 };
    private GeneratedLibraryImport.cb_vec3 _aLi = new() { x = 1, y = 2, z = 3 };
    private GeneratedLibraryImport.cb_vec3 _bLi = new() { x = 4, y = 5, z = 6 };
    private int _x = 1, _y = 2;

    private GeneratedDynamic.CallBenchNative _table = null!;
    private GeneratedDynamic.cb_vec3 _aDyn = new() { x = 1, y = 2, z = 3 };
    private GeneratedDynamic.cb_vec3 _bDyn = new() { x = 4, y = 5, z = 6 };

    private nint _handle;
    private delegate* unmanaged[Cdecl]<int, int, int> _add;
    private delegate* unmanaged[Cdecl]<Generated.cb_vec3, Generated.cb_vec3, double> _dot;
    private delegate* unmanaged[Cdecl]<int*, nuint, long> _sum;

    [GlobalSetup]
    public void Setup()
    {
        _handle = NativeLibrary.Load(Path.Combine(AppContext.BaseDirectory, "libcallbench.so"));
        _add = (delegate* unmanaged[Cdecl]<int, int, int>)NativeLibrary.GetExport(_handle, "cb_add");
        _dot = (delegate* unmanaged[Cdecl]<Generated.cb_vec3, Generated.cb_vec3, double>)NativeLibrary.GetExport(_handle, "cb_dot");
        _sum = (delegate* unmanaged[Cdecl]<int*, nuint, long>)NativeLibrary.GetExport(_handle, "cb_sum");
        _table = GeneratedDynamic.CallBenchNative.Load(Path.Combine(AppContext.BaseDirectory, "libcallbench.so"));
    }

    // ---- int add(int, int) ----

    [Benchmark(Baseline = true), BenchmarkCategory("add")]
    public int Add_FunctionPointer() => _add(_x, _y);

    [Benchmark, BenchmarkCategory("add")]
    public int Add_BindGen() => Generated.CallBenchNative.cb_add(_x, _y);

    [Benchmark, BenchmarkCategory("add")]
    public int Add_BindGen_LibraryImport() => GeneratedLibraryImport.CallBenchNative.cb_add(_x, _y);

    [Benchmark, BenchmarkCategory("add")]
    public int Add_BindGen_DynamicTable() => _table.cb_add(_x, _y);

    [Benchmark, BenchmarkCategory("add")]
    public int Add_BindGen_SuppressGCTransition() => Generated.CallBenchNative.cb_add_nogc(_x, _y);

    [Benchmark, BenchmarkCategory("add")]
    public int Add_DllImport_SetLastError() => Classic.cb_add(_x, _y);

    [Benchmark, BenchmarkCategory("add")]
    public int Add_Managed_NoInlining() => ManagedAdd(_x, _y);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ManagedAdd(int a, int b) => a + b;

    // ---- double dot(vec3, vec3): structs by value ----

    [Benchmark(Baseline = true), BenchmarkCategory("struct")]
    public double Dot_FunctionPointer() => _dot(_a, _b);

    [Benchmark, BenchmarkCategory("struct")]
    public double Dot_BindGen() => Generated.CallBenchNative.cb_dot(_a, _b);

    [Benchmark, BenchmarkCategory("struct")]
    public double Dot_BindGen_LibraryImport() => GeneratedLibraryImport.CallBenchNative.cb_dot(_aLi, _bLi);

    [Benchmark, BenchmarkCategory("struct")]
    public double Dot_BindGen_DynamicTable() => _table.cb_dot(_aDyn, _bDyn);

    [Benchmark, BenchmarkCategory("struct")]
    public double Dot_DllImport_SetLastError() => Classic.cb_dot(_a, _b);

    // ---- long long sum(const int*, size_t): pointer + length ----

    [Benchmark(Baseline = true), BenchmarkCategory("span")]
    public long Sum_FunctionPointer()
    {
        fixed (int* p = _values) return _sum(p, (nuint)_values.Length);
    }

    [Benchmark, BenchmarkCategory("span")]
    public long Sum_BindGen()
    {
        fixed (int* p = _values) return Generated.CallBenchNative.cb_sum(p, (nuint)_values.Length);
    }

    [Benchmark, BenchmarkCategory("span")]
    public long Sum_DllImport_ManagedArray() => Classic.cb_sum(_values, (nuint)_values.Length);

    /// <summary>Classic P/Invoke declarations that need the runtime's marshalling stubs.</summary>
    private static class Classic
    {
        [DllImport(Library, EntryPoint = "cb_add", SetLastError = true)]
        public static extern int cb_add(int a, int b);

        [DllImport(Library, EntryPoint = "cb_dot", SetLastError = true)]
        public static extern double cb_dot(Generated.cb_vec3 a, Generated.cb_vec3 b);

        [DllImport(Library, EntryPoint = "cb_sum", SetLastError = true)]
        public static extern long cb_sum(int[] values, nuint count);
    }
}
