// bindgen: --namespace OutsideRecords --library outside
/* Records the library uses from libc/POSIX: each must have C's exact size and alignment in C#, whether the API
   reaches it through a pointer or by value, so callers can allocate it themselves. */
#include <netdb.h>
#include <pthread.h>
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

/* By value. */
struct timeval outside_now(void);
int outside_sleep(struct timeval duration);
int outside_family(struct sockaddr_storage address);
