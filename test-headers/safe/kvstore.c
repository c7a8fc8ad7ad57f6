#include "kvstore.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <errno.h>

#define KV_MAX 64

struct entry { char *key; unsigned char *value; size_t length; };
struct kv_store { char *name; struct entry entries[KV_MAX]; size_t count; kv_listener_fn listener; void *listener_data; const char *note; kv_destructor note_destroy; const char *label; };
struct kv_blob { size_t size; int refs; unsigned char *data; };

static int live;
static const char *last_error;

kv_store *kv_open(const char *name)
{
    if (name == NULL || name[0] == '\0') { last_error = "a store needs a name"; return NULL; }
    last_error = NULL;
    kv_store *s = calloc(1, sizeof *s);
    s->name = strdup(name);
    live++;
    return s;
}

kv_status kv_open_ex(const char *name, kv_store **out_store)
{
    *out_store = kv_open(name);
    return *out_store ? KV_OK : KV_INVALID;
}

void kv_close(kv_store *store)
{
    if (store == NULL) return;
    for (size_t i = 0; i < store->count; i++) { free(store->entries[i].key); free(store->entries[i].value); }
    kv_set_note(store, NULL, NULL);
    free(store->name);
    free(store);
    live--;
}

static struct entry *find(kv_store *store, const char *key)
{
    for (size_t i = 0; i < store->count; i++) if (strcmp(store->entries[i].key, key) == 0) return &store->entries[i];
    return NULL;
}

kv_status kv_set_bytes(kv_store *store, const char *key, const unsigned char *data, size_t length)
{
    if (key == NULL || key[0] == '\0') return KV_INVALID;
    struct entry *e = find(store, key);
    if (e == NULL)
    {
        if (store->count == KV_MAX) return KV_TOO_BIG;
        /* keep entries sorted by key */
        size_t at = 0;
        while (at < store->count && strcmp(store->entries[at].key, key) < 0) at++;
        memmove(&store->entries[at + 1], &store->entries[at], (store->count - at) * sizeof(struct entry));
        e = &store->entries[at];
        e->key = strdup(key);
        e->value = NULL;
        store->count++;
    }
    free(e->value);
    e->value = malloc(length + 1);
    memcpy(e->value, data, length);
    e->value[length] = 0;
    e->length = length;
    return KV_OK;
}

kv_status kv_set(kv_store *store, const char *key, const char *value)
{
    if (value == NULL) return KV_INVALID;
    kv_status status = kv_set_bytes(store, key, (const unsigned char *)value, strlen(value));
    if (status == KV_OK && store->listener) store->listener(store->listener_data, key);
    return status;
}

const char *kv_last_error(void) { return last_error; }
void kv_set_listener(kv_store *store, kv_listener_fn listener, void *user_data) { store->listener = listener; store->listener_data = user_data; }
void kv_clear_listener(kv_store *store) { store->listener = NULL; store->listener_data = NULL; }
int kv_is_empty(const kv_store *store) { return store->count == 0; }
kv_status kv_name_into(const kv_store *store, const char **pp_name) { *pp_name = store->name; return KV_OK; }

char *kv_get(kv_store *store, const char *key)
{
    struct entry *e = find(store, key);
    return e ? strdup((const char *)e->value) : NULL;
}

void kv_free_string(char *text) { free(text); }
const char *kv_name(const kv_store *store) { return store->name; }
size_t kv_count(const kv_store *store) { return store->count; }
bool kv_contains(kv_store *store, const char *key) { return find(store, key) != NULL; }

kv_status kv_count_prefix(kv_store *store, const char *prefix, size_t *out_count)
{
    if (prefix == NULL) return KV_INVALID;
    size_t n = 0, len = strlen(prefix);
    for (size_t i = 0; i < store->count; i++) if (strncmp(store->entries[i].key, prefix, len) == 0) n++;
    *out_count = n;
    return n ? KV_OK : KV_NOT_FOUND;
}

size_t kv_read_bytes(kv_store *store, const char *key, unsigned char *buffer, size_t capacity)
{
    struct entry *e = find(store, key);
    if (e == NULL) return 0;
    size_t n = e->length < capacity ? e->length : capacity;
    memcpy(buffer, e->value, n);
    return n;
}

size_t kv_fill_lengths(kv_store *store, int *values, size_t count)
{
    size_t n = store->count < count ? store->count : count;
    for (size_t i = 0; i < n; i++) values[i] = (int)store->entries[i].length;
    return n;
}

int kv_each(kv_store *store, kv_visit_fn visit, void *user_data)
{
    int calls = 0;
    for (size_t i = 0; i < store->count; i++)
    {
        calls++;
        if (visit(user_data, store->entries[i].key, (const char *)store->entries[i].value) != 0) break;
    }
    return calls;
}

const char *kv_status_message(kv_status status)
{
    switch (status)
    {
        case KV_OK: return "ok";
        case KV_NOT_FOUND: return "key not found";
        case KV_INVALID: return "invalid argument";
        case KV_TOO_BIG: return "store is full";
    }
    return "unknown status";
}

kv_blob *kv_blob_new(size_t size)
{
    kv_blob *b = calloc(1, sizeof *b);
    b->size = size;
    b->refs = 1;
    b->data = calloc(size ? size : 1, 1);
    live++;
    return b;
}

kv_blob *kv_blob_ref(kv_blob *blob) { blob->refs++; return blob; }

void kv_blob_unref(kv_blob *blob)
{
    if (blob == NULL || --blob->refs > 0) return;
    free(blob->data);
    free(blob);
    live--;
}

size_t kv_blob_size(const kv_blob *blob) { return blob->size; }
int kv_blob_refcount(const kv_blob *blob) { return blob->refs; }
int kv_live_objects(void) { return live; }

static int notes_destroyed;

void kv_set_note(kv_store *store, const char *text, kv_destructor destroy)
{
    if (store->note != NULL && store->note_destroy != NULL) { store->note_destroy((void *)store->note); notes_destroyed++; }
    if (destroy == KV_TRANSIENT) { text = text ? strdup(text) : NULL; destroy = free; }
    store->note = text;
    store->note_destroy = destroy;
}

char *kv_note(const kv_store *store) { return store->note ? strdup(store->note) : NULL; }

int kv_notes_destroyed(void) { return notes_destroyed; }

int kv_load(kv_store *store, const char *path)
{
    FILE *f = fopen(path, "r");
    if (f == NULL) return -1;
    char line[512];
    while (fgets(line, sizeof line, f))
    {
        char *eq = strchr(line, '=');
        if (eq == NULL) continue;
        *eq = '\0';
        line[strcspn(eq + 1, "\n") + (size_t)(eq + 1 - line)] = '\0';
        kv_set(store, line, eq + 1);
    }
    fclose(f);
    return 0;
}

kv_pair *kv_pair_new(const char *key, int number)
{
    kv_pair *p = malloc(sizeof *p);
    p->key = strdup(key);
    p->number = number;
    live++;
    return p;
}

void kv_pair_free(kv_pair *pair) { free(pair->key); free(pair); live--; }

size_t kv_count_in_range(const kv_store *store, const kv_range *range)
{
    size_t n = 0;
    for (size_t i = 0; i < store->count; i++) n += store->entries[i].length >= range->shortest && store->entries[i].length <= range->longest;
    return n;
}

void kv_widen_range(const kv_store *store, kv_range *range)
{
    for (size_t i = 0; i < store->count; i++)
    {
        if (store->entries[i].length < range->shortest) range->shortest = store->entries[i].length;
        if (store->entries[i].length > range->longest) range->longest = store->entries[i].length;
    }
}

kv_status kv_check(kv_store *store, const char *key, char **errmsg)
{
    if (find(store, key) != NULL) { *errmsg = NULL; return KV_OK; }
    const char *prefix = "no such key: ";
    *errmsg = malloc(strlen(prefix) + strlen(key) + 1);
    strcpy(*errmsg, prefix);
    strcat(*errmsg, key);
    return KV_NOT_FOUND;
}

kv_status kv_set_first(kv_store *store, const char *text, const char **tail)
{
    const char *eq = strchr(text, '='), *end = eq ? strchr(eq, ';') : NULL;
    if (eq == NULL || end == NULL) { *tail = text; return KV_INVALID; }
    char *key = strndup(text, (size_t)(eq - text)), *value = strndup(eq + 1, (size_t)(end - eq - 1));
    kv_status status = kv_set(store, key, value);
    free(key);
    free(value);
    *tail = end + 1;
    return status;
}

size_t kv_length(const kv_store *store, const char *key)
{
    struct entry *e = find((kv_store *)store, key);
    return e ? e->length : 0;
}

void kv_set_label(kv_store *store, const char *label) { store->label = label; }

const char *kv_label(const kv_store *store) { return store->label; }
