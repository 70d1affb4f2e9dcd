// What the painter reports of the text it draws, and the audit on it with real fonts: the report
// made without drawing is the painter's own, and deliberately broken frames are found.
#include "core/frame_audit.hpp"
#include "render/canvas.hpp"
#include "render/painter.hpp"
#include "render_env.hpp"
#include "support/screen_fixture.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace nownext;

namespace {

core::TextBox title_box(core::Rect rect, std::string text) {
  core::TextBox box;
  box.rect = rect;
  box.text = std::move(text);
  box.role = core::TextRole::title;
  box.color = {255, 255, 255, 255};
  box.max_size_px = 40;
  box.min_size_px = 24;
  box.max_lines = 2;
  return box;
}

bool found(const std::vector<core::AuditFinding>& findings, core::AuditRule rule,
           std::size_t element, const std::string& words = "") {
  for (const auto& f : findings) {
    if (f.rule == rule && f.element == element && f.reason.find(words) != std::string::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace

TEST_SUITE("paint report") {
  TEST_CASE("the report made without drawing is the one the painter makes as it draws") {
    testing::RenderEnv env;
    render::FitCache fits{1000};
    std::size_t cut = 0, empty = 0;
    for (const auto& [layout, w, h] : {std::tuple{"room-door-landscape", 800, 480},
                                       {"room-door-portrait", 1080, 1920},
                                       {"room-door-portrait", 1920, 1080},
                                       {"day-overview", 800, 480},
                                       {"hallway", 1366, 768}}) {
      auto fixture = testing::idm_screen(layout, w, h);
      for (const char* at : {"2017-07-18T08:30", "2017-07-18T11:40", "2017-07-19T13:45"}) {
        CAPTURE(layout);
        CAPTURE(w);
        CAPTURE(at);
        const core::Frame frame = core::build_screen(fixture->context, 0, fixture->at(at), {});
        render::SoftwareCanvas canvas{w, h, env.shaper, testing::source_path("assets")};
        core::PaintReport painted;
        canvas.painter().paint(frame, &painted);
        const core::PaintReport reported = render::report_frame(frame, env.shaper, fits);
        CHECK(painted == reported);
        for (const auto& text : reported.texts) {
          cut += text.cut ? 1U : 0U;
          empty += text.lines.empty() ? 1U : 0U;
        }
      }
    }
    // The comparison covered texts that were cut; none drew nothing (core::fit_text keeps the
    // first line of a text with content).
    CHECK(cut > 0);
    CHECK(empty == 0);
  }

  TEST_CASE("code points no face of the role has are reported; invisible ones are not") {
    testing::RenderEnv env;
    render::FitCache fits{100};
    core::Frame frame{800, 480, {}, {}};
    frame.elements.push_back(
        title_box({0, 0, 800, 100}, "\u674E\u4F1F \u0623\u0645\u064A\u0646\u0629 Ol\u200Dga"));
    frame.elements.push_back(title_box({0, 200, 800, 100}, "\U00012000\U00012001 Ur-Nammu"));
    const core::PaintReport report = render::report_frame(frame, env.shaper, fits);
    REQUIRE(report.texts.size() == 2);
    CHECK(report.texts[0].missing.empty());
    CHECK(report.texts[1].missing == std::vector<char32_t>{0x12000, 0x12001});
  }

  TEST_CASE("the audit finds a deliberately broken frame, box by box") {
    testing::RenderEnv env;
    render::FitCache fits{100};
    const std::string long_title =
        "Comprendre la vulnérabilité des migrants : concepts, facteurs déterminants, cadres de "
        "protection et lacunes, et ce que les États, les organisations internationales et la "
        "société civile peuvent faire pour y remédier ensemble";
    core::Frame frame{800, 480, {20, 20, 40, 255}, {}};
    frame.elements.push_back(core::FilledRect{{10, 10, 780, 460}, {40, 40, 80, 255}, 0});
    // 1: a title far too long for two lines, in a card with room below it.
    frame.elements.push_back(title_box({30, 30, 740, 80}, long_title));
    // 2: a title in a box with no height at all.
    frame.elements.push_back(title_box({30, 200, 740, 0}, "Pause"));
    // 3: a box reaching past the right edge of the screen.
    frame.elements.push_back(title_box({600, 300, 300, 50}, "Salle XIX"));
    // 4: a speaker's name in a script no font of the project has.
    frame.elements.push_back(title_box({30, 380, 500, 50}, "\U00012000\U00012001"));
    const auto findings = core::audit_frame(frame, render::report_frame(frame, env.shaper, fits));
    std::string listed;
    for (const auto& f : findings) {
      listed += std::to_string(f.element) + " " + std::string{core::to_string(f.rule)} + ": " +
                f.reason + "\n";
    }
    INFO(listed);
    CHECK(found(findings, core::AuditRule::cut_with_room, 1, "free below"));
    CHECK(found(findings, core::AuditRule::drawn_empty, 2, "nothing drawn"));
    CHECK(found(findings, core::AuditRule::off_screen, 3, "800x480 screen"));
    CHECK(found(findings, core::AuditRule::off_card, 3));
    CHECK(found(findings, core::AuditRule::missing_glyph, 4, "U+12000 U+12001"));
    CHECK(findings.size() == 5);
  }
}
