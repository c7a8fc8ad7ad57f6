#ifndef SQUASHCONF_H
#define SQUASHCONF_H
typedef unsigned int squash_uint;
#endif
