#ifndef IMAGING_CORE_H
#define IMAGING_CORE_H

#include <stddef.h>
#include "imgconf.h"
#include <imaging_ext/types.h>

typedef struct img_image_s {
    img_rect bounds;
    img_pixel_format format;
    img_size_t stride;
    unsigned char *pixels;
} img_image;

img_image *img_open(const char *path);
void img_close(img_image *image);
img_size_t img_stride(const img_image *image);

#endif
