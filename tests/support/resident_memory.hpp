// The process's resident memory, for benchmarks and the soak tool. Linux (/proc) only.
#pragma once

#include <unistd.h>

#include <fstream>

namespace nownext::testing {

// Resident set size in KiB, from /proc/self/statm; 0 when it cannot be read.
inline long resident_kib() {
  std::ifstream statm("/proc/self/statm");
  long pages_total = 0;
  long pages_resident = 0;
  statm >> pages_total >> pages_resident;
  return pages_resident * (::sysconf(_SC_PAGESIZE) / 1024);
}

}  // namespace nownext::testing
