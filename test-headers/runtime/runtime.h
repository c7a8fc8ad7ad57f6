// bindgen: --namespace RuntimeLib --library runtime
/* A small C library the runtime tests build with cc and call through the generated bindings. */
#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#define RT_VERSION "1.2.3"
#define RT_MAX_NAME 16

typedef struct rt_point { int x, y; } rt_point;
typedef struct rt_big { double v[8]; } rt_big;
typedef struct rt_rect { rt_point origin; float width, height; } rt_rect;
typedef struct rt_record {
    char name[RT_MAX_NAME];
    int64_t id;
    int scores[4];
    bool active;
} rt_record;

typedef enum rt_status { RT_OK = 0, RT_EMPTY = 1, RT_TOO_LONG = -2 } rt_status;

/** Called once per element with the caller's user data. */
typedef int (*rt_visit_fn)(void *user, int value);

/* scalars */
int rt_add(int a, int b);
double rt_scale(double value, float factor);
uint64_t rt_mix(uint8_t a, int16_t b, uint32_t c, int64_t d);
long rt_long_negate(long value);
size_t rt_size_of_record(void);
bool rt_is_even(int value);

/* structs by value and by pointer */
rt_point rt_point_add(rt_point a, rt_point b);
rt_big rt_big_fill(double start);
double rt_big_sum(rt_big big);
void rt_rect_grow(rt_rect *rect, float by);
rt_status rt_record_init(rt_record *record, const char *name, int64_t id);

/* arrays and strings as bytes */
int rt_sum(const int *values, size_t count);
size_t rt_strlen(const char *text);
const char *rt_greeting(void);
void rt_upper(char *text);

/* callbacks through function pointers */
int rt_visit(const int *values, size_t count, rt_visit_fn visit, void *user);
