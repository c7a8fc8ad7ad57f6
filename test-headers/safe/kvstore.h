// bindgen: --namespace KvStore --library kvstore --safe-wrappers --safe-config ./kvstore.json
/* A tiny key-value store exercising every safe-wrapper pattern. */
#include <stddef.h>
#include <stdbool.h>

typedef struct kv_store kv_store;
/** A reference-counted byte blob. */
typedef struct kv_blob kv_blob;

typedef enum kv_status { KV_OK = 0, KV_NOT_FOUND = 1, KV_INVALID = 2, KV_TOO_BIG = 3 } kv_status;

/** Opens an empty store named @p name; NULL when name is empty. */
kv_store *kv_open(const char *name);
/** Opens a store and writes it to @p out_store. */
kv_status kv_open_ex(const char *name, kv_store **out_store);
void kv_close(kv_store *store);

kv_status kv_set(kv_store *store, const char *key, const char *value);
/** Returns a copy of the value (free it with kv_free_string), or NULL when the key is absent. */
char *kv_get(kv_store *store, const char *key);
void kv_free_string(char *text);
const char *kv_name(const kv_store *store);
size_t kv_count(const kv_store *store);
bool kv_contains(kv_store *store, const char *key);
kv_status kv_count_prefix(kv_store *store, const char *prefix, size_t *out_count);

kv_status kv_set_bytes(kv_store *store, const char *key, const unsigned char *data, size_t length);
/** Copies up to @p capacity bytes of the value into @p buffer; returns the number copied. */
size_t kv_read_bytes(kv_store *store, const char *key, unsigned char *buffer, size_t capacity);
/** Writes the first @p count values (as ints) into @p values; returns how many were written. */
size_t kv_fill_lengths(kv_store *store, int *values, size_t count);

/** Called for each entry; return non-zero to stop. */
typedef int (*kv_visit_fn)(void *user_data, const char *key, const char *value);
/** Calls @p visit for each entry in key order; returns the number of calls. */
int kv_each(kv_store *store, kv_visit_fn visit, void *user_data);

/** The message for a status code. */
const char *kv_status_message(kv_status status);

kv_blob *kv_blob_new(size_t size);
kv_blob *kv_blob_ref(kv_blob *blob);
void kv_blob_unref(kv_blob *blob);
size_t kv_blob_size(const kv_blob *blob);
int kv_blob_refcount(const kv_blob *blob);

/** Why the last kv_open failed, or NULL. */
const char *kv_last_error(void);

/** Called after every successful kv_set on the store it is registered on. */
typedef void (*kv_listener_fn)(void *user_data, const char *key);
/** Registers @p listener (replacing any previous one); C keeps it until kv_clear_listener or kv_close. */
void kv_set_listener(kv_store *store, kv_listener_fn listener, void *user_data);
void kv_clear_listener(kv_store *store);
/** Non-zero when the store holds no entry. */
int kv_is_empty(const kv_store *store);
/** Writes the store's name (borrowed) to @p pp_name. */
kv_status kv_name_into(const kv_store *store, const char **pp_name);

/** Stores and blobs alive (for leak checks in tests). */
int kv_live_objects(void);
