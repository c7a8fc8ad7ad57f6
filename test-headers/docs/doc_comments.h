// bindgen: --namespace DocComments --library docs

/**
 * \brief Opens a stream.
 *
 * Details with <angle brackets> & ampersands; see \c stream_close().
 * @param[in] path  File to open,
 *                  relative to the working directory.
 * @param flags Bit mask of \p mode values.
 * @param missing Not a parameter of this function.
 * @return A stream, or NULL when
 *         the file cannot be opened.
 * @note Not thread-safe.
 */
struct stream *stream_open(const char *path, int flags);

/// Closes a stream.
/// @param s The stream.
void stream_close(struct stream *s);

/** @retval 0 success @retval -1 failure */
int stream_flush(struct stream *s, int mode, int string);

//! Bytes read so far.
extern long bytes_read;

/** A buffer. */
struct buffer {
    int size; ///< Size in bytes, < 4096.
    /** Data (owned). */
    char *data;
};

/**
 * Modes.
 */
enum mode {
    MODE_READ = 1,  /**< Read access. */
    MODE_WRITE = 2, ///< Write access.
};
