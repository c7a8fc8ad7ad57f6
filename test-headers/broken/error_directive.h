int fine(void);
#error "this library needs a configured build: run ./configure first"
