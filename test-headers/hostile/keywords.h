// bindgen: --namespace Hostile.Keywords --library keywords
/* C identifiers that are C# keywords or contextual keywords, as type, field, parameter, function, enum member and macro names. */
typedef int string;
typedef unsigned int var;
struct lock { int in; int out; int ref; int params; int base; int this; int value; int get; int set; int record; int async; int await; int dynamic; int nameof; int when; int where; int yield; int partial; int file; int required; int scoped; int managed; int unmanaged; int nint; int args; };
enum event { checked, fixed, operator, implicit, explicit };
union internal { int sizeof_; int sealed; float readonly; };
struct value;
struct var_holder { var var; string string; struct lock *lock; };
int foreach(int in, int out, int ref, int params, int object, int string, int base, int this, int value);
void record(struct lock *base, union internal *internal);
void async(int await, int dynamic);
enum { default_ = 1, volatile_, abstract_ = 9 };
struct Native { int x; };
#define class 1
#define namespace 2
#define delegate "x"
#define global 3
int Native_fn(void);
void take_native(struct Native *n);
