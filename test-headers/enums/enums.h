// bindgen: --namespace Enums --library enums
enum color { RED, GREEN = 5, BLUE };

typedef enum { STATUS_OK = 0, STATUS_ERROR = -1, STATUS_BUSY = -2 } status;

enum big { BIG_SMALL = 1, BIG_LARGE = 0x100000000LL };

enum unsigned_big { UBIG = 0xFFFFFFFFFFFFFFFFULL };

enum flags { FLAG_NONE = 0, FLAG_READ = 1, FLAG_WRITE = 2, FLAG_EXEC = 4, FLAG_ALL = 7 };

enum { ANON_ONE = 1, ANON_TWO = 2 };

enum color get_color(void);
status check(enum flags f);
