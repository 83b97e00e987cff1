// glibc's `mallopt` and its settings, which Swift's Glibc module leaves out (they are in
// <malloc.h>, not a standard header). Imported into Swift by `HeapRetention`.
#ifndef MALLOC_OPTIONS_H
#define MALLOC_OPTIONS_H

#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif

#endif
