// bindgen: --namespace VariadicInline --library vi
int log_message(int level, const char *format, ...);
static inline int twice(int x) { return 2 * x; }
static int hidden(void) { return 1; }
int exported(int x);
