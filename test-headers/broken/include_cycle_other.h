#include "include_cycle.h"
int cycle_b(void);
