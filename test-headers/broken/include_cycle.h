// Includes a header that includes this one, with no include guard: the cycle never ends.
#include "include_cycle_other.h"
int cycle_a(void);
