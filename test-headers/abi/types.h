// bindgen: --namespace AbiTypes --library abitypes
#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <wchar.h>

/* Enums whose underlying type is not int. */
enum negative { NEG_A = -100, NEG_B = 5 };
enum above_int { AI_A = 1, AI_B = 0x80000000u };
enum wide_signed { WS_A = -1, WS_B = 0x100000000LL };
enum wide_unsigned { WU_A = 0, WU_B = 0xFFFFFFFFFFFFFFFFULL };
enum __attribute__((packed)) tiny_enum { TE_A, TE_B = 200 };
enum __attribute__((packed)) tiny_signed { TS_A = -3, TS_B = 3 };

struct enums {
    char c0;
    enum negative n;
    char c1;
    enum above_int ai;
    char c2;
    enum wide_signed ws;
    char c3;
    enum wide_unsigned wu;
    char c4;
    enum tiny_enum te;
    enum tiny_signed ts;
};

/* Scalars whose C# type depends on the target. */
struct scalars {
    _Bool flag;
    long l;
    unsigned long ul;
    char c;
    wchar_t wc;
    size_t sz;
    ptrdiff_t pd;
    intptr_t ip;
    uintptr_t up;
    int8_t i8;
    uint64_t u64;
};

/* __int128 is 16-aligned, like Int128. */
struct with_int128 {
    char c;
    __int128 big;
    unsigned __int128 ubig;
    short after;
};

/* __int128 bitfields: signed ones sign-extend; one wider than 64 bits makes its record a blob. */
struct int128_bits { __int128 a : 20; unsigned __int128 b : 64; __int128 c : 7; };
struct too_wide_bits { char c; unsigned __int128 x : 70; };

/* Members C# cannot represent: the records become opaque blobs of C's size and alignment, with a warning. */
struct with_long_double { int before; long double ld; int after; };
struct with_complex { char c; float _Complex fc; double _Complex dc; };
union with_ld_union { long double ld; char bytes[16]; };
/* A blob embedded in another record keeps every offset around it exact. */
struct holds_blob { char c; struct with_long_double inner; short s; struct with_complex cx[2]; };

/* Functions with such types are skipped with a diagnostic. */
long double ld_twice(long double x);
double _Complex cx_twice(double _Complex x);
struct with_long_double *blob_new(void);
/* ...and so are functions taking or returning by value records .NET cannot pass that way. */
struct with_int128 i128_echo(struct with_int128 v);
void blob_take(struct with_long_double v);
struct int128_bits aligned16_make(void);
/* Records that can travel by value stay bound. */
struct scalars scalars_echo(struct scalars v);
