// bindgen: --namespace AbiFixedEnums --library abifixedenums
// layout-probe-cc: clang-14
/* Enums with a fixed underlying type (C23 syntax; clang accepts it in C as an extension, gcc 12 does not). */
#include <stdint.h>

enum small : unsigned char { SMALL_A, SMALL_B = 200 };
enum signed16 : short { S16_MIN = -32768, S16_MAX = 32767 };
enum big : uint64_t { BIG_A = 1, BIG_B = 0xFFFFFFFF00000000ull };
enum empty_fixed : int8_t;

struct uses_fixed {
    enum small s;
    char c;
    enum signed16 w;
    enum big b;
    enum small arr[3];
    enum small bits : 4;
    enum signed16 sbits : 5;
};
