// bindgen: --namespace Bitfields --library bitfields
#include <stdbool.h>

enum mode { MODE_A, MODE_B, MODE_C };

struct flags {
    unsigned a : 3;
    int b : 5;
    unsigned c : 1;
    unsigned : 0;
    unsigned d : 7;
    bool e : 1;
    enum mode m : 2;
    int neg : 4;
};

struct wide_bits {
    unsigned long long lo : 40;
    unsigned long long hi : 24;
    char after;
};
