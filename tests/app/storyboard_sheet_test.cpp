// The storyboard's contact sheet and audit.json, from a hand-made sheet: every frame a linked
// thumbnail, each held frame spanning the instants it holds, findings marked where they are;
// and the names and progress line around them.
#include "app/storyboard_sheet.hpp"
#include "app/progress_line.hpp"
#include "app/storyboard_render.hpp"
#include "core/time.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

using namespace nownext;
using app::Sheet;
using app::SheetCell;
using app::SheetPage;

namespace {

core::Instant at(const char* local) {
  return *core::parse_instant_or_local(local, *core::find_time_zone("Europe/Zurich"));
}

SheetPage page(int step, const std::string& name) {
  return {step, "door:1/" + name, "door:1/thumbs/" + name, 1920, 1080, 320, 180, {}};
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto pos = text.find(part); pos != std::string::npos; pos = text.find(part, pos + 1)) ++n;
  return n;
}

// Two screens on one day: the door holds 04:00-09:00 then 09:00 to the end, the hallway changes
// at 04:00, 09:00 and 09:30; the door's 09:00 frame has a finding.
Sheet two_screens() {
  Sheet sheet;
  sheet.event = "Café <&> \"talks\"";
  sheet.feed = "feed.json";
  sheet.version = "1.0";
  sheet.zone = core::find_time_zone("Europe/Zurich");
  sheet.screens = {{"door:1", "room-door-landscape, 1920x1080, room a, en"},
                   {"hall", "hallway, 1920x1080, en"}};
  const core::TimeSpan day{at("2026-06-01T04:00"), at("2026-06-02T04:00")};
  SheetPage flagged = page(0, "2026-06-01T09-00-00-p0.png");
  flagged.findings.push_back(
      {"cut-title", 7, "A title <b>", "cut with \"…\"", core::Rect{960, 270, 480, 540}});
  sheet.days.push_back(
      {"2026-06-01",
       day,
       {{SheetCell{{day.from, at("2026-06-01T09:00")}, {page(0, "a.png"), page(1, "b.png")}},
         SheetCell{{at("2026-06-01T09:00"), day.until}, {flagged}}},
        {SheetCell{{day.from, at("2026-06-01T09:00")}, {page(0, "c.png")}},
         SheetCell{{at("2026-06-01T09:00"), at("2026-06-01T09:30")}, {page(0, "d.png")}},
         SheetCell{{at("2026-06-01T09:30"), day.until}, {page(0, "e.png")}}}}});
  return sheet;
}

}  // namespace

TEST_SUITE("storyboard sheet") {
  TEST_CASE("every frame is a thumbnail linking to its PNG, as a path even with a colon") {
    const std::string html = app::sheet_html(two_screens());
    CHECK(count(html, "<img ") == 6);
    CHECK(html.find("<a href=\"./door:1/a.png\"><span class=\"thumb\"><img "
                    "src=\"./door:1/thumbs/a.png\" width=\"320\" height=\"180\"") !=
          std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("http") == std::string::npos);
  }

  TEST_CASE("a column per instant; a frame spans the instants it holds and says until when") {
    const std::string html = app::sheet_html(two_screens());
    CHECK(html.find("<th>04:00</th><th>09:00</th><th>09:30</th>") != std::string::npos);
    CHECK(count(html, "<td colspan=\"2\"") == 1);  // the door from 09:00 to the end of the day
    CHECK(count(html, "<td colspan=\"1\"") == 4);
    CHECK(html.find("09:00 – end of day") != std::string::npos);
    CHECK(html.find("09:00 – 09:30") != std::string::npos);
  }

  TEST_CASE("findings are counted by kind at the top and marked on their frame") {
    const Sheet sheet = two_screens();
    const std::string html = app::sheet_html(sheet);
    CHECK(app::frame_count(sheet) == 6);
    CHECK(html.find("2 screens, 1 day, 6 frames, <span class=\"bad\">1 finding</span>: "
                    "drawn-empty 0") != std::string::npos);
    CHECK(html.find("cut-title 1</p>") != std::string::npos);
    // The box's place in percent of the frame, over the thumbnail; the cell and frame flagged.
    CHECK(html.find("class=\"mark\"") != std::string::npos);
    CHECK(html.find("left:50.000%;top:25.000%;width:25.000%;height:50.000%") != std::string::npos);
    CHECK(count(html, "class=\"page finding\"") == 1);
    CHECK(count(html, "class=\"has-findings\"") == 1);
    // Listed at the top with a link to the frame (the third drawn), texts escaped.
    CHECK(html.find("<a href=\"#frame-2\">door:1 2026-06-01 09:00 page 0</a> cut-title box 7 "
                    "&quot;A title &lt;b&gt;&quot;") != std::string::npos);
    CHECK(html.find("id=\"frame-2\"") != std::string::npos);
    CHECK(html.find("Café &lt;&amp;&gt; &quot;talks&quot;") != std::string::npos);
  }

  TEST_CASE("audit.json lists each finding with its screen, times, file and box") {
    const auto audit = nlohmann::json::parse(app::audit_json(two_screens()));
    CHECK(audit["frames"] == 6);
    CHECK(audit["screens"] == 2);
    CHECK(audit["counts"]["cut-title"] == 1);
    CHECK(audit["counts"]["overlap"] == 0);
    REQUIRE(audit["findings"].size() == 1);
    const auto& f = audit["findings"][0];
    CHECK(f["screen"] == "door:1");
    CHECK(f["from"] == "2026-06-01T09:00:00+02:00");
    CHECK(f["until"] == "2026-06-02T04:00:00+02:00");
    CHECK(f["file"] == "door:1/2026-06-01T09-00-00-p0.png");
    CHECK(f["box"] == 7);
    CHECK(f["rect"] == nlohmann::json{960, 270, 480, 540});
  }

  TEST_CASE("a screen's folder keeps its id's safe characters and never leaves the storyboard") {
    CHECK(app::folder_name("door-xviii.left_1") == "door-xviii.left_1");
    CHECK(app::folder_name("door:1") == "door_1");
    CHECK(app::folder_name("..") == "_.");
    CHECK(app::folder_name("../etc") == "_._etc");
    CHECK(app::folder_name("") == "_");
  }

  TEST_CASE("what passes between the processes comes back the same") {
    const Sheet sheet = two_screens();
    const auto& pages = sheet.days[0].rows[0][1].pages;
    const auto back = app::pages_from_text(app::to_text(pages));
    REQUIRE(back.size() == 1);
    CHECK(back[0].file == pages[0].file);
    REQUIRE(back[0].findings.size() == 1);
    CHECK(back[0].findings[0].excerpt == "A title <b>");
    CHECK(back[0].findings[0].rect == core::Rect{960, 270, 480, 540});
    const std::vector<core::HeldScreen> held{
        {{at("2026-06-01T04:00"), at("2026-06-01T09:00")}, {{0, {0, 0}}, {2, {1, 3}}}}};
    const auto held_back = app::held_from_text(app::to_text(held));
    REQUIRE(held_back.size() == 1);
    CHECK(held_back[0].held == held[0].held);
    REQUIRE(held_back[0].pages.size() == 2);
    CHECK(held_back[0].pages[1].step == 2);
    CHECK(held_back[0].pages[1].position == core::PagePosition{1, 3});
  }
}

TEST_SUITE("progress line") {
  TEST_CASE("it counts what is done and, once something is, the time left at that pace") {
    using std::chrono::milliseconds;
    CHECK(app::progress_text("frames", 0, 400, milliseconds{0}) == "frames 0/400");
    CHECK(app::progress_text("frames", 100, 400, milliseconds{2000}) ==
          "frames 100/400, about 6 s left");
    CHECK(app::progress_text("frames", 400, 400, milliseconds{8000}) == "frames 400/400");
  }

  TEST_CASE("it writes nothing when the output is not a terminal, and clears itself on one") {
    std::ostringstream quiet, shown;
    app::ProgressLine off{quiet, false, "frames", 3};
    app::ProgressLine on{shown, true, "frames", 3};
    for (std::size_t done = 1; done <= 3; ++done) {
      off.update(done);
      on.update(done);
    }
    off.finish();
    on.finish();
    CHECK(quiet.str().empty());
    CHECK(shown.str().find("\rframes 3/3") != std::string::npos);
    CHECK(shown.str().back() == '\r');
  }
}
