// bindgen: --namespace Arrays --library arrays
struct item { int id; float weight; };

struct arrays {
    char name[32];
    int matrix[3][4];
    struct item items[5];
    void *pointers[4];
    int (*callbacks[2])(int);
    unsigned char bytes[3][2][2];
};

union in_union {
    int words[4];
    char text[16];
};

struct flexible {
    int count;
    double values[];
};
