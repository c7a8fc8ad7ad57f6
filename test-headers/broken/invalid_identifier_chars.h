/* C11 allows these characters in identifiers (Annex D); C# does not: a diagnostic names each. */
int half·time(int x¾);
/* The same in a global variable and in a variadic function (a stub), found by the fuzz test (seed 4242). */
extern int call_ó¾count;
int log¾f(const char *format, ...);
