// The frame audit's rules on small hand-made frames and reports: for each rule, a frame that
// breaks it and one that keeps it.
#include "core/frame_audit.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using namespace nownext::core;

namespace {

// An 800x480 screen: the legibility floor is 12 px.
Frame screen(std::vector<Element> elements) {
  return Frame{800, 480, {}, std::move(elements)};
}

TextBox text(Rect rect, std::string words = "Hello") {
  TextBox box;
  box.rect = rect;
  box.text = std::move(words);
  box.max_size_px = 20;
  box.min_size_px = 12;
  return box;
}

FilledRect card(Rect rect) {
  return FilledRect{rect, {}, 0};
}

// The report of box `element`, drawn at 16 px in 20 px lines, with `lines` and not cut.
DrawnText drawn(std::size_t element, std::vector<std::string> lines = {"Hello"}) {
  return DrawnText{element, 16, 20, false, std::move(lines), {}};
}

std::vector<AuditRule> rules_of(const std::vector<AuditFinding>& findings) {
  std::vector<AuditRule> rules;
  for (const auto& f : findings) rules.push_back(f.rule);
  return rules;
}

}  // namespace

TEST_SUITE("frame audit") {
  TEST_CASE("a well-made frame has no finding") {
    const Frame frame = screen(
        {card({10, 10, 300, 100}), text({20, 20, 280, 30}), text({20, 50, 280, 30}, "World")});
    CHECK(audit_frame(frame, {{drawn(1), drawn(2, {"World"})}}).empty());
  }

  TEST_CASE("a text with something visible that drew no line, or only an ellipsis, is empty") {
    const Frame frame = screen({text({0, 0, 100, 5}), text({0, 10, 100, 30}),
                                text({0, 50, 100, 30}, " \u200D\u200F"), text({0, 90, 100, 30})});
    const auto findings = audit_frame(
        frame, {{drawn(0, {}), drawn(1, {"\u2026"}), drawn(2, {}), drawn(3, {"H\u2026"})}});
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].rule == AuditRule::drawn_empty);
    CHECK(findings[0].element == 0);
    CHECK(findings[0].reason.find("nothing drawn") != std::string::npos);
    CHECK(findings[1].rule == AuditRule::drawn_empty);
    CHECK(findings[1].element == 1);
    CHECK(findings[1].reason.find("alone") != std::string::npos);
  }

  TEST_CASE("a cut text with a free line below it in its card could have grown") {
    DrawnText cut = drawn(1, {"Hel\u2026"});
    cut.cut = true;
    SUBCASE("free down to the card's padding: a finding") {
      // Card bottom 300, side inset 10: free from 50 to 290, more than a 20 px line.
      const auto findings =
          audit_frame(screen({card({0, 0, 400, 300}), text({10, 10, 380, 40})}), {{cut}});
      REQUIRE(rules_of(findings) == std::vector{AuditRule::cut_with_room});
      CHECK(findings[0].reason.find("240 px free") != std::string::npos);
    }
    SUBCASE("an element drawn in other columns does not take the room") {
      const auto findings = audit_frame(
          screen({card({0, 0, 400, 300}), text({10, 10, 180, 40}), text({200, 55, 180, 40})}),
          {{cut, drawn(2)}});
      CHECK(rules_of(findings) == std::vector{AuditRule::cut_with_room});
    }
    SUBCASE(
        "an element just below in the same columns, down to the card's bottom, leaves no room") {
      const auto findings = audit_frame(
          screen({card({0, 0, 400, 110}), text({10, 10, 380, 40}), text({10, 55, 380, 40})}),
          {{cut, drawn(2)}});
      CHECK(findings.empty());
    }
    SUBCASE("room at the card's bottom below what follows counts: that could have moved down") {
      // The text below ends at 95; the card's padding starts at 290.
      const auto findings = audit_frame(
          screen({card({0, 0, 400, 300}), text({10, 10, 380, 40}), text({10, 55, 380, 40})}),
          {{cut, drawn(2)}});
      REQUIRE(rules_of(findings) == std::vector{AuditRule::cut_with_room});
      CHECK(findings[0].reason.find("195 px free") != std::string::npos);
    }
    SUBCASE("less than a line free above the padding is no room") {
      const auto findings =
          audit_frame(screen({card({0, 0, 400, 70}), text({10, 10, 380, 40})}), {{cut}});
      CHECK(findings.empty());
    }
    SUBCASE("a text cut to nothing is reported as drawn empty only") {
      cut.lines.clear();
      const auto findings =
          audit_frame(screen({card({0, 0, 400, 300}), text({10, 10, 380, 40})}), {{cut}});
      CHECK(rules_of(findings) == std::vector{AuditRule::drawn_empty});
    }
    SUBCASE("a text that was not cut, or that has no card, is not judged") {
      CHECK(audit_frame(screen({card({0, 0, 400, 300}), text({10, 10, 380, 40})}), {{drawn(1)}})
                .empty());
      cut.element = 0;
      CHECK(audit_frame(screen({text({10, 10, 380, 40})}), {{cut}}).empty());
    }
  }

  TEST_CASE("a cut text naming people is a name lost, whatever room its card has") {
    DrawnText cut = drawn(1, {"Roxana Castro de\u2026"});
    cut.cut = true;
    TextBox names = text({10, 10, 380, 40}, "Roxana Castro de Bollinger");
    names.names = true;
    SUBCASE("no room below: still a finding, and as this alone") {
      const auto findings = audit_frame(screen({card({0, 0, 400, 60}), names}), {{cut}});
      REQUIRE(rules_of(findings) == std::vector{AuditRule::cut_name});
      CHECK(findings[0].reason.find("names cut") != std::string::npos);
    }
    SUBCASE("room below: reported once, as a name lost") {
      const auto findings = audit_frame(screen({card({0, 0, 400, 300}), names}), {{cut}});
      CHECK(rules_of(findings) == std::vector{AuditRule::cut_name});
    }
    SUBCASE("names drawn whole are no finding; another text cut without room is none either") {
      CHECK(audit_frame(screen({card({0, 0, 400, 60}), names}), {{drawn(1)}}).empty());
      names.names = false;
      CHECK(audit_frame(screen({card({0, 0, 400, 60}), names}), {{cut}}).empty());
    }
    SUBCASE("names cut to nothing are drawn empty") {
      cut.lines.clear();
      CHECK(rules_of(audit_frame(screen({card({0, 0, 400, 60}), names}), {{cut}})) ==
            std::vector{AuditRule::drawn_empty});
    }
  }

  TEST_CASE("a text set below the legibility floor of the screen is a finding") {
    DrawnText small = drawn(0);
    small.size_px = 11;
    DrawnText at_floor = drawn(1);
    at_floor.size_px = 12;
    Frame frame = screen({text({0, 0, 100, 30}), text({0, 40, 100, 30})});
    frame.min_text_px = 12;  // the frame's own floor, set by its layout's reading distance
    const auto findings = audit_frame(frame, {{small, at_floor}});
    REQUIRE(rules_of(findings) == std::vector{AuditRule::below_floor});
    CHECK(findings[0].element == 0);
    CHECK(findings[0].reason.find("floor of 12 px") != std::string::npos);
  }

  TEST_CASE("overlapping boxes are found, boxes that only touch are not") {
    SUBCASE("two texts: once, on the later one") {
      const auto findings = audit_frame(
          screen({text({0, 0, 100, 30}), text({50, 29, 100, 30}), text({0, 59, 100, 30})}),
          {{drawn(0), drawn(1), drawn(2)}});
      REQUIRE(rules_of(findings) == std::vector{AuditRule::overlap});
      CHECK(findings[0].element == 1);
      CHECK(findings[0].reason == "overlaps text box 0");
    }
    SUBCASE("a text and a progress bar") {
      const auto findings =
          audit_frame(screen({ProgressBar{{0, 20, 300, 10}, {}, {}, 500}, text({0, 0, 100, 30})}),
                      {{drawn(1)}});
      CHECK(rules_of(findings) == std::vector{AuditRule::overlap});
    }
    SUBCASE("a rectangle drawn over a text") {
      const auto findings =
          audit_frame(screen({text({0, 0, 100, 30}), card({0, 20, 300, 100})}), {{drawn(0)}});
      REQUIRE(rules_of(findings) == std::vector{AuditRule::overlap});
      CHECK(findings[0].reason.find("drawn after it") != std::string::npos);
    }
  }

  TEST_CASE("a box reaching outside the screen is found, whatever its kind") {
    const Frame frame = screen({card({-1, 0, 100, 100}), text({700, 400, 100, 80}),
                                text({700, 300, 101, 30}), Image{{0, 470, 10, 11}, "logo.png"}});
    const auto findings = audit_frame(frame, {{drawn(1), drawn(2)}});
    REQUIRE(findings.size() == 3);
    CHECK(findings[0].element == 0);
    CHECK(findings[1].element == 2);
    CHECK(findings[2].element == 3);
    for (const auto& f : findings) CHECK(f.rule == AuditRule::off_screen);
    CHECK(findings[1].reason == "101x30 at 700,300 reaches outside the 800x480 screen");
  }

  TEST_CASE("a text crossing the edge of a rectangle drawn before it is off its card") {
    const Frame frame =
        screen({card({0, 0, 200, 100}), text({10, 10, 180, 60}), text({10, 80, 180, 40}, "World")});
    const auto findings = audit_frame(frame, {{drawn(1), drawn(2, {"World"})}});
    REQUIRE(rules_of(findings) == std::vector{AuditRule::off_card});
    CHECK(findings[0].element == 2);
    CHECK(findings[0].reason.find("crosses the edge of rectangle box 0") != std::string::npos);
  }

  TEST_CASE("code points no font has are named") {
    DrawnText with_missing = drawn(0, {"\U00012000 A"});
    with_missing.missing = {0x12000, 0x1F9FF};
    const auto findings = audit_frame(screen({text({0, 0, 100, 30}), text({0, 40, 100, 30})}),
                                      {{with_missing, drawn(1)}});
    REQUIRE(rules_of(findings) == std::vector{AuditRule::missing_glyph});
    CHECK(findings[0].reason == "no font of its role has U+12000 U+1F9FF");
  }

  TEST_CASE("findings come by box, then by rule") {
    DrawnText tiny = drawn(1, {});
    tiny.size_px = 8;
    const Frame frame = screen({text({-5, 0, 100, 30}), text({0, 100, 100, 5})});
    DrawnText first = drawn(0);
    first.missing = {0x12000};
    const auto findings = audit_frame(frame, {{first, tiny}});
    CHECK(rules_of(findings) ==
          std::vector{AuditRule::off_screen, AuditRule::missing_glyph, AuditRule::drawn_empty});
  }

  TEST_CASE("invisible code points need no glyph") {
    for (const char32_t c : {U' ', U'\t', U'\u00A0', U'\u200B', U'\u200D', U'\u200F', U'\u2067',
                             U'\uFE0F', U'\uFEFF', U'\U000E0101'}) {
      CAPTURE(static_cast<unsigned>(c));
      CHECK(is_invisible(c));
    }
    for (const char32_t c : {U'a', U'\u2026', U'\u4E2D', U'\u0627', U'\U0001F600'}) {
      CAPTURE(static_cast<unsigned>(c));
      CHECK_FALSE(is_invisible(c));
    }
  }

  TEST_CASE("a box is recognised by the start of its text on one line, or by its kind") {
    CHECK(box_excerpt(text({}, "Panel 1\nComprendre")) == "Panel 1 Comprendre");
    CHECK(box_excerpt(text({}, "Le \"pacte\" mondial"), 8) == "Le 'pact\u2026");
    CHECK(box_excerpt(text({}, "\u674E\u4F1F"), 2) == "\u674E\u4F1F");
    CHECK(box_excerpt(card({})) == "[rectangle]");
    CHECK(box_excerpt(ProgressBar{}) == "[progress bar]");
    CHECK(box_excerpt(Image{}) == "[image]");
  }

  TEST_CASE("every rule has a name of its own") {
    std::vector<std::string> names;
    for (const AuditRule rule : all_audit_rules) names.emplace_back(to_string(rule));
    CHECK(names == std::vector<std::string>{"drawn-empty", "cut-with-room", "below-floor",
                                            "overlap", "off-screen", "off-card", "missing-glyph",
                                            "cut-name"});
  }
}
