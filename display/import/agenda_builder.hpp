// Building an AgendaData from a foreign format: stable ids, plain texts within the feed's
// limits, rooms and people found or added by id, and one warning per item repaired or left out.
// Pure, like core: importers hand it strings, it hands back a validated FeedResult.
#pragma once

#include "core/agenda.hpp"
#include "core/feed_parser.hpp"

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace nownext::import {

// `text` as an id of the nownext/1 format ([A-Za-z0-9._:-], at most 128 bytes): other
// Latin letters with diacritics lose them ("Amphithéâtre" -> "Amphitheatre"), other
// characters become '-', and runs of them (hyphens included) one. Empty when nothing is left.
[[nodiscard]] std::string make_id(std::string_view text);

// Plain text for a screen: HTML tags removed (<br> and </p> become line breaks), character
// entities decoded, CR LF and lone CR made LF, blank runs of lines squeezed, ends trimmed.
[[nodiscard]] std::string plain_text(std::string_view text);

// The session kind that the words of a type, category or title name, if any: "Pause",
// "Coffee break" -> break, "Déjeuner", "Lunch" -> meal, "Keynote", "Workshop", ...
[[nodiscard]] std::optional<core::SessionKind> kind_from_words(std::string_view words);

// True when `bytes` are within the feed's size limit; otherwise an error saying so.
[[nodiscard]] bool fits_size_limit(std::string_view bytes, const core::FeedLimits& limits,
                                   core::Diagnostics& errors);

class AgendaBuilder {
 public:
  // `format` names the source format in the agenda ("frab-json"), as nownext/1 feeds do.
  AgendaBuilder(const core::FeedLimits& limits, std::string format) : limits_(limits) {
    data_.format = std::move(format);
  }

  [[nodiscard]] core::AgendaData& data() { return data_; }
  [[nodiscard]] const core::FeedLimits& limits() const { return limits_; }
  void warning(std::string where, std::string what);
  void error(std::string what);  // the whole feed is unusable
  [[nodiscard]] bool failed() const { return !errors_.empty(); }

  // The room with this stable source id, added with `name` the first time under an id made of
  // it (unique among rooms and people).
  core::RoomIndex room(std::string_view id, std::string_view name);
  // The person with this source id, added with `name` and `role` the first time (as rooms).
  core::PersonIndex person(std::string_view id, std::string_view name, std::string_view role = {});
  // Texts cut to the feed's limits at a character boundary, with a warning naming `where`.
  core::Text short_text(std::string_view text, const std::string& where);
  core::Text long_text(std::string_view text, const std::string& where);
  // A languages seen on sessions, counted: the most frequent becomes the event's first.
  void count_language(std::string_view code);

  // Adds a session from `where` ("event 10386 (day 1, Curie)"). Its id is made an id; an id
  // already used gets "-2", "-3", ... with a warning (exports reuse guids).
  void add_session(core::Session session, std::string where);

  // The event's languages set, the AgendaData validated (core::validate_agenda).
  [[nodiscard]] core::FeedResult finish();

 private:
  core::Text bounded(std::string_view text, std::size_t max_bytes, const std::string& where);
  // `id`, or `fallback` when empty, with "-2", "-3", ... when a room or person has it already.
  std::string unique_id(std::string id, std::string_view fallback);

  const core::FeedLimits& limits_;
  core::AgendaData data_;
  core::Diagnostics warnings_;
  core::Diagnostics errors_;
  std::map<std::string, core::RoomIndex, std::less<>> rooms_;     // by the source's id
  std::map<std::string, core::PersonIndex, std::less<>> people_;  // by the source's id
  std::set<std::string, std::less<>> used_ids_;                   // of rooms and people
  std::map<std::string, int, std::less<>> session_ids_;
  std::map<std::string, int, std::less<>> languages_;
};

}  // namespace nownext::import
