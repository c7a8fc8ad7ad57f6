// bindgen: --namespace Globals --library globals
extern long double precise;
extern int plain;
