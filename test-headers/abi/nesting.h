// bindgen: --namespace AbiNesting --library abinesting
#include <stdint.h>

struct point { int x, y; };
typedef int (*callback)(void *user, int code);

/* Anonymous records four deep, mixed with named fields of anonymous type. */
struct deep {
    int kind;
    union {
        struct {
            char tag;
            union {
                struct { short a, b; };
                struct { uint8_t bytes[4]; } raw;
                double d;
            };
        };
        struct point where;
        void *ptr;
    };
    struct {
        struct {
            struct { int innermost; } level3;
            long level2_value;
        } level2;
    } level1;
};

/* Arrays of records, pointers, function pointers; multi-dimensional; arrays in unions. */
struct tables {
    struct point pts[3];
    struct point grid[2][3];
    const char *names[4];
    callback handlers[3];
    void (*raw_handlers[2])(int);
    double matrix[2][2][2];
    union { int ints[4]; float floats[4]; uint8_t bytes[16]; } view;
};

/* Packing and alignment on records and fields. */
#pragma pack(push, 2)
struct pack2 { char c; double d; int i; struct point p; };
#pragma pack(pop)
#pragma pack(push, 4)
struct pack4 { char c; long long l; short s; };
#pragma pack(pop)
struct __attribute__((packed)) packed_nested { char c; struct point p; short s; union { int i; char ch; } u; };
struct field_packed { char c; int i __attribute__((packed)); double d; };
struct field_aligned16 { char c; int i __attribute__((aligned(16))); };
struct alignas_member { char c; _Alignas(8) short s; _Alignas(16) char big; };
struct __attribute__((aligned(8))) aligned_floats { float x, y, z; };
struct __attribute__((packed, aligned(4))) packed_aligned { char c; int i; short s; };
struct holds_aligned { char c; struct aligned_floats af; struct field_aligned16 fa[2]; };
