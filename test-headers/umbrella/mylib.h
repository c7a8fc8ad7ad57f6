// bindgen: --namespace MyLib --library mylib
/* An umbrella header: it only includes the library's own headers (and libc's). */
#include <stdio.h>
#include "mylib/core.h"
#include "mylib/util.h"
