// bindgen: --namespace DynamicLoading --library dynload --loading dynamic --set-last-error dyn_fail
/* A library loaded at run time (--loading dynamic): the header is version 2, which adds dyn_v2_only; version 1 of the
   library (dynamic.c built without -DDYN_V2) lacks it. dyn_get_proc is a proc-address style loader. */
#ifndef DYNAMIC_H
#define DYNAMIC_H

#define DYN_MAGIC 7

typedef struct dyn_pair { int a; int b; } dyn_pair;

/** The version of the library that was loaded: 1 or 2. */
int dyn_version(void);
int dyn_add(int a, int b);
int dyn_sum(const dyn_pair* pair);
void dyn_bump(void);
/** Sets errno to @p code and returns -1. */
int dyn_fail(int code);
/** Only in version 2. */
int dyn_v2_only(void);
/** Returns the function of that name (a replacement of dyn_add that adds 1000), or NULL. */
void* dyn_get_proc(const char* name);

/** Counts dyn_bump calls. */
extern int dyn_counter;

#endif
