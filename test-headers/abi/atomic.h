// bindgen: --namespace AbiAtomic --library abiatomic
// _Atomic members: gcc and clang agree on power-of-two sizes (both raise the alignment to the size), and disagree on
// records of 3, 5-7 and 9-15 bytes, which clang pads to a power of two and gcc does not.
#include <stdint.h>

struct rgb { unsigned char r, g, b; };
struct pair16 { int16_t a, b; };
struct triple { int32_t a, b, c; };

/* Both compilers: 4-byte and 8-byte atomics, a 4-byte record raised to alignment 4. */
struct counters {
    char tag;
    _Atomic int32_t hits;
    _Atomic uint64_t total;
    _Atomic struct pair16 pair;
};

/* gcc: 5 bytes, aligned to 1; clang: 12 bytes, aligned to 4. Refused (BG0110). */
struct atomic_color {
    char tag;
    _Atomic struct rgb color;
    char end;
};

/* gcc: 20 bytes, aligned to 4; clang: 48, aligned to 16. Refused. */
struct atomic_triple {
    char tag;
    _Atomic struct triple t;
};

/* Holds a refused record by value: refused too. */
struct holder {
    int id;
    struct atomic_color c;
};

/* Pointers to refused records still work. */
struct counters *counters_new(void);
void counters_free(struct counters *c);
struct atomic_color *color_new(void);
int holder_id(const struct holder *h);
struct atomic_color color_by_value(void);
