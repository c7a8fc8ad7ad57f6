/* Architecture-dependent configuration, moved by the distribution into the multiarch folder. */
#ifndef IMAGING_CONFIG_H
#define IMAGING_CONFIG_H

#define IMG_POINTER_SIZE 8

#include <imaging/platform.h>

int img_config_threads(void);

#endif
