/* Another library: a compression library that imaging happens to include. */
#ifndef SQUASH_H
#define SQUASH_H

#include "squashconf.h"

typedef struct squash_stream {
    const unsigned char *next_in;
    squash_uint avail_in;
    unsigned char *next_out;
    squash_uint avail_out;
    unsigned long total;
    void *state;
} squash_stream;

#define SQUASH_OK 0

int squash_compress(squash_stream *stream, int level);
const char *squash_version(void);

#endif
