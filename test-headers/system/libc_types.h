// bindgen: --namespace LibcTypes --library libctypes
#include <stdio.h>
#include <stdarg.h>
#include <time.h>
#include <sys/select.h>
#include <sys/socket.h>

int log_to(FILE *out, const char *fmt, va_list args);
int format_time(char *buffer, size_t size, const struct tm *time);
struct tm now(void);
int wait_for(int nfds, fd_set *read_fds, struct timeval *timeout);
int connect_to(const struct sockaddr *address, socklen_t length);
time_t when(void);
