// The interface languages a data folder offers (one layouts/strings/<code>.json each), the
// check, shared by every command, that a chosen language is one of them, and whose digits a
// screen writes.
#pragma once

#include "core/agenda.hpp"
#include "core/ui_strings.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nownext::app {

// The language codes of data/layouts/strings/*.json, sorted ("ar", "en", "es", ...).
[[nodiscard]] std::vector<std::string> available_languages(const std::filesystem::path& data);

// Throws std::runtime_error when `language` has no strings file in `data`, naming it and listing
// the available ones: "unknown language 'de'; languages: ar, en, es, fr, ru, zh".
void require_language(const std::filesystem::path& data, const std::string& language);

// The words with the digits chosen for this screen: the configuration's when it names them, else
// the feed's (its event's `digits`), else the strings file's own.
[[nodiscard]] core::UiStrings with_chosen_digits(const core::UiStrings& strings,
                                                 const core::Agenda* agenda,
                                                 std::optional<core::Digits> configured = {});

}  // namespace nownext::app
