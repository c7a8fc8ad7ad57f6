// bindgen: --namespace CallingConventions --library cc
// CallingConventionTests generate this for i686-unknown-linux-gnu too, where stdcall and fastcall mean something.
typedef int (__attribute__((stdcall)) *std_callback)(int);
typedef int (__attribute__((fastcall)) *fast_callback)(int, int);
typedef int (__attribute__((vectorcall)) *vector_callback)(int);

int plain(int a);
int __attribute__((cdecl)) explicit_cdecl(int a);
int __attribute__((stdcall)) std_fn(int a, std_callback cb);
int __attribute__((fastcall)) fast_fn(int a, fast_callback cb);
int __attribute__((vectorcall)) vector_fn(int a);
void takes_vector_callback(vector_callback cb);
typedef int (*plain_callback)(int);
int takes_plain_callback(int a, plain_callback cb);
