// bindgen: --namespace Hostile.ClassNameMacros --library class_name_macros
/* Macros named like the generated class and its LibraryName constant: skipped with BG0017, the rest still binds. */
int native_version(void);
#define Native 4
#define LibraryName 5
#define NATIVE_OK 6
