// bindgen: --namespace DocComments --library docs
/** Adds. @param a First. */
int add3(int a, int b, int string);
