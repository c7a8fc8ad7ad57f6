// bindgen: --namespace InheritedNames --library objects --safe-wrappers
/* Safe-layer method names that collide with members a SafeHandle inherits are renamed (CS0108 is an error under
   TreatWarningsAsErrors); functions releasing the handle are never methods: Dispose is the only release. */
typedef struct obj obj;
obj *obj_new(void);
void obj_destroy(obj *o);
/* A second releasing function: not a method (Dispose already releases through obj_destroy). */
int obj_close(obj *o);
int obj_get_type(const obj *o);
const char *obj_to_string(const obj *o);
int obj_get_hash_code(const obj *o);
int obj_equals(const obj *o, const obj *other);
int obj_clone_count(const obj *o);
int obj_dispose_count(const obj *o);
int obj_is_invalid(const obj *o);
