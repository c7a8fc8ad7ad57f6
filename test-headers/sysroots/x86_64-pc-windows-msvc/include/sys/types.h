/* Stand-in for the Windows UCRT's <sys/types.h>: the typedefs it declares (README.md). */
#pragma once

typedef unsigned short _ino_t;
typedef unsigned int _dev_t;
typedef long _off_t;

#if !defined _CRT_NO_POSIX_NAMES
typedef _ino_t ino_t;
typedef _dev_t dev_t;
typedef _off_t off_t;
#endif
