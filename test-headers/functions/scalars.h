// bindgen: --namespace Scalars --library scalars
#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>

int add_int(int a, int b);
unsigned int add_uint(unsigned int a, unsigned int b);
long add_long(long a, long b);
unsigned long add_ulong(unsigned long a, unsigned long b);
long long add_llong(long long a, long long b);
size_t count(const char *text, size_t length);
ptrdiff_t distance(const char *a, const char *b);
float scale_float(float value, float factor);
double scale_double(double value, double factor);
bool negate(bool value);
char first_char(const char *text);
signed char to_schar(int value);
unsigned char to_uchar(int value);
int8_t i8(int8_t v);
uint64_t u64(uint64_t v);
void no_args(void);
int unnamed_params(int, char *);
int array_param(int values[4], int matrix[][2]);
int keyword_params(int string, int object, int event, int base);
