// bindgen: --namespace Refcount --library refcount
// A refcounted object whose everyday calls are not symbols: static inline incref/decref, a macro that reads a field,
// a macro that forwards to a function with an extra argument, and a function that reports failure through errno.
#ifndef REFCOUNT_H
#define REFCOUNT_H

#define RC_TAG 7

typedef struct rc_object
{
    int refs;
    int value;
    int tag;
} rc_object;

rc_object *rc_new_tagged(int value, int tag);
void rc_free(rc_object *o);
int rc_freed(void);
/* Fails with errno set to code; returns -1. */
int rc_fail_with(int code);

static inline void rc_incref(rc_object *o) { o->refs++; }

static inline int rc_decref(rc_object *o)
{
    if (--o->refs > 0) return o->refs;
    rc_free(o);
    return 0;
}

/* Forwards to a function with an extra argument: bound automatically. */
#define rc_make(value) rc_new_tagged((value), RC_TAG)

/* Reads a field: bound from a signature in config. */
#define RC_REFS(o) ((o)->refs)

/* Reads a field that does not exist: its wrapper does not compile. */
#define RC_BROKEN(o) ((o)->missing)

#endif
