int ok(void);
#define BROKEN(a, b
