// bindgen: --namespace Typedefs --library typedefs
#include <stddef.h>

typedef unsigned int uint_t;
typedef uint_t count_t;
typedef struct named { int a; } named_t;
typedef struct { int b; } anon_t;
typedef anon_t *anon_ptr;
typedef int (*callback_t)(count_t);
typedef char name_t[16];

count_t total(named_t *items, size_t n);
anon_ptr make(void);
void set_callback(callback_t cb);
void set_name(name_t name);
