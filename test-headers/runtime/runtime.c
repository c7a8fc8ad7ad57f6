#include "runtime.h"
#include <string.h>
#include <ctype.h>

int rt_add(int a, int b) { return a + b; }
double rt_scale(double value, float factor) { return value * factor; }
uint64_t rt_mix(uint8_t a, int16_t b, uint32_t c, int64_t d) { return (uint64_t)a + (uint64_t)(int64_t)b + c + (uint64_t)d; }
long rt_long_negate(long value) { return -value; }
size_t rt_size_of_record(void) { return sizeof(rt_record); }
bool rt_is_even(int value) { return value % 2 == 0; }

rt_point rt_point_add(rt_point a, rt_point b) { rt_point r = { a.x + b.x, a.y + b.y }; return r; }
rt_big rt_big_fill(double start) { rt_big b; for (int i = 0; i < 8; i++) b.v[i] = start + i; return b; }
double rt_big_sum(rt_big big) { double s = 0; for (int i = 0; i < 8; i++) s += big.v[i]; return s; }
void rt_rect_grow(rt_rect *rect, float by) { rect->origin.x -= 1; rect->origin.y -= 1; rect->width += by; rect->height += by; }

rt_status rt_record_init(rt_record *record, const char *name, int64_t id)
{
    if (name == NULL || name[0] == '\0') return RT_EMPTY;
    if (strlen(name) >= RT_MAX_NAME) return RT_TOO_LONG;
    memset(record, 0, sizeof *record);
    strcpy(record->name, name);
    record->id = id;
    for (int i = 0; i < 4; i++) record->scores[i] = (int)id * (i + 1);
    record->active = true;
    return RT_OK;
}

int rt_sum(const int *values, size_t count) { int s = 0; for (size_t i = 0; i < count; i++) s += values[i]; return s; }
size_t rt_strlen(const char *text) { return strlen(text); }
const char *rt_greeting(void) { return "h\xc3\xa9llo from C"; }
void rt_upper(char *text) { for (; *text; text++) *text = (char)toupper((unsigned char)*text); }

int rt_visit(const int *values, size_t count, rt_visit_fn visit, void *user)
{
    int total = 0;
    for (size_t i = 0; i < count; i++) total += visit(user, values[i]);
    return total;
}
