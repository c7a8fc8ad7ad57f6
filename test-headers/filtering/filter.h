// bindgen: --namespace Filtering --library filter --exclude lib_internal_*
// FilteringTests add --include, --opaque (records must stay complete here: the ABI suite measures every one).
typedef struct lib_context { int secret; struct lib_settings *settings; } lib_context;
struct lib_settings { int level; };
struct lib_point { int x, y; };
enum lib_mode { LIB_MODE_A, LIB_MODE_B };
struct unrelated { int z; };

lib_context *lib_open(enum lib_mode mode);
void lib_close(lib_context *context);
struct lib_point lib_origin(void);
int lib_internal_debug(lib_context *context);
int other_function(int x);
extern int lib_version;
extern int other_global;
#define LIB_MAX 10
#define OTHER_MAX 20
