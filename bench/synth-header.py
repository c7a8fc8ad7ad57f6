#!/usr/bin/env python3
"""Writes a synthetic C header for BindGen's generation benchmarks.

One "unit" is a struct (6 fields, one of them a fixed array and one a pointer to the
previous struct), an enum (5 members), 3 functions (one taking the struct by pointer, one
by value, one with a function-pointer parameter), 2 integer macros and 1 string macro:
about 28 lines after preprocessing (`clang -E`, which drops the #defines).

  bench/synth-header.py --units 1000 > synth.h
  bench/synth-header.py --lines 100000 > synth.h   # about that many preprocessed lines
"""
import argparse
import sys

LINES_PER_UNIT = 28  # measured with clang -E | wc -l on the output below


def unit(i: int, out) -> None:
    prev = f"struct syn_rec{i - 1} *prev;" if i > 0 else "void *prev;"
    out.write(f"""
/** Record {i}: a plain struct with a fixed array and a link. */
typedef struct syn_rec{i} {{
    int id;
    unsigned char flags;
    double weight;
    char name[16];
    {prev}
    const char *label;
}} syn_rec{i};

/** Mode {i}. */
typedef enum syn_mode{i} {{
    SYN_MODE{i}_NONE = 0,
    SYN_MODE{i}_A = 1,
    SYN_MODE{i}_B = 2,
    SYN_MODE{i}_C = 4,
    SYN_MODE{i}_ALL = 7
}} syn_mode{i};

#define SYN_LIMIT{i} ({i} * 4 + 1)
#define SYN_MASK{i} (1u << ({i} % 31))
#define SYN_NAME{i} "syn{i}"

/** Initializes a record {i}; returns 0 on success. */
int syn_init{i}(syn_rec{i} *rec, int id, const char *label);
syn_mode{i} syn_mode_of{i}(syn_rec{i} rec, unsigned long long stamp);
void syn_visit{i}(const syn_rec{i} *rec, int (*callback)(void *user, const syn_rec{i} *item), void *user);
""")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--units", type=int, help="number of struct/enum/function/macro units")
    group.add_argument("--lines", type=int, help="approximate number of preprocessed lines")
    args = parser.parse_args()
    units = args.units if args.units is not None else max(1, (args.lines or 1000) // LINES_PER_UNIT)
    out = sys.stdout
    out.write("/* Synthetic header written by bench/synth-header.py: %d units. */\n" % units)
    out.write("#ifndef SYNTH_H\n#define SYNTH_H\n")
    for i in range(units):
        unit(i, out)
    out.write("\n#endif\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
