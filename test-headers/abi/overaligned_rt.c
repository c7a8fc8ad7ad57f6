#include "overaligned_rt.h"

int cacheline_check(const struct cacheline *p) { return (uintptr_t)p % 64 == 0 && p->seq == 42 && p->tag == 'x'; }

int cachelines_check(const struct cacheline *lines, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((uintptr_t)&lines[i] % 64 != 0 || lines[i].seq != i) return 0;
    return 1;
}

int holder_fill(struct holder *h)
{
    if ((uintptr_t)h % 64 != 0) return 0;
    h->c = 'c';
    h->line.seq = 7;
    h->line.tag = 't';
    h->after = -3;
    for (int i = 0; i < 8; i++) h->vec.v[i] = i / 2.0f;
    h->vec.count = 8;
    h->tail = 99;
    return 1;
}

double holder_sum(const struct holder *h)
{
    double sum = h->c + (double)h->line.seq + h->line.tag + h->after + h->vec.count + h->tail;
    for (int i = 0; i < 8; i++) sum += h->vec.v[i];
    return sum;
}
