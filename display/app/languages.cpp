// Which interface languages exist: the strings files of a data folder.
#include "app/languages.hpp"

#include <algorithm>
#include <stdexcept>
#include <system_error>

namespace nownext::app {

std::vector<std::string> available_languages(const std::filesystem::path& data) {
  std::vector<std::string> codes;
  std::error_code error;
  for (const auto& entry :
       std::filesystem::directory_iterator(data / "layouts" / "strings", error)) {
    if (entry.path().extension() == ".json") codes.push_back(entry.path().stem().string());
  }
  std::sort(codes.begin(), codes.end());
  return codes;
}

void require_language(const std::filesystem::path& data, const std::string& language) {
  const std::vector<std::string> codes = available_languages(data);
  if (std::find(codes.begin(), codes.end(), language) != codes.end()) return;
  std::string list;
  for (const std::string& code : codes) list += (list.empty() ? "" : ", ") + code;
  if (list.empty()) list = "none in " + (data / "layouts" / "strings").string();
  throw std::runtime_error("unknown language '" + language + "'; languages: " + list);
}

core::UiStrings with_chosen_digits(const core::UiStrings& strings, const core::Agenda* agenda,
                                   std::optional<core::Digits> configured) {
  if (!configured && agenda != nullptr) configured = agenda->event().digits;
  return configured ? strings.with_digits(*configured) : strings;
}

}  // namespace nownext::app
