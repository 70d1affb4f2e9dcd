// The interface languages a data folder offers (one layouts/strings/<code>.json each) and the
// check, shared by every command, that a chosen language is one of them.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace nownext::app {

// The language codes of data/layouts/strings/*.json, sorted ("ar", "en", "es", ...).
[[nodiscard]] std::vector<std::string> available_languages(const std::filesystem::path& data);

// Throws std::runtime_error when `language` has no strings file in `data`, naming it and listing
// the available ones: "unknown language 'de'; languages: ar, en, es, fr, ru, zh".
void require_language(const std::filesystem::path& data, const std::string& language);

}  // namespace nownext::app
