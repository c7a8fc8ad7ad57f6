/* Found only through the search path, in the multiarch folder: included as "imgconf.h" (like jconfig.h). */
#ifndef IMGCONF_H
#define IMGCONF_H

typedef unsigned long img_size_t;
#define IMG_MAX_DIMENSION 65535

#endif
