// bindgen: --namespace AbiGccClang --library gcc_clang_rt
// Records gcc and clang pass by value differently on x86-64 (docs/abi.md, "gcc and clang"). The bindings follow gcc.
#include <stdbool.h>

/* gcc: an unnamed bitfield is an integer member, so the first eightbyte is INTEGER (rax:rdx);
   clang ignores it: xmm0 + eax. BindGen gives it private storage and follows gcc (info BG0111). */
struct float_gap { float f; bool : 1; int : 0; short s; };

/* gcc: xmm0 + rax (the unnamed bitfield alone makes the second eightbyte INTEGER); clang: xmm0 only. */
struct float_tail { float a; float b; char : 3; };

/* An 8-aligned record held at byte 4 of a packed one: gcc checks only the int inside (aligned, so registers), clang
   the record's own alignment (memory). .NET meets the record's 8-byte alignment field at byte 4 and passes it in
   memory: functions passing it by value are not bound (warning BG0010). */
struct eight { int x; } __attribute__((aligned(8)));
struct packed_eight { int a; struct eight b; } __attribute__((packed));

/* Both compilers agree: a named bitfield shares the eightbyte. */
struct float_named { float f; unsigned flag : 1; short s; };

struct float_gap float_gap_make(float f, short s);
int float_gap_check(struct float_gap v, float f, short s);
struct float_tail float_tail_make(float a, float b);
int float_tail_check(struct float_tail v, int k, float a, float b);
struct packed_eight packed_eight_make(int a, int x);
int packed_eight_sum(const struct packed_eight *p);
struct float_named float_named_make(float f, short s);
int float_named_check(struct float_named v, float f, short s);
