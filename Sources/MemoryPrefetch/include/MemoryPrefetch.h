// Asks the processor to fetch a cache line ahead of its use, without waiting for it.
//
// Swift has no way to emit a prefetch instruction. A plain load serves as one only in part:
// until a load that misses the cache completes, no instruction after it can retire, so a loop
// that "reads ahead" with loads holds two or three misses in flight, not the sixteen it asks
// for. This header is imported into Swift and inlined there.
#ifndef MEMORY_PREFETCH_H
#define MEMORY_PREFETCH_H

/// Starts fetching the cache line holding `address` for reading; never faults, even for an
/// address outside the process's memory.
static inline void memory_prefetch(const void *address) {
  __builtin_prefetch(address, 0, 3);
}

#endif
