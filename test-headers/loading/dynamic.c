#include <errno.h>
#include <string.h>
#include "dynamic.h"

int dyn_counter = 0;

#ifdef DYN_V2
int dyn_version(void) { return 2; }
int dyn_v2_only(void) { return 42; }
#else
int dyn_version(void) { return 1; }
#endif
int dyn_add(int a, int b) { return a + b; }
int dyn_sum(const dyn_pair* pair) { return pair->a + pair->b; }
void dyn_bump(void) { dyn_counter++; }
int dyn_fail(int code) { errno = code; return -1; }

static int add_plus_1000(int a, int b) { return a + b + 1000; }

void* dyn_get_proc(const char* name)
{
    if (strcmp(name, "dyn_add") == 0) return (void*)add_plus_1000;
    if (strcmp(name, "dyn_version") == 0) return (void*)dyn_version;
    if (strcmp(name, "dyn_counter") == 0) return &dyn_counter;
    return NULL;
}
