// One parse or two for the macros clang evaluates (docs/performance.md, "One parse for macros"): times, through libclang's
// C API and BindGen's flags, what each way of giving clang the synthetic declarations costs, interleaved, median.
//   two-parses  the first parse (detailed preprocessing record), then a second parse of a file that includes the header
//               and declares the macros (what BindGen does)
//   pch         the first parse, clang_saveTranslationUnit to a temporary file, then a parse of the declarations alone
//               with -include-pch
//   pch-ser     the same with CXTranslationUnit_ForSerialization on the first parse
//   preamble    the first parse of an on-disk wrapper (#include "HEADER") with PrecompiledPreamble and
//               CreatePreambleOnFirstParse, then clang_reparseTranslationUnit with the declarations appended
// Usage: macro-parse HEADER DECLS|- RESOURCE_DIR ROUNDS TMPDIR   (DECLS: a file of declarations; -: none, so only
// the first parse's cost of each flag is measured: the case of headers without such macros)
#include <clang-c/Index.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { TWO, PCH, PCH_SER, PREAMBLE, MODES };
static const char *names[MODES] = { "two-parses", "pch", "pch-ser", "preamble" };
static const char *header, *resource, *tmp;
static char *decls = "";
static size_t ndecls;

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec * 1e3 + t.tv_nsec / 1e6; }
static int cmp(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return x < y ? -1 : x > y; }
static char *concat(const char *a, const char *b) { char *s = malloc(strlen(a) + strlen(b) + 1); strcpy(s, a); strcat(s, b); return s; }

static CXTranslationUnit parse(CXIndex index, const char *file, const char **extra, int nextra, struct CXUnsavedFile *unsaved, unsigned nunsaved, unsigned flags) {
    const char *args[16] = { "-xc", "-Wno-pragma-once-outside-header", "-resource-dir", resource };
    int n = 4;
    for (int i = 0; i < nextra; i++) args[n++] = extra[i];
    CXTranslationUnit tu = NULL;
    if (clang_parseTranslationUnit2(index, file, args, n, unsaved, nunsaved, flags, &tu) != 0) { fprintf(stderr, "%s: parse failed\n", file); exit(1); }
    for (unsigned i = 0; i < clang_getNumDiagnostics(tu); i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
            CXString s = clang_formatDiagnostic(d, clang_defaultDiagnosticDisplayOptions());
            fprintf(stderr, "%s: %s\n", names[0], clang_getCString(s));
            exit(1);
        }
    }
    return tu;
}

// One run of MODE: [0] the first parse, [1] what the declarations cost after it (0 without declarations).
static void run(int mode, double *out) {
    const unsigned first = 0x200 | 0x01 | 0x40; // KeepGoing | DetailedPreprocessingRecord | SkipFunctionBodies
    const char *quiet[] = { "-w", "-ferror-limit=0", "-include-pch", NULL };
    char *synthetic = concat(tmp, "/bindgen-macros.h"), *pch = concat(tmp, "/first.pch"), *wrapper = concat(tmp, "/wrapper.c");
    char *include = malloc(strlen(header) + 16);
    sprintf(include, "#include \"%s\"\n", header);
    char *withDecls = concat(include, decls);
    CXIndex index = clang_createIndex(0, 0), second = clang_createIndex(0, 0);
    CXTranslationUnit tu, tu2 = NULL;
    double t0 = now(), t1;
    if (mode == PREAMBLE) {
        FILE *f = fopen(wrapper, "w");
        fputs(include, f);
        fputs("typedef int bindgen_preamble_end;\n", f);
        fclose(f);
        tu = parse(index, wrapper, NULL, 0, NULL, 0, first | 0x04 | 0x100);
        t1 = now();
        if (ndecls > 0) {
            struct CXUnsavedFile u = { wrapper, withDecls, strlen(withDecls) };
            if (clang_reparseTranslationUnit(tu, 1, &u, clang_defaultReparseOptions(tu)) != 0) { fprintf(stderr, "reparse failed\n"); exit(1); }
        }
    } else {
        tu = parse(index, header, NULL, 0, NULL, 0, mode == PCH_SER ? first | 0x10 : first);
        t1 = now();
        if (ndecls > 0 && mode == TWO) {
            struct CXUnsavedFile u = { synthetic, withDecls, strlen(withDecls) };
            tu2 = parse(second, synthetic, quiet, 2, &u, 1, 0x200 | 0x40);
        } else if (ndecls > 0) {
            if (clang_saveTranslationUnit(tu, pch, 0) != 0) { fprintf(stderr, "save failed\n"); exit(1); }
            struct CXUnsavedFile u = { synthetic, decls, ndecls };
            quiet[3] = pch;
            tu2 = parse(second, synthetic, quiet, 4, &u, 1, 0x200 | 0x40);
        }
    }
    double t2 = now();
    out[0] = t1 - t0;
    out[1] = t2 - t1;
    if (tu2) clang_disposeTranslationUnit(tu2);
    clang_disposeTranslationUnit(tu);
    clang_disposeIndex(second);
    clang_disposeIndex(index);
    remove(pch);
    remove(wrapper);
    free(synthetic); free(pch); free(wrapper); free(include); free(withDecls);
}

int main(int argc, char **argv) {
    if (argc != 6) { fprintf(stderr, "usage: macro-parse HEADER DECLS|- RESOURCE_DIR ROUNDS TMPDIR\n"); return 2; }
    header = argv[1]; resource = argv[3]; tmp = argv[5];
    int rounds = atoi(argv[4]);
    if (strcmp(argv[2], "-") != 0) {
        FILE *f = fopen(argv[2], "rb");
        decls = malloc(1 << 20);
        ndecls = fread(decls, 1, (1 << 20) - 1, f);
        decls[ndecls] = 0;
        fclose(f);
    }
    double (*times)[2][256] = calloc(MODES, sizeof *times);
    for (int r = 0; r < rounds && r < 256; r++)
        for (int m = 0; m < MODES; m++) {
            double out[2];
            run(m, out);
            times[m][0][r] = out[0];
            times[m][1][r] = out[0] + out[1];
        }
    double median[MODES][2];
    for (int m = 0; m < MODES; m++)
        for (int k = 0; k < 2; k++) { qsort(times[m][k], rounds, sizeof(double), cmp); median[m][k] = times[m][k][rounds / 2]; }
    for (int m = 0; m < MODES; m++)
        printf("%s\t%.1f\t%.2f\t%.1f\t%.2f\n", names[m], median[m][0], median[m][0] / median[TWO][0], median[m][1], median[m][1] / median[TWO][1]);
    return 0;
}
