#include <stdlib.h>
#include "zero_length.h"

struct marked *marked_new(void) {
    struct marked *m = calloc(1, sizeof *m);
    m->a = 1; m->b = 0x04030201; m->c = 3;
    return m;
}
struct packet *packet_new(unsigned short len) {
    struct packet *p = malloc(sizeof *p + len);
    p->len = len;
    for (int i = 0; i < len; i++) p->data[i] = (unsigned char)('a' + i);
    return p;
}
struct samples0 *samples0_new(int count) {
    struct samples0 *s = malloc(sizeof *s + count * sizeof s->values[0]);
    s->count = count;
    for (int i = 0; i < count; i++) s->values[i] = i * 0.5;
    return s;
}
struct argv0 *argv0_new(int argc) {
    struct argv0 *a = malloc(sizeof *a + argc * sizeof a->argv[0]);
    a->argc = argc;
    for (int i = 0; i < argc; i++) a->argv[i] = "zero";
    return a;
}
struct grid *grid_new(short rows) {
    struct grid *g = malloc(sizeof *g + rows * sizeof g->cells[0]);
    g->rows = rows;
    for (int i = 0; i < rows; i++) for (int j = 0; j < 3; j++) g->cells[i][j] = (unsigned char)(10 * i + j);
    return g;
}
union variant *variant_new(void) {
    union variant *v = calloc(1, sizeof *v);
    v->i = 0x0A0B0C0D;
    return v;
}
struct holder *holder_new(void) {
    struct holder *h = calloc(1, sizeof *h);
    h->a = 1; h->b = 2; h->c = 3;
    return h;
}
double samples0_sum(const struct samples0 *s) {
    double sum = 0;
    for (int i = 0; i < s->count; i++) sum += s->values[i];
    return sum;
}
int packet_checksum(const struct packet *p) {
    int sum = 0;
    for (int i = 0; i < p->len; i++) sum = sum * 31 + p->data[i];
    return sum;
}
void zero_release(void *p) { free(p); }
