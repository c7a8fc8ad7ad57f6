// bindgen: --namespace Macros --library macros
#include <stddef.h>

#define M_INT 42
#define M_NEG -7
#define M_HEX 0x7fffffff
#define M_OCT 0755
#define M_UNSIGNED 10u
#define M_LONG 5L
#define M_ULONGLONG 0xFFFFFFFFFFFFFFFFULL
#define M_SHIFT (1u << 31)
#define M_CAST_INT ((int)-1)
#define M_CAST_UNSIGNED (unsigned)0x10
#define M_SIZE_MAX ((size_t)-1)
#define M_ALL_ONES (0ULL - 1)
#define M_EXPR (M_INT * 2 + 1)
#define M_FLOAT 1000.0F
#define M_DOUBLE 2.5
#define M_EXP 1e-3
#define M_STRING "hello \"world\"\n"
#define M_CONCAT "abc" "def"
#define M_CHAR 'A'
#define M_BOOL_EXPR (M_INT > 10 && M_NEG < 0)
#define M_SIZEOF_INT sizeof(int)
#define M_TERNARY (M_INT > 0 ? 1 : 2)

enum { E_BASE = 100 };
#define M_FROM_ENUM (E_BASE + 1)

#define M_FUNCTION_LIKE(x) ((x) * 2)
#define M_EMPTY
#define M_KEYWORD int
#define M_NOT_CONSTANT some_function()
