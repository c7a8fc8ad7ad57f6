// bindgen: --namespace KvStore --library kvstore --safe-wrappers --safe-config ./kvstore.json --set-last-error kv_load
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

/** Frees data the store kept (called once, when the store no longer needs it). */
typedef void (*kv_destructor)(void *data);
/** The "copy it now" destructor sentinel: kv_set_note copies the text before returning. */
#define KV_TRANSIENT ((kv_destructor)-1)
/**
 * Keeps @p text itself (not a copy) as the store's note, and reads it again on every kv_note: @p destroy frees it when
 * the note is replaced or the store is closed (NULL: the text is static and never freed; KV_TRANSIENT: copied now).
 */
void kv_set_note(kv_store *store, const char *text, kv_destructor destroy);
/** The note kv_set_note kept, read now from the pointer it was given (a copy the caller frees with kv_free_string). */
char *kv_note(const kv_store *store);
/** How many notes were freed through their destructor. */
int kv_notes_destroyed(void);
/** Loads entries from the file at @p path; -1 with errno set (ENOENT...) when it cannot be opened. */
int kv_load(kv_store *store, const char *path);

/** A key and a number: a complete struct a configured release function turns into a handle. */
typedef struct kv_pair { char *key; int number; } kv_pair;
kv_pair *kv_pair_new(const char *key, int number);
void kv_pair_free(kv_pair *pair);
/** An inclusive range of value lengths. */
typedef struct kv_range { size_t shortest; size_t longest; } kv_range;
/** How many values have a length in @p range. */
size_t kv_count_in_range(const kv_store *store, const kv_range *range);
/** Widens @p range to the lengths the store holds. */
void kv_widen_range(const kv_store *store, kv_range *range);
/** Checks @p key; on failure writes a message the caller frees with kv_free_string to @p errmsg. */
kv_status kv_check(kv_store *store, const char *key, char **errmsg);
/** Sets the first "key=value;" of @p text and writes where the rest starts to @p tail. */
kv_status kv_set_first(kv_store *store, const char *text, const char **tail);
/**
 * Length of a value, or 0.
 * @param store the store
 * @param key the key
 */
size_t kv_length(const kv_store *, const char *);

/** Keeps @p label itself (no copy, no destructor): it must outlive the store. */
void kv_set_label(kv_store *store, const char *label);
/** The label kv_set_label kept, or NULL. */
const char *kv_label(const kv_store *store);

/** Stores and blobs alive (for leak checks in tests). */
int kv_live_objects(void);
