/* A sibling folder of the same library: complete records the API uses by value. */
#ifndef IMAGING_EXT_TYPES_H
#define IMAGING_EXT_TYPES_H

#include <stdint.h>

typedef struct img_rect {
    int32_t x, y;
    uint32_t width, height;
} img_rect;

typedef struct img_pixel_format {
    uint8_t channels;
    uint8_t bits_per_channel;
    uint16_t flags;
    double gamma;
    char name[32];
} img_pixel_format;

int img_ext_version(void);

#endif
