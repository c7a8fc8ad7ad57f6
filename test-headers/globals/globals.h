// bindgen: --namespace Globals --library globals
#include <stdbool.h>

struct point { int x; int y; };
typedef void (*logger)(const char *message);

/** Number of calls made so far. */
extern int call_count;
extern const double scale;
extern bool enabled;
extern struct point origin;
extern const struct point corners[];
extern int histogram[4];
extern const char version_text[];
extern const char *names[3];
extern logger log_hook;
extern long event;

int bump(void);
int corner_sum(int index);
