// Nothing lost on screen, with the real fonts: every text box of the screens that lost names,
// countdowns and roles (small door panels, names in Arabic and Chinese script, emoji) is fitted
// to at least one line, and every character has a glyph in its role's font chain.
#include "core/screen.hpp"
#include "core/screen_lists.hpp"
#include "core/screen_parts.hpp"
#include "core/text_fit.hpp"
#include "core/utf8.hpp"
#include "render_env.hpp"
#include "support/screen_fixture.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <utility>

using namespace nownext;
using nownext::testing::ScreenFixture;

namespace {

bool needs_no_glyph(char32_t c) {
  return c == U' ' || c == U'\n' || c == 0x00A0 || c == 0x202F || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0xFE00 && c <= 0xFE0F);
}

// Checks every text box of the frame of `room` at `at`, on every page of every playlist entry.
void check_screen(testing::RenderEnv& env, ScreenFixture& f, core::RoomIndex room,
                  const std::string& at_local) {
  f.context.measurer = &env.shaper;  // laid out with the fonts it is fitted with, as a kiosk does
  const core::Instant at = f.at(at_local);
  for (std::size_t entry = 0; entry < f.layout.playlist.size(); ++entry) {
    if (!core::page_has_content(f.context, room, at, entry)) continue;
    for (int page = 0; page < core::sub_pages(f.context, room, at, entry); ++page) {
      const core::Frame frame = core::build_screen(f.context, room, at, {entry, page});
      for (const core::Element& element : frame.elements) {
        const auto* box = std::get_if<core::TextBox>(&element);
        if (box == nullptr) continue;
        CAPTURE(at_local);
        CAPTURE(frame.width_px);
        CAPTURE(frame.height_px);
        CAPTURE(box->text);
        const core::FittedText fitted = core::fit_text(*box, env.shaper);
        REQUIRE_FALSE(fitted.lines.empty());
        CHECK(fitted.size_px >= box->min_size_px);
        if (box->names) CHECK_FALSE(fitted.cut);  // a name cut with "…" is a name lost
        for (std::size_t pos = 0; pos < box->text.size();) {
          const char32_t c = core::next_code_point(box->text, pos);
          if (needs_no_glyph(c)) continue;
          bool provided = false;
          for (std::size_t face = 0; face < env.fonts.chain_length(box->role); ++face) {
            provided = provided || env.fonts.provides(box->role, face, c, box->min_size_px);
          }
          CAPTURE(static_cast<unsigned>(c));
          CHECK(provided);
        }
      }
    }
  }
}

// The screen of `f` with `words` (one language, or a pair: UiStrings::paired_with), laid out
// with the fonts it is fitted with. `f`, `words` and `measurer` must outlive it.
core::ScreenContext paired_context(const ScreenFixture& f, const core::UiStrings& words,
                                   core::TextMeasurer& measurer) {
  return core::ScreenContext{f.schedule,
                             f.layout,
                             f.theme,
                             words,
                             f.context.languages,
                             f.context.width_px,
                             f.context.height_px,
                             {},
                             "",
                             {},
                             {},
                             "",
                             &measurer};
}

ScreenFixture field_screen(const std::string& file, const std::string& layout, int w, int h) {
  return ScreenFixture{testing::read_test_file(testing::source_path("tests/data/field/" + file)),
                       layout, w, h, "en"};
}

}  // namespace

TEST_SUITE("nothing lost on screen") {
  TEST_CASE("a door paired Arabic and French dates its header in both languages") {
    testing::RenderEnv env;
    testing::ScreenFixture door{
        testing::read_test_file(testing::source_path("tests/data/bilingual/arabic-door.json")),
        "room-door-landscape", 1920, 1080, "ar"};
    const core::UiStrings words = door.strings.paired_with(testing::load_strings("fr"));
    const core::ScreenContext context = paired_context(door, words, env.shaper);
    const core::Frame frame = core::build_screen(context, 0, door.at("2030-03-12T11:35"), {});
    int dates = 0;
    for (const core::Element& element : frame.elements) {
      const auto* box = std::get_if<core::TextBox>(&element);
      if (box == nullptr) continue;
      CAPTURE(box->text);
      if (box->text.find("mars 2030") != std::string::npos ||
          box->text.find("مارس 2030") != std::string::npos) {
        ++dates;
        CHECK_FALSE(core::fit_text(*box, env.shaper).cut);
      }
    }
    CHECK(dates == 2);
  }

  TEST_CASE("a next card too small for people's rows says who moderates, and shows every name") {
    testing::RenderEnv env;
    auto idm = testing::idm_screen("room-door-landscape", 1920, 1080, "en");
    idm->context.measurer = &env.shaper;
    const core::Frame frame = core::build_screen(idm->context, 0, idm->at("2017-07-18T19:30"), {});
    bool found = false;
    for (const core::Element& element : frame.elements) {
      const auto* box = std::get_if<core::TextBox>(&element);
      if (box == nullptr || box->text.find("Klein") == std::string::npos) continue;
      found = true;
      CAPTURE(box->text);
      CHECK(box->text.starts_with("Moderator: Anastasia\u00A0Crickley · Speakers: "));
      CHECK_FALSE(core::fit_text(*box, env.shaper).cut);
    }
    CHECK(found);
  }

  TEST_CASE("a day overview shows each session of its day or counts it, alone and paired") {
    // Paired French and English, the day overview once listed three of the next day's eight
    // sessions, above an empty quarter of the screen, and said nothing of the other five.
    testing::RenderEnv env;
    for (const auto& [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}, std::pair{800, 480}}) {
      for (const bool paired : {false, true}) {
        auto idm = testing::idm_screen("day-overview", w, h, "en");
        const core::UiStrings words = idm->strings.paired_with(testing::load_strings("fr"));
        const core::ScreenContext context =
            paired_context(*idm, paired ? words : idm->strings, env.shaper);
        for (const char* at_local : {"2017-07-18T09:30", "2017-07-18T18:10", "2017-07-19T16:10"}) {
          const core::Instant at = idm->at(at_local);
          const auto listed = core::screen::day_sessions(context, 0, at);
          const core::Frame frame = core::build_screen(context, 0, at, {});
          // A row is its times box ("10:00 – 11:30"); the sessions left off are counted on a
          // last line ("and 4 more sessions").
          int rows = 0;
          int counted = 0;
          for (const std::string& text : testing::texts_of(frame)) {
            if (text.size() > 8 && text[2] == ':' && text.find(" – ") == 5) ++rows;
            if (const auto more = text.find(" more session"); more != std::string::npos) {
              counted = std::stoi(text.substr(text.rfind(' ', more - 1) + 1));
            }
          }
          // Only sessions over may scroll off above the rows shown.
          const auto ended = std::count_if(listed.begin(), listed.end(), [&](auto index) {
            return idm->agenda.sessions()[index].effective_end() <= at;
          });
          const auto left_off = static_cast<long>(listed.size()) - rows - counted;
          CAPTURE(w);
          CAPTURE(paired);
          CAPTURE(std::string{at_local});
          CHECK(rows >= 1);
          CHECK(left_off >= 0);
          CHECK(left_off <= ended);
        }
      }
    }
  }

  TEST_CASE(
      "a door's later list shows its last session or counts what it leaves, in every script") {
    // In Arabic, whose lines are taller, the door's "later today" list ended at 13:30 and said
    // nothing of the 17:00 closing: the room kept below an entry for the line that counts the
    // rest was a Latin line's.
    testing::RenderEnv env;
    for (const char* language : {"ar", "en", "es", "fr", "ru", "zh"}) {
      for (const auto& [w, h] :
           {std::pair{1920, 1080}, std::pair{1280, 720}, std::pair{800, 480}}) {
        ScreenFixture door{
            testing::read_test_file(testing::source_path("feeds/examples/complete.json")),
            "room-door-landscape", w, h, language};
        door.context.measurer = &env.shaper;
        const core::Instant at = door.at("2026-07-14T10:05");
        const core::RoomNow answer = door.schedule.room_at(0, at);
        REQUIRE(answer.later.size() > 1);
        const core::Frame frame = core::build_screen(door.context, 0, at, {});
        const core::Session& last = door.agenda.sessions()[answer.later.back()];
        bool shown = testing::shows(frame, core::screen::labelled_title(door.context, last));
        for (std::size_t left = 2; left <= answer.later.size(); ++left) {
          shown =
              shown || testing::shows(
                           frame, door.strings.word("and_more", {{"count", std::to_string(left)}}));
        }
        shown = shown || testing::shows(frame, door.strings.word("and_one_more"));
        CAPTURE(std::string{language});
        CAPTURE(w);
        CHECK(shown);
      }
    }
  }

  TEST_CASE("a pair text short of room gives each language its lines at its smallest size first") {
    // "À SUIVRE 10:10 · RETARDÉ DE 10 MIN" on a French and English hallway lost its delay to
    // "…": the two parts shared the box in proportion to their largest sizes, which left the
    // French less than its two lines at the floor while the English had a line to spare.
    testing::RenderEnv env;
    ScreenFixture hallway{
        testing::read_test_file(testing::source_path("feeds/examples/complete.json")), "hallway",
        1920, 1080, "fr"};
    const core::UiStrings words = hallway.strings.paired_with(testing::load_strings("en"));
    const core::ScreenContext context = paired_context(hallway, words, env.shaper);
    const core::Frame frame = core::build_screen(context, 0, hallway.at("2026-07-14T10:05"), {});
    int delays = 0;
    for (const core::Element& element : frame.elements) {
      const auto* box = std::get_if<core::TextBox>(&element);
      if (box == nullptr) continue;
      if (box->text.find("RETARDÉ") == std::string::npos &&
          box->text.find("DELAYED") == std::string::npos) {
        continue;
      }
      ++delays;
      CAPTURE(box->text);
      CHECK_FALSE(core::fit_text(*box, env.shaper).cut);
    }
    CHECK(delays == 2);
  }

  TEST_CASE("a long name wraps in a narrow column and a next card pages the names it cannot hold") {
    // A landscape door on a portrait panel once cut "Roxana Castro de Bollinger" to "Roxana
    // Castro de…" in its narrow next card; a portrait door on a landscape panel showed no name
    // of the next session at all, then a list cut after its second name.
    testing::RenderEnv env;
    for (const auto& [layout, w, h, at] :
         {std::tuple{"room-door-landscape", 480, 800, "2017-07-18T11:30"},
          std::tuple{"room-door-landscape", 720, 1280, "2017-07-18T11:30"},
          std::tuple{"room-door-portrait", 800, 480, "2017-07-19T15:00"},
          std::tuple{"room-door-portrait", 1024, 600, "2017-07-19T15:00"}}) {
      auto idm = testing::idm_screen(layout, w, h, "en");
      idm->context.measurer = &env.shaper;
      check_screen(env, *idm, 0, at);
      // Every person of the next session is named on some page of the now page.
      const core::Instant instant = idm->at(at);
      const core::RoomNow answer = idm->schedule.room_at(0, instant);
      REQUIRE(answer.next);
      const core::Session& next = idm->agenda.sessions()[*answer.next];
      std::string shown;
      for (int page = 0; page < core::sub_pages(idm->context, 0, instant, 0); ++page) {
        const core::Frame frame = core::build_screen(idm->context, 0, instant, {0, page});
        for (const core::Element& element : frame.elements) {
          const auto* box = std::get_if<core::TextBox>(&element);
          if (box != nullptr && box->names) shown += box->text + "\n";
        }
      }
      CAPTURE(layout);
      CAPTURE(w);
      for (const auto* group : {&next.moderators, &next.speakers}) {
        for (const core::Participation& p : *group) {
          const std::string name{idm->agenda.people()[p.person].name.in("en")};
          CAPTURE(name);
          // Held together by no-break spaces when short (listed_name).
          std::string held;
          for (const char c : name) held += c == ' ' ? std::string{"\u00A0"} : std::string{c};
          CHECK((shown.find(name) != std::string::npos || shown.find(held) != std::string::npos));
        }
      }
    }
  }

  TEST_CASE(
      "a door paired in two languages shows every name of the next session, and a later "
      "session under its heading") {
    // Before a day and between days the door is a state card beside the next card; paired, the
    // next card once cut its last names and the list below the state showed its count alone.
    testing::RenderEnv env;
    for (const auto& [first, second, at] :
         {std::tuple{"en", "fr", "2017-07-19T07:00"}, std::tuple{"fr", "en", "2017-07-18T19:30"}}) {
      auto idm = testing::idm_screen("room-door-landscape", 1920, 1080, first);
      const core::UiStrings words = idm->strings.paired_with(testing::load_strings(second));
      const core::ScreenContext context = paired_context(*idm, words, env.shaper);
      const core::Frame frame = core::build_screen(context, 0, idm->at(at), {});
      const std::string when = at;
      CAPTURE(when);
      int names = 0, later = 0;
      for (const core::Element& element : frame.elements) {
        const auto* box = std::get_if<core::TextBox>(&element);
        if (box == nullptr) continue;
        const bool has_names = box->text.find("Klein") != std::string::npos;  // a no-break space
        const bool has_later = box->text.find("Panel 5") != std::string::npos;
        names += has_names ? 1 : 0;
        later += has_later ? 1 : 0;
        CAPTURE(box->text);
        if (has_names || has_later) CHECK_FALSE(core::fit_text(*box, env.shaper).cut);
      }
      CHECK(names == 1);  // listed once: names read the same in both languages
      CHECK(later == 2);  // the title in both languages
    }
  }

  TEST_CASE("names and countdowns are drawn on small door panels, in both orientations") {
    testing::RenderEnv env;
    for (const auto& [w, h] : {std::pair{800, 480}, {854, 480}, {1000, 560}, {480, 800}}) {
      auto idm = testing::idm_screen(w > h ? "room-door-landscape" : "room-door-portrait", w, h);
      for (const char* at : {"2017-07-18T09:30", "2017-07-18T11:00", "2017-07-19T12:00"}) {
        check_screen(env, *idm, 0, at);
      }
      ScreenFixture long_texts =
          field_screen("10_long_texts_small_screen.json",
                       w > h ? "room-door-landscape" : "room-door-portrait", w, h);
      check_screen(env, long_texts, 0, "2019-12-27T11:10");
    }
  }

  TEST_CASE(
      "names in Arabic, Chinese, Hebrew, Korean and mixed scripts are drawn on the now card") {
    testing::RenderEnv env;
    for (const auto& [w, h] : {std::pair{1920, 1080}, {800, 480}}) {
      ScreenFixture names = field_screen("11b_names_by_script.json", "room-door-landscape", w, h);
      check_screen(env, names, 0, "2024-11-12T10:10");
      check_screen(env, names, 0, "2024-11-12T09:50");
      ScreenFixture scripts = field_screen("11_unicode_scripts.json", "room-door-landscape", w, h);
      for (core::RoomIndex room = 0; room < scripts.agenda.rooms().size(); ++room) {
        check_screen(env, scripts, room, "2024-11-12T10:20");
      }
      ScreenFixture hallway = field_screen("11_unicode_scripts.json", "hallway", w, h);
      check_screen(env, hallway, 0, "2024-11-12T10:20");
    }
  }
}
