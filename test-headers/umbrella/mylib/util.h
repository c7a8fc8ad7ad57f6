// bindgen: --namespace MyLibUtil --library mylib
#ifndef MYLIB_UTIL_H
#define MYLIB_UTIL_H
#include <stdio.h>
#include "core.h"

/* Writes a description of ctx to out. */
int mylib_dump(mylib_ctx *ctx, FILE *out);
#endif
