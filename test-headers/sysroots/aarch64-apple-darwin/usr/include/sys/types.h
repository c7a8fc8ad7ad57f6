/* Stand-in for the macOS SDK's <sys/types.h>: the typedef chain of what the tests' headers use (README.md). */
#ifndef _SYS_TYPES_H_
#define _SYS_TYPES_H_

typedef long long __int64_t;              /* arm/_types.h */
typedef long __darwin_ssize_t;            /* arm/_types.h */
typedef unsigned long __darwin_size_t;    /* arm/_types.h */
typedef __int64_t __darwin_off_t;         /* sys/_types.h */

typedef __darwin_off_t off_t;             /* sys/_types/_off_t.h */
typedef __darwin_size_t size_t;           /* sys/_types/_size_t.h */
typedef __darwin_ssize_t ssize_t;         /* sys/_types/_ssize_t.h */

#endif
