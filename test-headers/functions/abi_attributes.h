// bindgen: --namespace AbiAttributes --library abi
typedef int (__attribute__((ms_abi)) *ms_callback)(int);

int __attribute__((ms_abi)) ms_fn(int a);
int __attribute__((sysv_abi)) sysv_fn(int a);
void takes_ms_callback(ms_callback cb);
