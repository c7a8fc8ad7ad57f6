// Includes a header that includes this one; include guards end the cycle: valid C.
#ifndef INCLUDE_CYCLE_GUARDED_H
#define INCLUDE_CYCLE_GUARDED_H
#include "include_cycle_guarded_other.h"
int guarded_a(void);
#endif
