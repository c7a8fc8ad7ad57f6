// bindgen: --namespace AbiOveraligned --library overaligned_rt
// Records C aligns to more than 16 bytes (warning BG0019): .NET aligns them to 16, keeps C's exact size and offsets, and
// gives them AllocateAligned/FreeAligned for native memory aligned as C requires.
#include <stddef.h>
#include <stdint.h>

/* A cache line: 64-aligned, 64 bytes. */
struct __attribute__((aligned(64))) cacheline {
    uint64_t seq;
    char tag;
};

/* A 32-aligned vector member makes the record 32-aligned. */
struct vec8 {
    _Alignas(32) float v[8];
    int count;
};

/* Over-aligned records inside another: each sits where C puts it. */
struct holder {
    char c;
    struct cacheline line;
    int after;
    struct vec8 vec;
    short tail;
};

/* 1 when p is 64-aligned and holds seq 42, tag 'x'. */
int cacheline_check(const struct cacheline *p);
/* 1 when every one of n lines is 64-aligned and line i holds seq i. */
int cachelines_check(const struct cacheline *lines, size_t n);
/* Fills h (which must be 64-aligned): c 'c', line.seq 7, line.tag 't', after -3, vec.v[i] i / 2, count 8, tail 99. */
int holder_fill(struct holder *h);
/* The sum of h's members as holder_fill sets them, read by C. */
double holder_sum(const struct holder *h);
