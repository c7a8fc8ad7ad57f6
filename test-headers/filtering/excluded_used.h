// bindgen: --namespace Filtering --library filter --exclude "point" --opaque "box"
struct point { int x, y; };
struct box { int w, h; };
struct point make_point(int x, int y);
struct box make_box(int w, int h);
