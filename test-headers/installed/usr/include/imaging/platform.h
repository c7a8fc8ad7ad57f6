#ifndef IMAGING_PLATFORM_H
#define IMAGING_PLATFORM_H

/* First reached through the multiarch folder: x86_64-linux-gnu/imaging/config.h includes it. */
#define IMG_PLATFORM_LINUX 1

const char *img_platform_name(void);

#endif
