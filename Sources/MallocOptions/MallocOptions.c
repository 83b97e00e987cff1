// The module is its header alone; SwiftPM needs a source file.
#include "MallocOptions.h"
