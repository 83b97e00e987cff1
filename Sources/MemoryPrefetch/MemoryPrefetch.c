// The module's one function is defined inline in its header; SwiftPM needs a source file.
#include "MemoryPrefetch.h"
