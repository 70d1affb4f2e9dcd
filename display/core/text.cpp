// Language selection for multilingual text.
#include "core/text.hpp"

#include <algorithm>

namespace nownext::core {

Text::Text(std::string plain) {
  variants_.emplace_back(std::string{}, std::move(plain));
}

Text::Text(std::vector<Variant> variants) : variants_(std::move(variants)) {}

std::string_view Text::in(std::span<const std::string> languages) const {
  for (const auto& language : languages) {
    const auto found = std::find_if(variants_.begin(), variants_.end(),
                                    [&](const Variant& v) { return v.first == language; });
    if (found != variants_.end()) {
      return found->second;
    }
  }
  return any();
}

std::string_view Text::in(std::string_view language) const {
  const std::string wanted{language};
  return in(std::span<const std::string>{&wanted, 1});
}

std::string_view Text::any() const {
  if (variants_.empty()) {
    return {};
  }
  const auto untagged = std::find_if(variants_.begin(), variants_.end(),
                                     [](const Variant& v) { return v.first.empty(); });
  return untagged != variants_.end() ? untagged->second : variants_.front().second;
}

}  // namespace nownext::core
