// bindgen: --namespace RenamedStatus --library renamed_status --safe-wrappers --strip-prefix rs_ --strip-prefix RS_ --pascal-case
/* The safe layer compares status codes with the enum members' C# names, after renaming. */
typedef enum rs_status { RS_OK = 0, RS_BUSY = 1, RS_FAILED = 2 } rs_status;
typedef struct rs_ctx rs_ctx;
rs_ctx *rs_open(const char *name);
void rs_close(rs_ctx *ctx);
rs_status rs_run(rs_ctx *ctx, int steps);
