#!/usr/bin/env python3
"""Writes a synthetic C header for BindGen's generation benchmarks.

One "unit" is a struct (6 fields, one of them a fixed array and one a pointer to the
previous struct), an enum (5 members), 3 functions (one taking the struct by pointer, one
by value, one with a function-pointer parameter), 2 integer macros and 1 string macro:
about 28 lines after preprocessing (`clang -E`, which drops the #defines).

  bench/synth-header.py --units 1000 > synth.h
  bench/synth-header.py --lines 100000 > synth.h   # about that many preprocessed lines
  bench/synth-header.py --shape documented --lines 10000 > synth_doc.h

Shape `documented` (issue 17) is shaped like large real APIs: every record, field, enum member and function carries a
doc comment, records hold bitfields (signed, unsigned, enum-typed) and fixed arrays (including one of pointers), and
each unit has an enum of flags and 4 macros: about 49 lines after preprocessing.
"""
import argparse
import sys

LINES_PER_UNIT = {"plain": 28, "documented": 49}  # measured with clang -E | wc -l on the output below


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


def documented_unit(i: int, out) -> None:
    prev = f"struct syn_doc{i - 1} *prev;" if i > 0 else "void *prev;"
    out.write(f"""
/**
 * Options of record {i}: bits that may be combined.
 */
typedef enum syn_opt{i} {{
    /** No option. */
    SYN_OPT{i}_NONE = 0,
    /** Verbose output. */
    SYN_OPT{i}_VERBOSE = 1,
    /** Keep going after errors. */
    SYN_OPT{i}_KEEP = 2,
    /** Both of the above. */
    SYN_OPT{i}_ALL = 3
}} syn_opt{i};

/**
 * Record {i}: a documented struct with bitfields and fixed arrays.
 *
 * Shaped like the records of large real APIs.
 */
typedef struct syn_doc{i} {{
    /** Identifier of the record. */
    int id;
    /** Kind, 4 bits. */
    unsigned kind : 4;
    /** Signed level, 5 bits. */
    int level : 5;
    /** Options, as an enum bitfield. */
    syn_opt{i} options : 3;
    /** Reserved bits. */
    unsigned reserved : 20;
    /** Name, inline. */
    char name[32];
    /** Four counters. */
    unsigned short counters[4];
    /** Two labels. */
    const char *labels[2];
    /** The previous record. */
    {prev}
}} syn_doc{i};

#define SYN_DOC_LIMIT{i} ({i} * 8 + 3)
#define SYN_DOC_MASK{i} (1u << ({i} % 31))
#define SYN_DOC_NAME{i} "syn_doc{i}"
#define SYN_DOC_SCALE{i} 1.5

/**
 * Opens record {i}.
 * @param rec the record to fill
 * @param id its identifier
 * @return 0 on success, a negative error code otherwise
 */
int syn_doc_open{i}(syn_doc{i} *rec, int id);
/**
 * Applies options to record {i}.
 * @param rec the record
 * @param options the options to set
 */
void syn_doc_apply{i}(syn_doc{i} *rec, syn_opt{i} options);
""")


SHAPES = {"plain": unit, "documented": documented_unit}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--units", type=int, help="number of struct/enum/function/macro units")
    group.add_argument("--lines", type=int, help="approximate number of preprocessed lines")
    parser.add_argument("--shape", choices=sorted(SHAPES), default="plain", help="what one unit holds (default: plain)")
    args = parser.parse_args()
    write_unit = SHAPES[args.shape]
    units = args.units if args.units is not None else max(1, (args.lines or 1000) // LINES_PER_UNIT[args.shape])
    out = sys.stdout
    shape = "" if args.shape == "plain" else " of shape " + args.shape
    out.write("/* Synthetic header written by bench/synth-header.py: %d units%s. */\n" % (units, shape))
    out.write("#ifndef SYNTH_H\n#define SYNTH_H\n")
    for i in range(units):
        write_unit(i, out)
    out.write("\n#endif\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
