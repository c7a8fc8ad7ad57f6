// bindgen: --namespace Naming --library naming
// NamingTests add --strip-prefix ng_: then ng_open and open collide (BG0043, an error).
int ng_open(void);
int open(void);
int ng_close(void);
