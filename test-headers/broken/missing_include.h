#include "no_such_header_anywhere.h"
int uses_it(void);
