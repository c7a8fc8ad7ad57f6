// bindgen: --namespace KeywordParams --library keyword_params --safe-wrappers
/* Safe-layer locals derive from parameter names: C# keywords (escaped with @) must still give valid locals. */
#include <stddef.h>

typedef struct object object;
object *object_new(const char *string);
void object_free(object *object);
int object_write(object *object, const char *in, const unsigned char *out, size_t len);
typedef int (*object_visit)(void *base, const char *string);
int object_each(object *object, object_visit event, void *params);
int object_get(object *object, int *out_int, const char **ppOut);
