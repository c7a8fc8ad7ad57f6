#include "vla_params.h"

int vla_sum(int count, const int values[count])
{
    int sum = 0;
    for (int i = 0; i < count; i++) sum += values[i];
    return sum;
}

void vla_fill(size_t size, uint8_t buffer[size], uint8_t value)
{
    for (size_t i = 0; i < size; i++) buffer[i] = value;
}

int vla_static(int count, const int values[static count])
{
    return values[count - 1];
}
