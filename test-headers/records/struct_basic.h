// bindgen: --namespace Records --library records
#include <stdint.h>

struct point { int x; int y; };

typedef struct { double x, y, z; } vec3;

struct mixed {
    char c;
    double d;
    short s;
    int64_t i;
    unsigned char flag;
    struct point p;
    vec3 v;
    void *ptr;
    const char *name;
    long l;
    unsigned long ul;
};

/* Self-referential through pointers. */
struct node {
    int value;
    struct node *next;
    struct node *children[2];
};

struct empty_tail { int count; char tail; };

struct point make_point(int x, int y);
vec3 add_vec3(vec3 a, vec3 b);
