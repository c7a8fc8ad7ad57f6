// bindgen: --namespace DocComments --library docs

/**
 * Frees a buffer.
 * @param buf The buffer to free, or
 * @c NULL. Nothing happens then.
 * @param size Its size in bytes, or
 * @c 0 for the whole buffer.
 * @returns The bytes freed, or
 * @c NULL. on failure; see @p buf.
 */
int buffer_free(void *buf, int size);
