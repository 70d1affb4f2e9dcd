// Building an AgendaData from a foreign format (see agenda_builder.hpp).
#include "import/agenda_builder.hpp"

#include "core/agenda_check.hpp"
#include "core/utf8.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace nownext::import {
namespace {

bool is_id_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '_' || c == ':' ||
         c == '-';
}

std::string lower_ascii(std::string_view text) {
  std::string out{text};
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The character an entity such as "amp", "#233" or "#xE9" names, or nothing.
std::optional<std::string> decode_entity(std::string_view name) {
  static constexpr std::array named{
      std::pair{std::string_view{"amp"}, std::string_view{"&"}},
      std::pair{std::string_view{"lt"}, std::string_view{"<"}},
      std::pair{std::string_view{"gt"}, std::string_view{">"}},
      std::pair{std::string_view{"quot"}, std::string_view{"\""}},
      std::pair{std::string_view{"apos"}, std::string_view{"'"}},
      std::pair{std::string_view{"nbsp"}, std::string_view{"\u00A0"}},
      std::pair{std::string_view{"ndash"}, std::string_view{"\u2013"}},
      std::pair{std::string_view{"mdash"}, std::string_view{"\u2014"}},
      std::pair{std::string_view{"hellip"}, std::string_view{"\u2026"}},
      std::pair{std::string_view{"rsquo"}, std::string_view{"\u2019"}},
      std::pair{std::string_view{"lsquo"}, std::string_view{"\u2018"}},
      std::pair{std::string_view{"ldquo"}, std::string_view{"\u201C"}},
      std::pair{std::string_view{"rdquo"}, std::string_view{"\u201D"}},
  };
  for (const auto& [key, value] : named) {
    if (key == name) return std::string{value};
  }
  if (name.size() < 2 || name[0] != '#') return std::nullopt;
  const bool hex = name[1] == 'x' || name[1] == 'X';
  const std::string digits{name.substr(hex ? 2 : 1)};
  if (digits.empty() || digits.size() > 7) return std::nullopt;
  char32_t code = 0;
  for (const char c : digits) {
    const int digit = std::isdigit(static_cast<unsigned char>(c)) != 0 ? c - '0'
                      : hex && std::isxdigit(static_cast<unsigned char>(c)) != 0
                          ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                          : -1;
    if (digit < 0) return std::nullopt;
    code = code * (hex ? 16 : 10) + static_cast<char32_t>(digit);
  }
  if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return std::nullopt;
  std::string out;
  core::append_utf8(out, code);
  return out;
}

// Whether the tag starting at text[pos] ('<') ends a line: <br>, </p>, </li>, </div>, <hN>.
bool tag_breaks_line(std::string_view tag) {
  const std::string name = lower_ascii(tag.substr(0, std::min<std::size_t>(tag.size(), 4)));
  return name.starts_with("br") || name.starts_with("/p") || name.starts_with("/li") ||
         name.starts_with("/div") || name.starts_with("/h") || name.starts_with("li");
}

bool valid_utf8(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const std::size_t before = pos;
    if (core::next_code_point(text, pos) == U'\uFFFD' && text.substr(before, 3) != "\xEF\xBF\xBD") {
      return false;
    }
  }
  return true;
}

// Each byte that does not belong to a UTF-8 sequence replaced by U+FFFD.
std::string repaired_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();)
    core::append_utf8(out, core::next_code_point(text, pos));
  return out;
}

}  // namespace

// The ASCII letter a Latin-1 letter with a diacritic is written with in ids ("é" -> 'e'), or 0.
char ascii_base(char32_t c) {
  // U+00C0 to U+00FF; '?' where there is no single-letter base (×, ÷, Æ, Þ, ...).
  static constexpr std::string_view bases =
      "AAAAAA?CEEEEIIIIDNOOOOO?OUUUUY?saaaaaa?ceeeeiiiidnooooo?ouuuuy?y";
  if (c < 0xC0 || c > 0xFF) return 0;
  const char base = bases[c - 0xC0];
  return base == '?' ? 0 : base;
}

std::string make_id(std::string_view text) {
  std::string id;
  id.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t code = core::next_code_point(text, pos);
    const char c = code < 0x80 ? static_cast<char>(code) : ascii_base(code);
    if (c != 0 && is_id_char(c) && c != '-') {
      id += c;
    } else if (!id.empty() && id.back() != '-') {
      id += '-';  // a run of separators, hyphens included, is one hyphen
    }
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  if (id.size() > 128) id.resize(128);
  return id;
}

namespace {

// The position of the first of `<`, `&`, CR (and LF when `with_lf`) at or after `from`, or
// npos. A plain loop: string_view::find_first_of calls memchr once per character.
std::size_t find_markup(std::string_view text, std::size_t from, bool with_lf) {
  for (std::size_t i = from; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '<' || c == '&' || c == '\r' || (with_lf && c == '\n')) return i;
  }
  return std::string_view::npos;
}

// Tags removed, entities decoded, CR LF and CR made LF. Runs of ordinary text are copied
// whole: abstracts are most of an export's bytes.
std::string decode_markup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto special = find_markup(text, i, false);
    out.append(text.substr(i, special == std::string_view::npos ? special : special - i));
    if (special == std::string_view::npos) break;
    i = special;
    const char c = text[i];
    if (c == '<') {
      const auto close = text.find('>', i + 1);
      const auto tag = text.substr(i + 1, close == std::string_view::npos ? 0 : close - i - 1);
      // Only what looks like a tag is a tag: "a < b" stays.
      if (close != std::string_view::npos && !tag.empty() &&
          (std::isalpha(static_cast<unsigned char>(tag[0])) != 0 || tag[0] == '/' ||
           tag[0] == '!')) {
        if (tag_breaks_line(tag)) out += '\n';
        i = close;
        continue;
      }
    } else if (c == '&') {
      const auto semicolon = text.find(';', i + 1);
      if (semicolon != std::string_view::npos && semicolon - i <= 10) {
        if (auto decoded = decode_entity(text.substr(i + 1, semicolon - i - 1))) {
          out += *decoded;
          i = semicolon;
          continue;
        }
      }
    } else {  // '\r'
      if (i + 1 < text.size() && text[i + 1] == '\n') continue;
      out += '\n';
      continue;
    }
    out += c;
  }
  return out;
}

// Trailing blanks of each line and more than one empty line in a row removed; leading blank
// lines too. Line by line, each appended whole.
std::string squeeze_lines(std::string_view text) {
  std::string squeezed;
  squeezed.reserve(text.size());
  int empty_lines = 0;
  for (std::size_t start = 0; start <= text.size();) {
    const auto end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    const auto last = line.find_last_not_of(" \t");
    line = last == std::string_view::npos ? std::string_view{} : line.substr(0, last + 1);
    if (line.empty()) {
      ++empty_lines;
    } else {
      if (!squeezed.empty()) squeezed.append(empty_lines > 0 ? "\n\n" : "\n");
      squeezed.append(line);
      empty_lines = 0;
    }
    start = end + 1;
  }
  return squeezed;
}

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\n");
  return text.substr(first, last - first + 1);
}

}  // namespace

std::string plain_text(std::string_view text) {
  // Most titles and names have nothing to decode or squeeze: a trimmed copy.
  const auto first = find_markup(text, 0, true);
  if (first == std::string_view::npos) return std::string{trimmed(text)};
  // Lines but no markup (most abstracts): squeezed without a decoding copy.
  if (find_markup(text, first, false) == std::string_view::npos)
    return std::string{trimmed(squeeze_lines(text))};
  const std::string decoded = decode_markup(text);
  if (decoded.find('\n') == std::string::npos) return std::string{trimmed(decoded)};
  return std::string{trimmed(squeeze_lines(decoded))};
}

std::optional<core::SessionKind> kind_from_words(std::string_view words) {
  using core::SessionKind;
  static constexpr std::array table{
      std::pair{std::string_view{"coffee break"}, SessionKind::break_time},
      std::pair{std::string_view{"pause"}, SessionKind::break_time},
      std::pair{std::string_view{"break"}, SessionKind::break_time},
      std::pair{std::string_view{"déjeuner"}, SessionKind::meal},
      std::pair{std::string_view{"lunch"}, SessionKind::meal},
      std::pair{std::string_view{"dinner"}, SessionKind::meal},
      std::pair{std::string_view{"dîner"}, SessionKind::meal},
      std::pair{std::string_view{"buffet"}, SessionKind::meal},
      std::pair{std::string_view{"keynote"}, SessionKind::keynote},
      std::pair{std::string_view{"workshop"}, SessionKind::workshop},
      std::pair{std::string_view{"atelier"}, SessionKind::workshop},
      std::pair{std::string_view{"hands-on"}, SessionKind::workshop},
      std::pair{std::string_view{"panel"}, SessionKind::panel},
      std::pair{std::string_view{"table ronde"}, SessionKind::panel},
      std::pair{std::string_view{"opening"}, SessionKind::opening},
      std::pair{std::string_view{"ouverture"}, SessionKind::opening},
      std::pair{std::string_view{"closing"}, SessionKind::closing},
      std::pair{std::string_view{"clôture"}, SessionKind::closing},
      std::pair{std::string_view{"registration"}, SessionKind::registration},
      std::pair{std::string_view{"accueil"}, SessionKind::registration},
  };
  const std::string lower = lower_ascii(plain_text(words));
  // Only short texts name a kind: "Breaking the web" is a talk, "Pause café" a break.
  if (std::count(lower.begin(), lower.end(), ' ') > 3) return std::nullopt;
  for (const auto& [word, kind] : table) {
    if (lower.starts_with(word) &&
        (lower.size() == word.size() ||
         std::isalnum(static_cast<unsigned char>(lower[word.size()])) == 0)) {
      return kind;
    }
  }
  return std::nullopt;
}

void AgendaBuilder::warning(std::string where, std::string what) {
  if (warnings_.size() < limits_.max_errors)
    warnings_.push_back({std::move(where), std::move(what)});
}

void AgendaBuilder::error(std::string what) {
  errors_.push_back({"", std::move(what)});
}

std::string AgendaBuilder::unique_id(std::string id, std::string_view fallback) {
  if (id.empty()) id = fallback;
  std::string unique = id;
  for (int n = 2; !used_ids_.insert(unique).second; ++n) {
    unique = id.substr(0, 120) + "-" + std::to_string(n);
  }
  return unique;
}

core::RoomIndex AgendaBuilder::room(std::string_view id, std::string_view name) {
  const auto found = rooms_.find(id);
  if (found != rooms_.end()) return found->second;
  // Two source ids may make the same id ("Amphithéâtre" and "Amphithéatre"): each keeps its own.
  std::string key = unique_id(make_id(id), "room");
  const auto index = static_cast<core::RoomIndex>(data_.rooms.size());
  data_.rooms.push_back(core::Room{key, short_text(name.empty() ? id : name, "room " + key)});
  rooms_.emplace(std::string{id}, index);
  return index;
}

core::PersonIndex AgendaBuilder::person(std::string_view id, std::string_view name,
                                        std::string_view role) {
  const auto found = people_.find(id);
  if (found != people_.end()) return found->second;
  std::string key = make_id(id);
  if (key.empty()) key = make_id(name);
  key = unique_id(std::move(key), "person");
  const auto index = static_cast<core::PersonIndex>(data_.people.size());
  const std::string where = "person " + key;
  data_.people.push_back(core::Person{key, short_text(name, where), short_text(role, where)});
  people_.emplace(std::string{id}, index);
  return index;
}

bool fits_size_limit(std::string_view bytes, const core::FeedLimits& limits,
                     core::Diagnostics& errors) {
  if (bytes.size() <= limits.max_bytes) return true;
  errors.push_back({"", "the feed is " + std::to_string(bytes.size()) + " bytes; at most " +
                            std::to_string(limits.max_bytes) + " are allowed"});
  return false;
}

core::Text AgendaBuilder::bounded(std::string_view text, std::size_t max_bytes,
                                  const std::string& where) {
  std::string plain = plain_text(text);
  if (plain.empty()) return core::Text{};
  if (!valid_utf8(plain)) {
    warning(where, "a text that is not UTF-8; its bad bytes are shown as \uFFFD");
    plain = repaired_utf8(plain);
  }
  if (plain.size() > max_bytes) {
    warning(where, "a text of " + std::to_string(plain.size()) + " bytes cut to " +
                       std::to_string(max_bytes));
    plain = std::string{core::utf8_prefix(plain, max_bytes - 3)} + "\u2026";
  }
  return core::Text{std::move(plain)};
}

core::Text AgendaBuilder::short_text(std::string_view text, const std::string& where) {
  return bounded(text, limits_.max_short_text_bytes, where);
}

core::Text AgendaBuilder::long_text(std::string_view text, const std::string& where) {
  return bounded(text, limits_.max_long_text_bytes, where);
}

void AgendaBuilder::count_language(std::string_view code) {
  const std::string lower = lower_ascii(code);
  if (lower.size() < 2 || lower.size() > 3 ||
      !std::all_of(lower.begin(), lower.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return;
  }
  ++languages_[lower];
}

void AgendaBuilder::add_session(core::Session session, std::string where) {
  std::string id = make_id(session.id);
  if (id.empty()) id = "session-" + std::to_string(data_.sessions.size() + 1);
  auto& uses = session_ids_[id];
  if (++uses > 1) {
    const std::string renamed = id.substr(0, 120) + "-" + std::to_string(uses);
    warning(where, "id '" + id + "' used before; this one is '" + renamed + "'");
    id = renamed;
    ++session_ids_[id];
  }
  session.id = std::move(id);
  data_.sessions.push_back(std::move(session));
  data_.session_origins.push_back(std::move(where));
}

core::FeedResult AgendaBuilder::finish() {
  if (!errors_.empty()) {
    core::FeedResult result;
    result.errors = std::move(errors_);
    result.warnings = std::move(warnings_);
    return result;
  }
  std::vector<std::pair<std::string, int>> counted(languages_.begin(), languages_.end());
  std::stable_sort(counted.begin(), counted.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (data_.event.languages.empty()) {
    for (auto& [code, count] : counted) data_.event.languages.push_back(code);
  }
  return core::validate_agenda(std::move(data_), limits_, std::move(warnings_));
}

}  // namespace nownext::import
