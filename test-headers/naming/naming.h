// bindgen: --namespace Naming --library naming --rename ng_legacy_open=OpenLegacy
// NamingTests add --strip-prefix ng_ --strip-prefix NG_ (types keep their C names here: the ABI suite looks them up).
typedef struct ng_stream { int fd; } ng_stream;
enum ng_color { NG_RED, NG_GREEN, NG_1ST };
#define NG_MAX_STREAMS 16

ng_stream *ng_open(const char *path);
ng_stream *ng_legacy_open(const char *path);
void ng_close(ng_stream *stream);
int ng_event(void);
extern int ng_count;
