// bindgen: --namespace ZeroLength --library zero_length
/* GNU zero-length arrays (T x[0]) and 0-byte records: no storage in C, so no field in C#, but an accessor at C's offset,
   and nothing after them moves. */

/* Markers in the middle of a record: start overlaps b; end_marker is 8-aligned, so c moves to 8 (the record to 16). */
struct marked {
    int a;
    char start[0];
    int b;
    long long end_marker[0];
    char c;
};

/* A pre-C99 flexible tail. */
struct packet {
    unsigned short len;
    unsigned char data[0];
};

/* A tail wider than the rest: the record is 8-aligned because of it. */
struct samples0 {
    int count;
    double values[0];
};

/* Pointer elements, and rows of a two-dimensional tail. */
struct argv0 {
    int argc;
    const char *argv[0];
};
struct grid {
    short rows;
    unsigned char cells[0][3];
};

/* Inside a union: the bytes of i, and an 8-aligned marker that makes the union 8 bytes. */
union variant {
    int i;
    unsigned char bytes[0];
    double wide[0];
};

/* Records C makes 0 bytes (GNU C): a diagnostic, and records containing them keep C's offsets. */
struct empty {};
struct only_markers { int m[0]; };
struct holder {
    int a;
    struct empty e;
    int b;
    struct only_markers m;
    short c;
    struct empty last;
};

/* Anonymous members of no size: their accessors move up into the record, and b does not move. */
struct anon_markers {
    int a;
    struct { int z[0]; };
    int b;
    union { char u[0]; struct empty ue; };
    struct empty many[2];
    struct { int q[0]; } named;
    short tail;
};

/* By value, a 0-byte record would travel as C# passes one byte: not bound (BG0010). */
void take_empty(struct empty e);

/* C allocates and fills: data[i] = 'a' + i, values[i] = i * 0.5, argv[i] = "zero", cells[i][j] = 10*i + j,
   a = 1, b = 0x04030201, c = 3; the variant holds i = 0x0A0B0C0D; holder: a = 1, b = 2, c = 3. */
struct marked *marked_new(void);
struct packet *packet_new(unsigned short len);
struct samples0 *samples0_new(int count);
struct argv0 *argv0_new(int argc);
struct grid *grid_new(short rows);
union variant *variant_new(void);
struct holder *holder_new(void);
/* C reads what C# wrote. */
double samples0_sum(const struct samples0 *s);
int packet_checksum(const struct packet *p);
void zero_release(void *p);
