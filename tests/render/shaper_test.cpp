// Bidi runs, measuring with real fonts, and fitting with the real measurer.
#include "core/text_fit.hpp"
#include "render/bidi_runs.hpp"
#include "render_env.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace nownext;
using core::TextRole;

namespace {

std::vector<std::string> run_texts(const std::vector<render::Run>& runs) {
  std::vector<std::string> texts;
  for (const auto& run : runs) texts.push_back(run.text);
  return texts;
}

}  // namespace

TEST_SUITE("bidi runs") {
  TEST_CASE("Latin text is one left-to-right run in the first face") {
    testing::RenderEnv env;
    const auto runs =
        render::visual_runs("Salle XVIII, 10:30", false, TextRole::body, 20, env.fonts);
    REQUIRE(runs.size() == 1);
    CHECK_FALSE(runs[0].rtl);
    CHECK(runs[0].face == 0);
    CHECK(std::string{runs[0].script} == "Latn");
  }

  TEST_CASE(
      "in an Arabic title, digits and a Latin name keep their order, laid out right to left") {
    testing::RenderEnv env;
    const auto runs =
        render::visual_runs("الحوار 2017 مع Louise Arbour", true, TextRole::title, 20, env.fonts);
    // Visual order, left to right: the Latin name, "مع", the year, "الحوار".
    const auto texts = run_texts(runs);
    REQUIRE(runs.size() >= 4);
    CHECK(texts.front() == "Louise Arbour");
    CHECK_FALSE(runs.front().rtl);
    CHECK(runs.back().rtl);
    CHECK(std::string{runs.back().script} == "Arab");
    CHECK(runs.back().text.find("الحوار") == 0);
    const auto year = std::find(texts.begin(), texts.end(), std::string{"2017"});
    REQUIRE(year != texts.end());
    CHECK_FALSE(runs[static_cast<std::size_t>(year - texts.begin())].rtl);
  }

  TEST_CASE("Chinese goes to the CJK face with the Han script") {
    testing::RenderEnv env;
    const auto runs = render::visual_runs("会议", false, TextRole::body, 20, env.fonts);
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].face == 3);
    CHECK(std::string{runs[0].script} == "Hani");
  }
}

TEST_SUITE("text shaper") {
  TEST_CASE("widths grow with the size and the text, heights follow the fonts used") {
    testing::RenderEnv env;
    const auto small = env.shaper.measure(TextRole::body, 20, "Migration");
    const auto large = env.shaper.measure(TextRole::body, 40, "Migration");
    CHECK(small.width_px > 40);
    CHECK(large.width_px > small.width_px * 18 / 10);
    CHECK(env.shaper.measure(TextRole::body, 20, "Migrations").width_px > small.width_px);
    // Noto Sans Arabic's own line is far taller than Noto Sans's (pitfalls notes, 2.6); an Arabic
    // line is only as tall as its letters need, never shorter than a Latin one.
    const auto arabic = env.shaper.measure(TextRole::body, 40, "ليلى الحسيني");
    CHECK(arabic.height_px >= large.height_px);
    CHECK(arabic.height_px < large.height_px * 13 / 10);
  }

  TEST_CASE("a line in a fallback script keeps all its ink inside the measured line") {
    testing::RenderEnv env;
    for (const char* text : {"ليلى الحسيني", "王晓梅", "Omar Nassar عمر", "נועה ברקוביץ", "김민준",
                             "Keynote \U0001F3A4", "Ångström-Nguyễn gjpq"}) {
      const std::string shown = text;
      CAPTURE(shown);
      const render::SurfacePtr line =
          env.shaper.render_line(TextRole::body, 40, {255, 255, 255, 255}, text, false);
      REQUIRE(line);
      // No ink on the first or last row: nothing was cut off above or below.
      for (const int y : {0, line->h - 1}) {
        int inked = 0;
        for (int x = 0; x < line->w; ++x) inked += (testing::pixel(*line, x, y) >> 24) >= 8 ? 1 : 0;
        CAPTURE(y);
        CHECK(inked == 0);
      }
    }
  }

  TEST_CASE("a rendered line is as large as measured, and transparent where nothing is drawn") {
    testing::RenderEnv env;
    const auto metrics = env.shaper.measure(TextRole::title, 30, "Genève الهجرة 会议");
    const render::SurfacePtr line =
        env.shaper.render_line(TextRole::title, 30, {255, 0, 0, 255}, "Genève الهجرة 会议", false);
    REQUIRE(line);
    CHECK(line->w == metrics.width_px);
    CHECK(line->h == metrics.height_px);
    CHECK_FALSE(env.shaper.render_line(TextRole::title, 30, {}, "", false));
  }

  TEST_CASE("fitting with real fonts keeps every line inside the box") {
    testing::RenderEnv env;
    core::TextBox box;
    box.rect = {0, 0, 600, 120};
    box.text =
        "Whole-of-government and whole-of-society approaches to the governance of migration, "
        "including partnerships with local authorities and the private sector";
    box.role = TextRole::title;
    box.max_size_px = 60;
    box.min_size_px = 24;
    box.max_lines = 2;
    const core::FittedText fitted = core::fit_text(box, env.shaper);
    CHECK(fitted.cut);
    CHECK(fitted.size_px == 24);
    REQUIRE(fitted.lines.size() == 2);
    CHECK(fitted.lines[1].text.ends_with("\u2026"));
    for (const auto& line : fitted.lines) {
      CHECK(line.rect.w <= 600);
      CHECK(line.rect.y + line.rect.h <= 120);
    }
  }

  TEST_CASE("a line is measured once per role and size, and the memory of it is bounded") {
    testing::RenderEnv env;
    const core::LineMetrics first = env.shaper.measure(TextRole::title, 40, "Panel 1 : Migration");
    CHECK(env.shaper.measured_count() == 1);
    const core::LineMetrics again = env.shaper.measure(TextRole::title, 40, "Panel 1 : Migration");
    CHECK(again.width_px == first.width_px);
    CHECK(again.height_px == first.height_px);
    CHECK(env.shaper.measured_count() == 1);
    (void)env.shaper.measure(TextRole::title, 41, "Panel 1 : Migration");
    (void)env.shaper.measure(TextRole::body, 40, "Panel 1 : Migration");
    CHECK(env.shaper.measured_count() == 3);
    for (std::size_t i = 0; i < render::TextShaper::max_measured; ++i) {
      (void)env.shaper.measure(TextRole::meta, 20, std::to_string(i));
    }
    CHECK(env.shaper.measured_count() <= render::TextShaper::max_measured);
    CHECK(env.shaper.measure(TextRole::title, 40, "Panel 1 : Migration").width_px ==
          first.width_px);
  }
}
