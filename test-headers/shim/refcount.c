#include <errno.h>
#include <stdlib.h>
#include "refcount.h"

static int freed;

rc_object *rc_new_tagged(int value, int tag)
{
    rc_object *o = malloc(sizeof *o);
    o->refs = 1;
    o->value = value;
    o->tag = tag;
    return o;
}

void rc_free(rc_object *o)
{
    freed++;
    free(o);
}

int rc_freed(void) { return freed; }

int rc_fail_with(int code)
{
    errno = code;
    return -1;
}
