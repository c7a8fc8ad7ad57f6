#!/bin/sh
# Writes a synthetic C header of about LINES lines (default 1000000) to standard output: blocks of 10 lines with a
# documented struct, a typedef, a function, an enum and a macro, each with unique names, like a large real header.
# Usage: bench/robustness/synthetic-header.sh [LINES] > big.h
lines=${1:-1000000}
awk -v blocks=$(( lines / 10 )) 'BEGIN {
  print "#include <stddef.h>"
  for (i = 0; i < blocks; i++) {
    printf "/** Record number %d. */\n", i
    printf "struct rec%d {\n    int id;\n    double weight;\n    struct rec%d *next;\n};\n", i, i
    printf "typedef struct rec%d rec%d_t;\n", i, i
    printf "int rec%d_visit(rec%d_t *r, const char *name, size_t length);\n", i, i
    printf "enum rec%d_kind { REC%d_A = %d };\n", i, i, i
    printf "#define REC%d_LIMIT %du\n", i, i
  }
}'
