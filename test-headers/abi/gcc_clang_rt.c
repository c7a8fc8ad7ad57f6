#include "gcc_clang_rt.h"

struct float_gap float_gap_make(float f, short s) { struct float_gap v = { f, s }; return v; }
int float_gap_check(struct float_gap v, float f, short s) { return v.f == f && v.s == s; }
struct float_tail float_tail_make(float a, float b) { struct float_tail v = { a, b }; return v; }
int float_tail_check(struct float_tail v, int k, float a, float b) { return v.a == a && v.b == b && k == 42; }
struct packed_eight packed_eight_make(int a, int x) { struct packed_eight v; v.a = a; v.b.x = x; return v; }
int packed_eight_sum(const struct packed_eight *p) { return p->a + p->b.x; }
struct float_named float_named_make(float f, short s) { struct float_named v = { f, 1, s }; return v; }
int float_named_check(struct float_named v, float f, short s) { return v.f == f && v.flag == 1 && v.s == s; }
