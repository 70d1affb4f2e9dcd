// Two languages on one screen: paired texts, paired interface words, the paired screen's boxes
// and the configuration's `bilingual` member.
#include "core/kiosk_config.hpp"
#include "core/paired_text.hpp"
#include "core/screen.hpp"
#include "support/screen_fixture.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <variant>

using namespace nownext::core;

namespace {

std::vector<const TextBox*> boxes_of(const Frame& frame) {
  std::vector<const TextBox*> boxes;
  for (const Element& e : frame.elements) {
    if (const auto* box = std::get_if<TextBox>(&e)) boxes.push_back(box);
  }
  return boxes;
}

const TextBox* box_with(const Frame& frame, const std::string& text) {
  for (const TextBox* box : boxes_of(frame)) {
    if (box->text == text) return box;
  }
  return nullptr;
}

std::unique_ptr<nownext::testing::ScreenFixture> complete_screen(const std::string& language) {
  return std::make_unique<nownext::testing::ScreenFixture>(
      nownext::testing::read_test_file(
          nownext::testing::source_path("feeds/examples/complete.json")),
      "room-door-landscape", 1920, 1080, language);
}

}  // namespace

TEST_SUITE("paired texts") {
  TEST_CASE("a text the same in both languages stays one text") {
    CHECK(pair_texts("10:30", "10:30") == "10:30");
    CHECK_FALSE(is_paired(pair_texts("10:30", "10:30")));
  }

  TEST_CASE("each language's text comes back from a pair") {
    const std::string both = pair_texts("EN COURS", "NOW");
    CHECK(is_paired(both));
    CHECK(text_in(both, false) == "EN COURS");
    CHECK(text_in(both, true) == "NOW");
    CHECK(text_in("Salle XVIII", true) == "Salle XVIII");
  }

  TEST_CASE("pairs composed into pairs give each language its own composition") {
    // "{label} : {title}" in French, "{label}: {title}" in English, around paired values.
    const std::string label = pair_texts("Panel 1", "Panel 1");
    const std::string title = pair_texts("Comprendre la migration", "Understanding migration");
    const std::string both = pair_texts(label + " : " + title, label + ": " + title);
    CHECK(text_in(both, false) == "Panel 1 : Comprendre la migration");
    CHECK(text_in(both, true) == "Panel 1: Understanding migration");
    // Concatenated with plain text around it.
    const std::string line = "10:00 · " + pair_texts("dans 5 min", "in 5 min") + " · " + both;
    CHECK(text_in(line, true) == "10:00 · in 5 min · Panel 1: Understanding migration");
  }

  TEST_CASE("marks that do not pair up are dropped, never shown") {
    CHECK(text_in("a\xEF\xB7\x92"
                  "b\xEF\xB7\x91"
                  "c",
                  false) == "abc");
    CHECK(text_in("\xEF\xB7\x90"
                  "open",
                  false) == "open");
    CHECK(text_in("\xEF\xB7\x90"
                  "open",
                  true)
              .empty());
  }
}

TEST_SUITE("paired interface words") {
  TEST_CASE("words, dates and times of two languages come as pairs") {
    const UiStrings fr = nownext::testing::load_strings("fr");
    const UiStrings en = nownext::testing::load_strings("en");
    const UiStrings both = fr.paired_with(en);
    CHECK(both.language() == "fr");
    REQUIRE(both.second() != nullptr);
    CHECK(both.second()->language() == "en");
    CHECK(fr.second() == nullptr);
    CHECK(text_in(both.word("now"), false) == fr.word("now"));
    CHECK(text_in(both.word("now"), true) == en.word("now"));
    const std::string starts = both.word("starts_at", {{"time", "10:00"}});
    CHECK(text_in(starts, true) == en.word("starts_at", {{"time", "10:00"}}));
    const std::chrono::year_month_day day{std::chrono::year{2017}, std::chrono::July,
                                          std::chrono::day{18}};
    CHECK(text_in(both.date(day), false) == fr.date(day));
    CHECK(text_in(both.date(day), true) == en.date(day));
  }

  TEST_CASE("the same feed words in a message with no words of its own are shown once") {
    const UiStrings ar = nownext::testing::load_strings("ar");
    const UiStrings fr = nownext::testing::load_strings("fr");
    const UiStrings both = ar.paired_with(fr);
    // A title the feed gives only in French: "{label}: {title}" and "{label} : {title}" differ
    // in punctuation alone.
    const std::string title =
        both.word("label_title", {{"label", "Panel 1"}, {"title", "Migration"}});
    CHECK_FALSE(is_paired(title));
    CHECK(title == ar.word("label_title", {{"label", "Panel 1"}, {"title", "Migration"}}));
    // Feed words given in both languages stay a pair, and so does a message with words.
    const std::string label = pair_texts("الفريق 1", "Panel 1");
    CHECK(is_paired(both.word("label_title", {{"label", label}, {"title", "Migration"}})));
    CHECK(is_paired(both.word("starts_at", {{"time", "10:00"}})));
  }
}

TEST_SUITE("paired screens") {
  TEST_CASE("a paired door shows the first language above and the second below, smaller") {
    auto fixture = complete_screen("fr");
    const UiStrings en = nownext::testing::load_strings("en");
    const UiStrings both = fixture->strings.paired_with(en);
    const ScreenContext paired{fixture->schedule,
                               fixture->layout,
                               fixture->theme,
                               both,
                               fixture->context.languages,
                               1920,
                               1080,
                               {},
                               "",
                               {}};
    const Frame frame = build_screen(paired, 0, fixture->at("2026-07-14T09:30"), {});
    const TextBox* now_fr = box_with(frame, fixture->strings.word("now"));
    const TextBox* now_en = box_with(frame, en.word("now"));
    REQUIRE(now_fr != nullptr);
    REQUIRE(now_en != nullptr);
    CHECK(now_en->rect.y == now_fr->rect.y + now_fr->rect.h);
    CHECK(now_en->max_size_px < now_fr->max_size_px);
    CHECK(now_en->min_size_px >= frame.min_text_px);
    // A title the feed has in both languages shows both.
    const auto has_text = [&](const std::string& part) {
      const auto boxes = boxes_of(frame);
      return std::any_of(boxes.begin(), boxes.end(),
                         [&](const TextBox* b) { return b->text.find(part) != std::string::npos; });
    };
    CHECK(box_with(frame, "Enregistrement") != nullptr);
    CHECK(box_with(frame, "Registration") != nullptr);
    // The clock, the same in both, is one box.
    CHECK(box_with(frame, "09:30") != nullptr);
    CHECK(has_text("Conference Room XVIII"));
    // Nothing carries the pairing marks to the painter.
    for (const TextBox* box : boxes_of(frame)) CHECK_FALSE(is_paired(box->text));
  }

  TEST_CASE("a screen with Arabic first is mirrored, with both languages on the right") {
    auto fixture = complete_screen("ar");
    const UiStrings fr = nownext::testing::load_strings("fr");
    const UiStrings arabic = nownext::testing::load_strings("ar");
    const UiStrings both = arabic.paired_with(fr);
    const ScreenContext paired{fixture->schedule,
                               fixture->layout,
                               fixture->theme,
                               both,
                               {"ar", "fr", "en"},
                               1920,
                               1080,
                               {},
                               "",
                               {}};
    const Frame frame = build_screen(paired, 0, fixture->at("2026-07-14T09:30"), {});
    CHECK(frame.right_to_left);
    REQUIRE(box_with(frame, arabic.word("now")) != nullptr);
    REQUIRE(box_with(frame, fr.word("now")) != nullptr);
    // The room's name in the header: the feed has it in French only, once, on the right.
    const TextBox* title_fr = box_with(frame, "Salle de conférence XVIII");
    REQUIRE(title_fr != nullptr);
    CHECK(title_fr->align == Align::right);
    CHECK(title_fr->rect.x + title_fr->rect.w > 1920 * 3 / 4);
  }
}

TEST_SUITE("kiosk configuration") {
  TEST_CASE("bilingual pair and alternate take the first two languages") {
    const auto pair = parse_kiosk_config(R"({"languages": ["ar", "fr"], "bilingual": "pair"})");
    REQUIRE(pair.config.has_value());
    CHECK(pair.config->bilingual == Bilingual::pair);
    CHECK(bilingual_second_language(*pair.config) == "fr");
    const auto alternate = parse_kiosk_config(
        R"({"languages": ["fr", "en"], "bilingual": "alternate", "alternate_seconds": 15})");
    REQUIRE(alternate.config.has_value());
    CHECK(alternate.config->bilingual == Bilingual::alternate);
    CHECK(alternate.config->alternate_interval == std::chrono::seconds{15});
  }

  TEST_CASE("bilingual without a second language, or an unknown mode, is refused by name") {
    const auto one = parse_kiosk_config(R"({"languages": ["fr"], "bilingual": "pair"})");
    REQUIRE(one.errors.size() == 1);
    CHECK(one.errors[0].to_string().find("bilingual") != std::string::npos);
    const auto bad = parse_kiosk_config(R"({"languages": ["fr", "en"], "bilingual": "both"})");
    REQUIRE(bad.errors.size() == 1);
    CHECK(bad.errors[0].to_string().find("pair, alternate or off") != std::string::npos);
    const auto slow = parse_kiosk_config(R"({"languages": ["fr", "en"], "alternate_seconds": 1})");
    CHECK_FALSE(slow.errors.empty());
  }
}

TEST_SUITE("cross-fade") {
  TEST_CASE("the old texts fade out as the new fade in, over the nearer frame's rectangles") {
    Frame from;
    from.width_px = 100;
    from.height_px = 100;
    from.elements.emplace_back(FilledRect{{0, 0, 100, 10}, {10, 20, 30, 255}, 0});
    from.elements.emplace_back(TextBox{{0, 20, 100, 20}, "10:30", TextRole::clock, {0, 0, 0, 255}});
    from.elements.emplace_back(
        TextBox{{0, 40, 100, 20}, "EN COURS", TextRole::meta, {0, 0, 0, 255}});
    Frame to = from;
    std::get<FilledRect>(to.elements[0]).rect.x = 50;  // mirrored, say
    std::get<TextBox>(to.elements[2]).text = "NOW";
    const Frame start = fade_between(from, to, 0.0);
    const Frame half = fade_between(from, to, 0.5);
    const Frame end = fade_between(from, to, 1.0);
    for (const Frame* frame : {&start, &half, &end}) {
      REQUIRE(frame->elements.size() == 4);
      CHECK(std::get<FilledRect>(frame->elements[0]).color.a == 255);  // never faded
    }
    CHECK(std::get<FilledRect>(start.elements[0]).rect.x == 0);
    CHECK(std::get<FilledRect>(end.elements[0]).rect.x == 50);
    const auto text = [](const Frame& f, std::size_t i) {
      return std::get<TextBox>(f.elements[i]);
    };
    // The old text, then what both show, then the new text over them.
    CHECK(text(half, 1).text == "EN COURS");
    CHECK(text(half, 2).text == "10:30");
    CHECK(text(half, 2).color.a == 255);
    CHECK(text(half, 3).text == "NOW");
    CHECK(text(start, 1).color.a == 255);
    CHECK(text(start, 3).color.a == 0);
    CHECK(text(half, 1).color.a == 128);
    CHECK(text(half, 3).color.a == 128);
    CHECK(text(end, 1).color.a == 0);
    CHECK(text(end, 3).color.a == 255);
  }
}
