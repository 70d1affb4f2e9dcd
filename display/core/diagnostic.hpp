// A message about a place in the input: "sessions[12].end: must be after start".
// Plain data, shared by the feed parser and, later, layout and configuration checks.
#pragma once

#include <string>
#include <vector>

namespace nownext::core {

struct Diagnostic {
  std::string where;  // a path into the document, e.g. "sessions[12].end"; empty for the whole
  std::string what;   // the reason, a sentence fragment without a trailing period

  [[nodiscard]] std::string to_string() const { return where.empty() ? what : where + ": " + what; }
  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

using Diagnostics = std::vector<Diagnostic>;

}  // namespace nownext::core
