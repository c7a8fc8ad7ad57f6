using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Runtime;

/// <summary>A function C users call through a renaming macro (<c>#define mpz_init __gmpz_init</c>) is callable by that name.</summary>
public class RenamedByMacroTests
{
    private const string Driver = """
        namespace RenamedByMacro;

        using System.Collections.Generic;

        public static unsafe class Driver
        {
            public static string Run()
            {
                var failures = new List<string>();
                if (Native.rbm_add(2, 3) != 5) failures.Add("rbm_add");
                if (Native.__rbm_add(2, 3) != 5) failures.Add("__rbm_add");
                if (Native.rbm_scale(4, 5) != 20) failures.Add("rbm_scale");
                return string.Join("\n", failures);
            }
        }
        """;

    [Fact]
    public void A_function_renamed_by_a_macro_is_callable_by_the_macros_name()
    {
        NativeFixture.AssertDriverPasses("functions/renamed_by_macro.h", Driver);
    }
}
