// bindgen: --namespace Hostile.CommentBreakers --library commentbreakers
/* Characters that end a C# comment line (U+0085 next line, U+2028 line separator, U+2029 paragraph separator) or
   corrupt it (control characters), in a doc comment and in the macro bodies the "Not bound" list quotes. Found by
   the fuzz test (seed 9001): the rest of such a comment line became code. */

/** Counts the linesof a text. */
int cb_count(const char *text);

#define CB_NEXT_LINE  1
#define CB_LINE_SEPARATOR some   thing
#define CB_CONTROL  2
#define CB_PLAIN 3
