/* What a user writes first: feature macros, then the installed library's header. */
#define IMAGING_ENABLE_EXTRAS 1
#include <imaging/imaging.h>
