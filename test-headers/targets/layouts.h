// bindgen: --namespace Layouts
/* Records whose layout or C# differs by target: long fields, long bitfields, Microsoft bitfield rules, wchar_t,
   declarations under #ifdef _WIN32 and __stdcall on i686 Windows (docs/portability.md). */
#include <stddef.h>

#if defined(_WIN32) && !defined(_WIN64)
#define TG_CALL __stdcall
#else
#define TG_CALL
#endif

/* long is 8 bytes on LP64, 4 on Windows: CLong keeps this one record for all. */
struct tg_longs { long a; unsigned long b; char c; };

/* Pointers and size_t: nint/nuint keep it one record. */
struct tg_pointers { void *p; size_t n; int i; };

/* Two long bitfields share one 8-byte unit on LP64, two 4-byte units on Windows. */
struct tg_long_bits { long a : 20; long b : 20; unsigned char tail; };

/* A change of declared type starts a new unit under Microsoft's rules only: 4 bytes elsewhere, 8 on Windows. */
struct tg_mixed_bits { char a : 4; int b : 4; };

/* wchar_t: 4 bytes signed on Linux and macOS, 2 bytes unsigned on Windows. */
struct tg_wide { wchar_t w; char c; wchar_t name[3]; };

/* A union holding a long: explicit offsets, different sizes. */
union tg_number { long l; double d; char bytes[12]; };

#ifdef _WIN32
typedef void *tg_handle;
void tg_close_handle(tg_handle h);
#else
typedef int tg_handle;
void tg_close_fd(int fd);
#endif

struct tg_resource { tg_handle handle; long flags; };

typedef int (TG_CALL *tg_callback)(int value);
struct tg_callbacks { tg_callback on_value; void *user; };

int TG_CALL tg_call(tg_callback cb, int value);
long tg_sum(const struct tg_longs *values, size_t count);
