// bindgen: --namespace Filtering --library filter
// FilteringTests add --exclude point (BG0040) and --opaque box (BG0041): both are errors.
struct point { int x, y; };
struct box { int w, h; };
struct point make_point(int x, int y);
struct box make_box(int w, int h);
