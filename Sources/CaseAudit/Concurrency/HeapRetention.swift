#if canImport(Glibc)
  import MallocOptions
#endif

/// How a command that runs once and exits asks the C allocator to keep the memory it frees.
///
/// By default glibc gives every block of more than a few megabytes its own mapping and returns
/// it to the system when freed, and keeps one heap per thread. An import frees and allocates
/// such blocks all the time (each file's bytes, each chunk's columns, the sort's scratch), so
/// the system hands out fresh pages again and again, and each first touch of a page is a fault
/// that zeroes it: at 100,000 children a third of `data check`'s CPU time went to faults.
/// Kept, freed memory is reused without faulting. A server must not ask this: it would never
/// give back memory it needed once.
public enum HeapRetention {
  /// Keeps freed memory for reuse until the process exits: no block gets a mapping of its own,
  /// the heap is never trimmed, and every thread allocates from one heap (so memory one thread
  /// frees is there for the other). Call before any thread starts; true when the allocator
  /// took every setting (always false where the allocator is not glibc's).
  @discardableResult
  public static func keepFreedMemory() -> Bool {
    #if canImport(Glibc)
      // mallopt returns 1 when it takes a setting.
      let settings: [(Int32, Int32)] = [
        (M_MMAP_MAX, 0), (M_TRIM_THRESHOLD, Int32.max), (M_ARENA_MAX, 1),
      ]
      return settings.allSatisfy { mallopt($0.0, $0.1) == 1 }
    #else
      return false
    #endif
  }
}
