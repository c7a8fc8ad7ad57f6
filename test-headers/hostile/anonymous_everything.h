// bindgen: --namespace Hostile.Anonymous --library anonymous_everything
/* Anonymous records in anonymous records, anonymous enums, typedef'd anonymous records, unnamed parameters and bitfields. */
typedef struct {
    union {
        struct { int a, b; };
        struct { long c; } named;
        union { float f; struct { char lo, hi; }; };
    };
    enum { ANON_ONE = 1, ANON_TWO } kind;
    struct { struct { struct { int deepest; }; }; } deep;
    int : 3;
    int bits : 5;
} everything;
typedef union { int i; float f; } number;
typedef enum { MODE_A, MODE_B } mode;
enum { FREE_CONSTANT = 42 };
void take(everything *, number, mode, int (*)(void *, int));
struct { int x; } anonymous_global_instance;
