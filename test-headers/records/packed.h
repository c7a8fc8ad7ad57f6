// bindgen: --namespace Packed --library packed
#include <stdint.h>

#pragma pack(push, 1)
struct packed1 { char c; int32_t i; int16_t s; };
#pragma pack(pop)

#pragma pack(push, 2)
struct packed2 { char c; int64_t i; };
#pragma pack(pop)

struct attr_packed { char c; double d; } __attribute__((packed));

struct aligned16 { int x; } __attribute__((aligned(16)));

struct holds_aligned { char c; struct aligned16 a; };

struct field_aligned { char c; int x __attribute__((aligned(8))); };
