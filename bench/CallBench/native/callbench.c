#include "callbench.h"

int cb_add(int a, int b) { return a + b; }

int cb_add_nogc(int a, int b) { return a + b; }

double cb_dot(cb_vec3 a, cb_vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }

long long cb_sum(const int *values, size_t count)
{
    long long total = 0;
    for (size_t i = 0; i < count; i++) total += values[i];
    return total;
}
