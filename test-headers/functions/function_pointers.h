// bindgen: --namespace FunctionPointers --library fp
typedef int (*binary_op)(int, int);
typedef void (*visitor)(void *user, const char *name, double value);
typedef int (*variadic_cb)(const char *fmt, ...);

struct handlers {
    binary_op op;
    visitor visit;
    void (*raw)(int);
    int (*table[3])(int);
};

int apply(binary_op op, int a, int b);
void visit_all(visitor v, void *user);
binary_op pick(int which);
void register_variadic(variadic_cb cb);
void takes_function(int callback(int));
