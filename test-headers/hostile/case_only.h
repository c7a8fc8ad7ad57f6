// bindgen: --namespace Hostile.CaseOnly --library case_only
/* Names that differ only in case: C is case-sensitive, and so is C#. */
struct point { int x; int X; };
struct Point { double x; };
typedef struct POINT { float x; } POINT;
enum color { red, Red, RED };
enum Color { green };
int get(struct point *p);
int Get(struct Point *p);
int GET(POINT *p);
#define limit 1
#define Limit 2
#define LIMIT 3
