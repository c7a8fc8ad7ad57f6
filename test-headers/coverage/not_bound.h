// bindgen: --namespace NotBound --library not_bound --exclude nb_internal_*
// Declarations BindGen cannot (or is told not to) bind: each must reach the generated file's "Not bound" list with a
// reason (tests/BindGen.Tests/Coverage/NothingDisappearsTests.cs checks it against an independent walk).
#ifndef NOT_BOUND_H
#define NOT_BOUND_H

int nb_open(const char *path);

/* A static variable: every file including the header has its own; the library exports no symbol. */
static int nb_static_counter;
static const int nb_static_limit = 10;

/* Thread-local variables: the exported symbol's address is no thread's copy. */
extern _Thread_local int nb_thread_error;
extern __thread int nb_gnu_thread_error;

/* A macro whose value has a type no C# constant has. */
typedef __int128 nb_wide;
#define NB_WIDE_ONE ((nb_wide)1)

/* Left out on purpose by --exclude nb_internal_*. */
void nb_internal_debug(int level);
extern int nb_internal_state;
struct nb_internal_stats { int calls; };
enum nb_internal_mode { NB_INTERNAL_FAST, NB_INTERNAL_SLOW };
#define nb_internal_VERSION 3

/* Declared twice: one declaration. */
int nb_close(int handle);
int nb_close(int handle);

#endif
