// bindgen: --namespace Hostile.Unicode --library unicode
/* Non-ASCII identifiers (C99/C11 allow UTF-8 letters) and string literals with any bytes. */
typedef struct café { int crème; } café;
int größe(const café *π);
enum été { printemps, 夏 };
#define GREETING "héllo wörld ✓ 😀"
#define ESCAPES "tab\t quote\" backslash\\ nul-free \x01 \u00e9"
#define NOT_UTF8 "\xff\xfe"
#define WIDE L"wide ✓"
#define 日本 1
/* Malformed escapes clang only warns about: the macro is skipped, nothing crashes (found by fuzzing, seed 3). */
#define BAD_UCN "\u00em9"
#define BAD_UCN_RANGE "\U00110000"
