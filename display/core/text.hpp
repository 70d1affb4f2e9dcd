// Human-readable text that may come in several languages ("fr", "en", "ar", "zh", ...).
// Pure value type; no I/O.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nownext::core {

// One text in one or more languages. A plain string from the feed is stored under the empty
// language code, which means "the event's language".
class Text {
 public:
  using Variant = std::pair<std::string, std::string>;  // language code, text

  Text() = default;
  explicit Text(std::string plain);
  // Variants keep the order given; language codes must be unique.
  explicit Text(std::vector<Variant> variants);

  [[nodiscard]] bool empty() const { return variants_.empty(); }
  [[nodiscard]] const std::vector<Variant>& variants() const { return variants_; }

  // The text in the first of `languages` that it has; failing that, the untagged text; failing
  // that, the first variant. Empty only when the text is empty.
  [[nodiscard]] std::string_view in(std::span<const std::string> languages) const;
  // The same with one preferred language.
  [[nodiscard]] std::string_view in(std::string_view language) const;
  // The text in no particular language: the untagged one or the first variant.
  [[nodiscard]] std::string_view any() const;

  friend bool operator==(const Text&, const Text&) = default;

 private:
  std::vector<Variant> variants_;
};

}  // namespace nownext::core
