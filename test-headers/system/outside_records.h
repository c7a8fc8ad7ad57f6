// bindgen: --namespace OutsideRecords --library outside
/* Records the library uses from libc/POSIX: each must have C's exact size and alignment in C#, whether the API
   reaches it through a pointer or by value, so callers can allocate it themselves. */
#include <netdb.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>

/* Through pointers only. */
int outside_select(int nfds, fd_set *read_fds, fd_set *write_fds, struct timeval *timeout);
int outside_bind(const struct sockaddr *address, socklen_t length);
int outside_accept(struct sockaddr_storage *peer, socklen_t *length);
int outside_lock(pthread_mutex_t *mutex);
int outside_wait(pthread_cond_t *cond, pthread_mutex_t *mutex);
int outside_stat(const char *path, struct stat *result);
int outside_resolve(const char *host, struct addrinfo **results);
/* A union of function pointers, anonymous unions in a record, nested records with arrays, a long double member. */
int outside_signal(int signal, const struct sigaction *action, struct sigaction *previous);
int outside_usage(struct rusage *usage);
int outside_context(ucontext_t *context);
void *outside_aligned(max_align_t *storage);

/* By value. */
struct timeval outside_now(void);
int outside_sleep(struct timeval duration);
int outside_family(struct sockaddr_storage address);
