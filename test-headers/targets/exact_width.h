// bindgen: --namespace ExactWidth
/* Integers whose C type differs by target while their size may agree (docs/portability.md, "Fixed-width types"):
   an offset that is long on Unix and long long on Windows, like zlib's z_off64_t, and a size that is unsigned long
   on Unix and unsigned long long on Windows. */
#ifdef _WIN32
typedef long long ew_off;
typedef unsigned long long ew_size;
#else
typedef long ew_off;
typedef unsigned long ew_size;
#endif

struct ew_file { unsigned int have; ew_off pos; ew_size total; };

ew_off ew_seek(struct ew_file *file, ew_off offset, int whence);
