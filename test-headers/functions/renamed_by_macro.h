// bindgen: --namespace RenamedByMacro --library renamedbymacro
/* Functions C users call by a name a macro gives them (gmp: #define mpz_init __gmpz_init; nettle, ICU's version suffixes):
   the C name exists in C#, importing the symbol the macro names. */
#ifndef RENAMED_BY_MACRO_H
#define RENAMED_BY_MACRO_H

/** Adds two numbers. */
int __rbm_add(int a, int b);
#define rbm_add __rbm_add

int rbm_scale_v2(int value, int factor);
#define rbm_scale (rbm_scale_v2)

/* Not a rename: a macro naming a static function has no symbol to import. */
static inline int rbm_local(int x) { return x + 1; }
#define rbm_local_alias rbm_local

#endif
