// bindgen: --namespace Hostile.SameName --library same_name
/* A typedef and a struct tag of the same name meaning different things, and functions named like types. */
struct handle { int id; };
typedef struct handle_impl { void *p; } handle;
struct stat { long size; };
int stat(const char *path, struct stat *buf);
typedef int counter;
struct counter { int value; };
struct item { int item; struct item *Item; };
void use(handle *h, struct handle *s, counter c, struct counter *sc);
/* A typedef'd anonymous enum and a struct tag may share a name in C (typedef names and tags are separate); C# needs one renamed. */
typedef enum { COLOR_RED, COLOR_GREEN } color;
struct color { unsigned char r, g, b; };
void paint(struct color *c, color which);
/* Names the generated code uses unqualified: these must not shadow System's types. */
struct CLong { char not_a_long; };
struct NativeTypeName { int x; };
typedef union { float f; } Span;
struct uses_long { long size; struct CLong *fake; Span *s; };
/* Two records that both want the name 'pair' (a typedef'd anonymous struct and a tag), one with nested anonymous records. */
typedef struct { int first, second; } pair;
struct pair { union { int i; float f; } u; struct { char c; }; };
void use_pairs(pair *a, struct pair *b);
