/* A tiny C library for the call-speed benchmark (bench/CallBench). */
#ifndef CALLBENCH_H
#define CALLBENCH_H

#include <stddef.h>

/** Returns a + b. */
int cb_add(int a, int b);

/** The same as cb_add: bound with --suppress-gc-transition to show its effect. */
int cb_add_nogc(int a, int b);

/** A small struct passed by value. */
typedef struct cb_vec3 {
    double x;
    double y;
    double z;
} cb_vec3;

/** Dot product of two vectors passed by value. */
double cb_dot(cb_vec3 a, cb_vec3 b);

/** Sum of count ints. */
long long cb_sum(const int *values, size_t count);

#endif
