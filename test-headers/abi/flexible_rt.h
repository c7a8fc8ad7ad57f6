// bindgen: --namespace FlexibleRt --library flexible_rt
#include <stddef.h>

struct point { int x, y; };

/* The tail starts at sizeof. */
struct samples {
    int count;
    double values[];
};

/* The tail starts inside C's trailing padding: offsetof(data) < sizeof. */
struct message {
    double stamp;
    char kind;
    char data[];
};

/* Elements that are records, pointers and arrays. */
struct polyline { size_t n; struct point pts[]; };
struct argv_list { int argc; const char *argv[]; };
struct rows { short n; unsigned char cells[][3]; };

/* C allocates and fills: values[i] = i * 1.5, data[i] = 'a' + i, pts[i] = {i, -i}, argv[i] = "arg", cells[i][j] = 10*i + j. */
struct samples *samples_new(int count);
struct message *message_new(int length);
struct polyline *polyline_new(size_t n);
struct argv_list *argv_new(int argc);
struct rows *rows_new(short n);
/* C reads what C# wrote. */
double samples_sum(const struct samples *s);
int message_checksum(const struct message *m, int length);
long polyline_sum(const struct polyline *p);
int rows_sum(const struct rows *r);
void release(void *p);
