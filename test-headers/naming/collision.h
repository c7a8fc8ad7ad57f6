// bindgen: --namespace Naming --library naming --strip-prefix ng_
int ng_open(void);
int open(void);
int ng_close(void);
