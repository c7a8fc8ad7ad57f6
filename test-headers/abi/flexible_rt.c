#include <stdlib.h>
#include "flexible_rt.h"

struct samples *samples_new(int count) {
    struct samples *s = malloc(sizeof *s + count * sizeof s->values[0]);
    s->count = count;
    for (int i = 0; i < count; i++) s->values[i] = i * 1.5;
    return s;
}
struct message *message_new(int length) {
    struct message *m = calloc(1, sizeof *m + length);
    m->stamp = 2.5; m->kind = 'k';
    for (int i = 0; i < length; i++) m->data[i] = (char)('a' + i);
    return m;
}
struct polyline *polyline_new(size_t n) {
    struct polyline *p = malloc(sizeof *p + n * sizeof p->pts[0]);
    p->n = n;
    for (size_t i = 0; i < n; i++) { p->pts[i].x = (int)i; p->pts[i].y = -(int)i; }
    return p;
}
struct argv_list *argv_new(int argc) {
    struct argv_list *a = malloc(sizeof *a + argc * sizeof a->argv[0]);
    a->argc = argc;
    for (int i = 0; i < argc; i++) a->argv[i] = "arg";
    return a;
}
struct rows *rows_new(short n) {
    struct rows *r = malloc(sizeof *r + n * sizeof r->cells[0]);
    r->n = n;
    for (int i = 0; i < n; i++) for (int j = 0; j < 3; j++) r->cells[i][j] = (unsigned char)(10 * i + j);
    return r;
}
double samples_sum(const struct samples *s) {
    double t = 0;
    for (int i = 0; i < s->count; i++) t += s->values[i];
    return t;
}
int message_checksum(const struct message *m, int length) {
    int t = 0;
    for (int i = 0; i < length; i++) t = t * 31 + m->data[i];
    return t;
}
long polyline_sum(const struct polyline *p) {
    long t = 0;
    for (size_t i = 0; i < p->n; i++) t += p->pts[i].x * 1000L + p->pts[i].y;
    return t;
}
int rows_sum(const struct rows *r) {
    int t = 0;
    for (int i = 0; i < r->n; i++) for (int j = 0; j < 3; j++) t += r->cells[i][j] * (j + 1);
    return t;
}
void release(void *p) { free(p); }
