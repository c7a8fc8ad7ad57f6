// bindgen: --namespace Opaque --library opaque
typedef struct handle handle;
struct forward_only;

handle *handle_open(const char *name);
void handle_close(handle *h);
struct forward_only *get_forward(void);
