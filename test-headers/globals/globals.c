#include "globals.h"

int call_count = 7;
const double scale = 2.5;
bool enabled = true;
struct point origin = { 1, 2 };
const struct point corners[] = { { 0, 0 }, { 10, 0 }, { 10, 10 }, { 0, 10 } };
int histogram[4] = { 1, 2, 3, 4 };
const char version_text[] = "globals 1.0";
const char *names[3] = { "a", "bb", "ccc" };
logger log_hook;
long event = -5;

int bump(void) { return ++call_count; }
int corner_sum(int index) { return corners[index].x + corners[index].y; }
