/* imaging: the umbrella header users include as <imaging/imaging.h>. */
#ifndef IMAGING_H
#define IMAGING_H

#include <stdio.h>
#include <sys/time.h>
#include <sys/select.h>
#include <imaging/config.h>
#include <imaging/core.h>
#include <imaging_ext/types.h>
#include <squash.h>

#define IMAGING_VERSION_MAJOR 3

/* Uses another library's stream type, only through a pointer. */
int img_compress_into(img_image *image, squash_stream *stream);

/* Uses libc and POSIX records through pointers. */
int img_wait(int nfds, fd_set *readable, struct timeval *timeout);
int img_dump(const img_image *image, FILE *out);

#ifdef IMAGING_ENABLE_EXTRAS
/* Declared only when the wrapper defines the feature macro first. */
int img_extras_enabled(void);
#endif

#endif
