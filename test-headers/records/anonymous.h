// bindgen: --namespace Anonymous --library anonymous
struct outer {
    int kind;
    union {
        int i;
        float f;
        struct {
            short lo;
            short hi;
        };
    };
    struct {
        int x, y;
    } pos;
    struct {
        char a;
        double b;
    };
};

struct event {
    int type;
    union {
        struct { int x, y; } motion;
        struct { int code; unsigned mods; } key;
    } data;
};
