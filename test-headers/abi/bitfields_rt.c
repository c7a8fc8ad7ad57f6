#include "bitfields_rt.h"

#define SET(n, f) case n: p->f = value; break;
#define GET(n, f) case n: return (long long)p->f;

void packet_set(struct packet *p, int field, long long value) {
    switch (field) { SET(0, version) SET(1, offset) SET(2, flag) SET(3, length) SET(4, tiny) }
}
long long packet_get(const struct packet *p, int field) {
    switch (field) { GET(0, version) GET(1, offset) GET(2, flag) GET(3, length) GET(4, tiny) }
    return 0x7eadbeef;
}
void styled_set(struct styled *p, int field, long long value) {
    switch (field) { SET(0, fg) SET(1, bg) SET(2, dir) SET(3, bold) SET(4, italic) SET(5, level) }
}
long long styled_get(const struct styled *p, int field) {
    switch (field) { GET(0, fg) GET(1, bg) GET(2, dir) GET(3, bold) GET(4, italic) GET(5, level) }
    return 0x7eadbeef;
}
void spanning_set(struct spanning *p, int field, long long value) {
    switch (field) { SET(0, head) SET(1, big) SET(2, rest) SET(3, sbig) SET(4, s) SET(5, us) }
}
long long spanning_get(const struct spanning *p, int field) {
    switch (field) { GET(0, head) GET(1, big) GET(2, rest) GET(3, sbig) GET(4, s) GET(5, us) }
    return 0x7eadbeef;
}
void tight_set(struct tight *p, int field, long long value) {
    switch (field) { SET(0, a) SET(1, b) SET(2, c) SET(3, d) }
}
long long tight_get(const struct tight *p, int field) {
    switch (field) { GET(0, a) GET(1, b) GET(2, c) GET(3, d) }
    return 0x7eadbeef;
}
void nested_bits_set(struct nested_bits *p, int field, long long value) {
    switch (field) { SET(0, tag) SET(1, lo) SET(2, hi) SET(3, pos.x) SET(4, pos.y) }
}
long long nested_bits_get(const struct nested_bits *p, int field) {
    switch (field) { GET(0, tag) GET(1, lo) GET(2, hi) GET(3, pos.x) GET(4, pos.y) }
    return 0x7eadbeef;
}
void seven_set(struct seven *p, int field, long long value) {
    switch (field) { SET(0, v) SET(1, w) }
}
long long seven_get(const struct seven *p, int field) {
    switch (field) { GET(0, v) GET(1, w) }
    return 0x7eadbeef;
}
void nine_set(struct nine *p, int field, long long value) {
    switch (field) { SET(0, a) SET(1, b) SET(2, c) }
}
long long nine_get(const struct nine *p, int field) {
    switch (field) { GET(0, a) GET(1, b) GET(2, c) }
    return 0x7eadbeef;
}
