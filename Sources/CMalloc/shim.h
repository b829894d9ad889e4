// glibc's allocator tuning (mallopt); part of the C library, nothing to install.
#if defined(__linux__)
#include <malloc.h>
#endif
