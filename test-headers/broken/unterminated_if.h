#if defined(SOMETHING)
int maybe(void);
