int before_the_comment(void);
/* This comment is never closed.
int hidden(void);
