/* The wrapper header: the first step of binding an installed library. BindGen binds what it includes
   (zlib.h and the zconf.h beside it), never libc's headers. Define feature macros here, before the include. */
#include <zlib.h>
