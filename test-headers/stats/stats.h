// bindgen: --namespace Stats --library stats --exclude st_hidden_* --stats
#include <stdio.h>
struct st_point { int x, y; };
enum st_kind { ST_A, ST_B };
enum { ST_ANON = 3 };
int st_printf(const char *format, ...);
static inline int st_twice(int x) { return 2 * x; }
long double st_precise(void);
int st_write(FILE *file, struct st_point p);
int st_hidden_debug(void);
extern int st_count;
#define ST_MAX 10
#define ST_NAME "stats"
#define ST_SQUARE(x) ((x) * (x))
#define ST_BROKEN (ST_UNDEFINED + 1)
