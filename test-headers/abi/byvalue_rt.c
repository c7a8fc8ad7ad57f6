#include "byvalue_rt.h"

struct ii ii_twice(struct ii v) { v.a *= 2; v.b *= 2; return v; }
struct ff ff_twice(struct ff v) { v.x *= 2; v.y *= 2; return v; }
struct fff fff_twice(struct fff v) { v.x *= 2; v.y *= 2; v.z *= 2; return v; }
struct d1 d1_twice(struct d1 v) { v.v *= 2; return v; }
struct cs cs_twice(struct cs v) { v.c = (char)(v.c * 2); v.s = (short)(v.s * 2); return v; }
struct ll ll_twice(struct ll v) { v.a *= 2; v.b *= 2; return v; }
struct fi fi_twice(struct fi v) { v.f *= 2; v.i *= 2; return v; }
struct mixed mixed_twice(struct mixed v) { v.i *= 2; v.f *= 2; v.d *= 2; return v; }
struct d8 d8_twice(struct d8 v) { for (int k = 0; k < 8; k++) v.v[k] *= 2; return v; }
struct big_mixed big_mixed_twice(struct big_mixed v) { v.c = (char)(v.c * 2); v.d *= 2; v.l *= 2; v.i *= 2; return v; }
struct bits bits_twice(struct bits v) { v.a = (v.a * 2) & 7; v.b = (v.b * 2) & 0x1fffffff; v.c *= 2; return v; }
union num num_twice_int(union num v) { v.i *= 2; return v; }
struct af af_twice(struct af v) { v.x *= 2; return v; }
struct ad ad_twice(struct ad v) { v.x *= 2; v.y *= 2; return v; }
struct eb eb_twice(struct eb v) { v.pad[4] = (char)(v.pad[4] * 2); v.a = (v.a * 2) & 0x1ffff; v.f *= 2; return v; }

double many(struct ii a, struct ff b, struct d1 c, struct cs d, struct ll e, struct d8 f, struct mixed g, struct fi h, struct big_mixed i, struct fff j) {
    double t = a.a + a.b + b.x + b.y + c.v + d.c + d.s + e.a + e.b + g.i + g.f + g.d + h.f + h.i + i.c + i.d + i.l + i.i + j.x + j.y + j.z;
    for (int k = 0; k < 8; k++) t += f.v[k] * (k + 1);
    return t;
}
