// bindgen: --namespace TypedefNames --library typedef_names
// The names C users write (docs/naming.md): typedef names of records are C# names, other typedef names are aliases.
#include <stddef.h>

// zlib's shape: the typedef in the declaration of the body names the record; z_streamp stays a spelling.
typedef struct z_stream_s {
    unsigned char *next_in;
    unsigned int avail_in;
    struct internal_state *state;
    // An anonymous member: its nested type is named after the C# name of its parent.
    union { int mode; float level; };
} z_stream;
typedef z_stream *z_streamp;

// The typedef declared apart from the body, after it.
struct foo_parser_s { int depth; struct foo_parser_s *parent; };
typedef struct foo_parser_s foo_parser_t;

// Several direct typedef names: the first in source order names it, the other is an alias.
struct point_s { int x, y; };
typedef struct point_s point_t;
typedef struct point_s point2d_t;

// Anonymous: the typedef was always its name.
typedef struct { int w, h; } size_t_pair;

// A typedef whose name equals the tag: nothing to choose.
typedef struct same { int v; } same;

// Opaque handles: a struct never defined, and a void typedef.
typedef struct lib lib_t;
typedef void LIB_HANDLE;
typedef LIB_HANDLE *LIB_HANDLE_PTR;
// A pointer to void under a typedef: the pointee has no name, so it stays void*.
typedef void *lib_handle_t;

// A second name of a record that already has one: an alias.
typedef union { char size[40]; long align; } lib_mutex_impl;
typedef lib_mutex_impl lib_mutex_t;
typedef foo_parser_t foo_parser_alias;

// A tag that is a C# keyword, named by a typedef that is not.
typedef struct event event_t;
struct event { int code; };

// Enums follow the same rule: the typedef names it, a second typedef is an alias.
typedef enum color_e { COLOR_RED, COLOR_BLUE } color_t;
typedef color_t colour_t;

z_stream *make_stream(struct z_stream_s *base, z_streamp copy);
int parser_depth(const struct foo_parser_s *parser, foo_parser_t *other, foo_parser_alias *alias);
point_t point_add(point_t a, struct point_s b, point2d_t *out);
size_t_pair pair_of(int w, int h);
same *same_get(void);
lib_t *lib_open(const char *name);
void lib_close(struct lib *lib);
LIB_HANDLE *handle_open(void);
void handle_close(LIB_HANDLE *handle, LIB_HANDLE_PTR *out);
LIB_HANDLE handle_nothing(void);
lib_handle_t raw_open(void);
int mutex_lock(lib_mutex_t *mutex);
int mutex_unlock(lib_mutex_impl *mutex);
void event_post(event_t *e, struct event *again);
color_t paint(enum color_e a, colour_t b);
