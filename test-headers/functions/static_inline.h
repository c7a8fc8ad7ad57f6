// bindgen: --namespace StaticInline --library staticinline
// StaticInlineTests add --wrap-static-inline: these functions are then bound through exported C wrappers.
#include <stddef.h>

typedef int (*transform)(int);
struct pair { int a, b; };

static inline int twice(int x) { return 2 * x; }
static inline void store(int *out, int value) { *out = value; }
static inline struct pair make_pair(int a, int b) { struct pair p = { a, b }; return p; }
static inline int apply(transform f, int x) { return f(x); }
static inline size_t length(const char *text) { size_t n = 0; while (text[n]) n++; return n; }
static int answer(void) { return 42; }
static inline int sum(int count, ...) { return count; }
