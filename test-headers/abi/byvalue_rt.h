// bindgen: --namespace ByValueRt --library byvalue_rt
/* Records passed and returned by value: small ones travel in registers (integer, SSE or both), large ones through
   memory and a hidden return pointer. Each "twice" function returns its argument with every member doubled. */
struct ii { int a, b; };
struct ff { float x, y; };
struct fff { float x, y, z; };
struct d1 { double v; };
struct cs { char c; short s; };
struct ll { long a, b; };
struct fi { float f; int i; };
struct mixed { int i; float f; double d; };
struct d8 { double v[8]; };
struct big_mixed { char c; double d; long long l; int i; };
struct bits { unsigned a : 3; unsigned b : 29; int c; };
union num { int i; float f; };
/* C# needs help for these: over-alignment, and bitfield storage next to a float. */
struct __attribute__((aligned(8))) af { float x; };
struct ad { float x; _Alignas(8) float y; };
struct eb { char pad[5]; unsigned a : 17; float f; };

struct ii ii_twice(struct ii v);
struct ff ff_twice(struct ff v);
struct fff fff_twice(struct fff v);
struct d1 d1_twice(struct d1 v);
struct cs cs_twice(struct cs v);
struct ll ll_twice(struct ll v);
struct fi fi_twice(struct fi v);
struct mixed mixed_twice(struct mixed v);
struct d8 d8_twice(struct d8 v);
struct big_mixed big_mixed_twice(struct big_mixed v);
struct bits bits_twice(struct bits v);
union num num_twice_int(union num v);
struct af af_twice(struct af v);
struct ad ad_twice(struct ad v);
struct eb eb_twice(struct eb v);

/* Many records at once, so some go in registers and the rest on the stack. */
double many(struct ii a, struct ff b, struct d1 c, struct cs d, struct ll e, struct d8 f, struct mixed g, struct fi h, struct big_mixed i, struct fff j);
