// Checks for values that come from outside and that the readers must not take as they are:
// display text with control characters, time zone names, numeric option values. Pure; the
// readers call them and turn a finding into a warning or an error with its place.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace nownext::core {

struct CleanText {
  std::string text;
  std::size_t removed = 0;  // control characters taken out or replaced
};

// `text` as a screen may draw it: a tab, line feed or carriage return becomes a space, any
// other C0 control, DEL or C1 control is removed (fonts draw them as boxes). Malformed UTF-8
// is left as it is (the JSON reader refuses it before).
[[nodiscard]] CleanText without_control_characters(std::string_view text);
// Whether `text` holds a control character other than a tab, line feed or carriage return: a
// C0 control, DEL or a C1 control (UTF-8 C2 80 to C2 9F).
[[nodiscard]] bool has_control_characters(std::string_view text);

// True for a name of the IANA time zone database that names a place or UTC ("Europe/Zurich",
// "America/Argentina/Buenos_Aires", "UTC", "Etc/GMT+2"): not "localtime", "posixrules",
// "Factory", nor the "posix/" and "right/" copies, which exist as files on many systems but
// would make screens follow the machine or leap-second clocks.
[[nodiscard]] bool is_iana_zone_name(std::string_view name);

// Nullopt when `value` is a finite number within [min, max]; else the reason, e.g.
// "--speed must be a number from 0.1 to 3600, not nan".
[[nodiscard]] std::optional<std::string> out_of_range(std::string_view name, double value,
                                                      double min, double max);

}  // namespace nownext::core
