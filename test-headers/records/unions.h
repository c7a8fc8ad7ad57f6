// bindgen: --namespace Unions --library unions
#include <stdint.h>

union value {
    int32_t i;
    int64_t l;
    double d;
    const char *s;
    unsigned char bytes[8];
};

struct tagged {
    int kind;
    union value value;
};

typedef union {
    struct { uint8_t r, g, b, a; } rgba;
    uint32_t packed;
} color;
