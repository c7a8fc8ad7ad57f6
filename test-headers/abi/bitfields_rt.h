// bindgen: --namespace BitfieldsRt --library bitfields_rt
#include <stdbool.h>
#include <stdint.h>

enum color { RED, GREEN, BLUE, WHITE };
enum delta { DOWN = -2, SAME = 0, UP = 1 };

/* Several fields per storage unit, a signed one, an unnamed one and a zero-width one. */
struct packet {
    unsigned version : 3;
    int offset : 5;
    unsigned : 2;
    unsigned flag : 1;
    unsigned : 0;
    unsigned length : 12;
    signed char tiny : 3;
};

/* Enums and _Bool. */
struct styled {
    enum color fg : 2;
    enum color bg : 2;
    enum delta dir : 2;
    bool bold : 1;
    bool italic : 1;
    unsigned char level : 4;
};

/* Fields that span storage units and 64-bit fields. */
struct spanning {
    unsigned char head;
    unsigned long long big : 44;
    unsigned long long rest : 20;
    long long sbig : 33;
    short s : 9;
    unsigned short us : 7;
};

/* Packed: bitfields cross byte and word boundaries freely. */
struct __attribute__((packed)) tight {
    unsigned char a : 3;
    unsigned int b : 17;
    int c : 13;
    unsigned long long d : 31;
};

/* Packed records smaller than a storage word, and a bitfield spanning 9 bytes. */
#pragma pack(push, 1)
struct seven { unsigned long long v : 51; unsigned char w : 5; };
#pragma pack(pop)
struct __attribute__((packed)) nine { unsigned char a : 3; unsigned long long b : 64; long long c : 5; };
union small_union { unsigned int word; long long : 51; unsigned long long bits : 40; };

/* Bitfields inside anonymous members, reached as outer.member. */
struct nested_bits {
    int tag;
    union {
        struct {
            unsigned lo : 4;
            unsigned hi : 4;
        };
        unsigned char raw;
    };
    struct {
        int x : 7;
        int y : 7;
    } pos;
};

/* C sets and reads one field by index; the C# test does the same through the generated properties. */
void packet_set(struct packet *p, int field, long long value);
long long packet_get(const struct packet *p, int field);
void styled_set(struct styled *p, int field, long long value);
long long styled_get(const struct styled *p, int field);
void spanning_set(struct spanning *p, int field, long long value);
long long spanning_get(const struct spanning *p, int field);
void tight_set(struct tight *p, int field, long long value);
long long tight_get(const struct tight *p, int field);
void seven_set(struct seven *p, int field, long long value);
long long seven_get(const struct seven *p, int field);
void nine_set(struct nine *p, int field, long long value);
long long nine_get(const struct nine *p, int field);
void nested_bits_set(struct nested_bits *p, int field, long long value);
long long nested_bits_get(const struct nested_bits *p, int field);
