using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Runtime;

/// <summary>Variable-length array parameters (<c>int n, T a[n]</c>) decay to pointers, as in C, and C reads what C# passed.</summary>
public class VlaParameterTests
{
    private const string Driver = """
        namespace VlaParams;

        using System.Collections.Generic;

        public static unsafe class Driver
        {
            public static string Run()
            {
                var failures = new List<string>();
                int* values = stackalloc int[] { 1, 2, 3, 4 };
                if (Native.vla_sum(4, values) != 10) failures.Add("vla_sum");
                if (Native.vla_static(4, values) != 4) failures.Add("vla_static");
                byte* buffer = stackalloc byte[8];
                Native.vla_fill(8, buffer, 7);
                for (int i = 0; i < 8; i++) if (buffer[i] != 7) failures.Add($"vla_fill[{i}]");
                return string.Join("\n", failures);
            }
        }
        """;

    [Fact]
    public void Variable_length_array_parameters_are_bound_as_pointers_and_called()
    {
        NativeFixture.AssertDriverPasses("functions/vla_params.h", Driver);
    }
}
