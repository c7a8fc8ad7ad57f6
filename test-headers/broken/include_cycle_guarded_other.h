#ifndef INCLUDE_CYCLE_GUARDED_OTHER_H
#define INCLUDE_CYCLE_GUARDED_OTHER_H
#include "include_cycle_guarded.h"
int guarded_b(void);
#endif
