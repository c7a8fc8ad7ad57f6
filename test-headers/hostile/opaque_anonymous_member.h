// bindgen: --namespace Hostile.OpaqueAnonymous --library opaque_anonymous_member
/* An anonymous member record C# cannot represent becomes an opaque blob: its enclosing record must not forward to
   the blob's private storage (found by the fuzz test, seed 4). */
struct outer {
    int kind;
    union {
        int _Complex c;
        unsigned u[2];
    };
    struct { char a; double b; };
};
void take_outer(struct outer *o);
