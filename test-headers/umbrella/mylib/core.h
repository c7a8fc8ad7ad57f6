// bindgen: --namespace MyLibCore --library mylib
#ifndef MYLIB_CORE_H
#define MYLIB_CORE_H
#include <stdint.h>

#define MYLIB_VERSION_MAJOR 2

typedef struct mylib_ctx mylib_ctx;
typedef struct mylib_options { uint32_t flags; int level; } mylib_options;

mylib_ctx *mylib_open(const mylib_options *options);
void mylib_close(mylib_ctx *ctx);
#endif
