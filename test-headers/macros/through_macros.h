// bindgen: --namespace ThroughMacros --library through_macros
// Macros whose value and type only C's own rules give: expansions through function-like macros, casts to types named
// by macros, typedefs and enums, <stdint.h> limits, literals whose type depends on their value, narrowing casts.
#include <stddef.h>
#include <stdint.h>

// Through function-like macros, nested.
#define LIB_VERSION_ENCODE(major, minor) (((major) << 16) | (minor))
#define LIB_VERSION LIB_VERSION_ENCODE(1, 2)
#define LIB_TWICE(x) ((x) * 2)
#define LIB_NESTED LIB_TWICE(LIB_VERSION_ENCODE(3, LIB_TWICE(4)))
#define LIB_STRINGIFY_(x) #x
#define LIB_STRINGIFY(x) LIB_STRINGIFY_(x)
#define LIB_VERSION_STRING LIB_STRINGIFY(1.2.3)
#define LIB_RAW_BYTES LIB_STRINGIFY(x) "\xff\xfe"

// Casts to a type named by a macro, or by a typedef.
#define LIB_SIZE size_t
#define LIB_ZERO_TERMINATED (~(LIB_SIZE)0)
#define LIB_SIZE_ONE ((LIB_SIZE)1)
typedef unsigned int lib_flags_t;
#define LIB_FLAG_BIG ((lib_flags_t)0x10)
typedef unsigned short lib_port_t;
#define LIB_PORT_ANY ((lib_port_t)-1)

// Enum-typed casts.
enum color { RED, GREEN, BLUE };
typedef enum color color_t;
#define LIB_COLOR_BLUE ((enum color)2)
#define LIB_COLOR_DEFAULT ((color_t)GREEN)
enum level { LEVEL_LOW = -1, LEVEL_HIGH = 1 };
#define LIB_LEVEL_LOW ((enum level)LEVEL_LOW)
typedef enum { MODE_READ = 1, MODE_WRITE = 2 } lib_mode_t;
#define LIB_MODE_DEFAULT ((lib_mode_t)MODE_WRITE)
#define LIB_MODE_BOTH ((lib_mode_t)(MODE_READ | MODE_WRITE))

// <stdint.h>.
#define LIB_BIG UINT64_C(0x123456789)
#define LIB_SMALL INT8_C(-5)
#define LIB_I64_MAX INT64_MAX
#define LIB_I64_MIN INT64_MIN
#define LIB_SIZE_MAX SIZE_MAX
#define LIB_U32_MAX UINT32_MAX
#define LIB_U16_MAX UINT16_MAX

// Literals whose type depends on their value, and narrowing casts.
#define LIB_HEX_HIGH 0x80000000
#define LIB_HEX_ALL 0xFFFFFFFF
#define LIB_HEX_WIDE 0x100000000
#define LIB_HEX_64 0xFFFFFFFFFFFFFFFF
#define LIB_DECIMAL_HIGH 2147483648
#define LIB_NARROW_UCHAR ((unsigned char)300)
#define LIB_NARROW_SHORT ((short)-1)
#define LIB_NARROW_INT8 ((int8_t)0x80)
#define LIB_NARROW_UINT16 ((uint16_t)0x12345)
#define LIB_BOOL ((_Bool)5)
#define LIB_CHAR_CAST ((char)200)
#define LIB_WCHAR_CAST ((wchar_t)-1)

// Strings and characters.
#define LIB_NAME "through"
#define LIB_GREETING "hello, " LIB_NAME
#define LIB_CHAR 'x'
#define LIB_CHAR_HIGH '\xff'

// Floating through function-like macros.
#define LIB_HALF(x) ((x) / 2)
#define LIB_HALF_PI LIB_HALF(3.14159265358979)
#define LIB_HALF_F LIB_HALF(1.5f)

// Never a constant: an identifier nothing declares.
#define LIB_BROKEN LIB_TWICE(lib_undeclared_thing)
// Not constants either: a place-dependent value, a list, a function's other name.
#define LIB_HERE_(line) line
#define LIB_HERE LIB_HERE_(__LINE__)
#define LIB_LIST 1, 2
int lib_function(void);
#define lib_alias lib_function
