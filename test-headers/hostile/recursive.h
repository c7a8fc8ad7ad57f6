// bindgen: --namespace Hostile.Recursive --library recursive
/* Records that refer to themselves and to each other through pointers. */
struct node { int value; struct node *next; struct node **children; };
struct a;
struct b { struct a *a; };
struct a { struct b *b; struct a *self; struct b inline_b; };
typedef struct list list;
struct list { list *next; void (*visit)(list *item, void *user); };
typedef struct tree { struct tree *left, *right; struct { struct tree *parent; } up; } tree;
