#include "renamed_by_macro.h"

int __rbm_add(int a, int b) { return a + b; }
int rbm_scale_v2(int value, int factor) { return value * factor; }
