// bindgen: --namespace VlaParams --library vlaparams
/* Variable-length array parameters decay to pointers, as buf[] does (brotli's BrotliEncoderCompress takes
   const uint8_t input_buffer[input_size]). */
#include <stddef.h>
#include <stdint.h>

int vla_sum(int count, const int values[count]);
void vla_fill(size_t size, uint8_t buffer[size], uint8_t value);
int vla_static(int count, const int values[static count]);
