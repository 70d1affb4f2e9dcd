// Held frames and their rendering, in a storyboard's worker processes.
#include "app/storyboard_render.hpp"

#include "core/frame_audit.hpp"
#include "core/time.hpp"
#include "render/font_config.hpp"
#include "render/quick_png.hpp"
#include "render/thumbnail.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

namespace nownext::app {
namespace {

using nlohmann::json;

// The longer side of a thumbnail, in pixels.
constexpr int thumb_side_px = 320;

// "2017-07-18T09-00-00-p0.png": sorts by time, then page.
std::string frame_name(core::Instant at, const date::time_zone& zone, int step) {
  const core::LocalTime local = core::to_local(at, zone);
  const auto& t = local.time_of_day;
  char name[64];
  std::snprintf(name, sizeof name, "%sT%02d-%02d-%02d-p%d.png",
                core::format_date(local.date).c_str(), static_cast<int>(t.hours().count()),
                static_cast<int>(t.minutes().count()), static_cast<int>(t.seconds().count()), step);
  return name;
}

core::Rect rect_of(const core::Element& element) {
  return std::visit([](const auto& e) { return e.rect; }, element);
}

std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
  }));
}

// The frame audit's findings, then a finding for each title cut with "…" that the audit did not
// already name (see cut_kind).
std::vector<SheetFinding> findings_of(const core::Frame& frame, const core::PaintReport& report) {
  std::vector<SheetFinding> findings;
  for (const core::AuditFinding& f : core::audit_frame(frame, report)) {
    findings.push_back({std::string{core::to_string(f.rule)}, f.element,
                        core::box_excerpt(frame.elements[f.element]), f.reason,
                        rect_of(frame.elements[f.element])});
  }
  for (const core::DrawnText& drawn : report.texts) {
    const bool named = std::any_of(findings.begin(), findings.end(),
                                   [&](const SheetFinding& f) { return f.box == drawn.element; });
    const auto* box = std::get_if<core::TextBox>(&frame.elements[drawn.element]);
    if (!drawn.cut || named || box == nullptr || box->role != core::TextRole::title) continue;
    std::size_t shown = 0;
    for (const std::string& line : drawn.lines) shown += code_points(line);
    findings.push_back({std::string{cut_kind}, drawn.element, core::box_excerpt(*box),
                        "cut with \"…\" at " + std::to_string(drawn.size_px) +
                            " px: " + std::to_string(drawn.lines.size()) + " lines show " +
                            std::to_string(shown) + " of its " +
                            std::to_string(code_points(box->text)) + " characters",
                        box->rect});
  }
  return findings;
}

}  // namespace

std::string folder_name(const std::string& id) {
  std::string name;
  for (const char c : id) {
    const bool kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || (c == '.' && !name.empty());
    name += kept ? c : '_';
  }
  return name.empty() ? "_" : name;
}

StoryboardWorker::StoryboardWorker(const StoryboardPlan& plan)
    : plan_(plan),
      fonts_(render::resolve_fonts(render::load_font_config(plan.data / "fonts" / "roles.txt"))),
      shaper_(fonts_) {}

core::ScreenContext StoryboardWorker::context(std::size_t screen) {
  const StoryboardScreen& s = plan_.screens[screen];
  const ScreenSetup& setup = plan_.setups[plan_.setup_of[screen]];
  return {
      plan_.schedule,   setup.layout, setup.theme, setup.strings,   s.languages, s.size.width_px,
      s.size.height_px, {},           "",          s.hallway_rooms, {},          "",
      &shaper_};
}

render::SoftwareCanvas& StoryboardWorker::canvas(int width_px, int height_px) {
  auto& made = canvases_[{width_px, height_px}];
  if (!made) {
    made = std::make_unique<render::SoftwareCanvas>(width_px, height_px, shaper_,
                                                    plan_.data / "assets");
  }
  return *made;
}

std::vector<core::HeldScreen> StoryboardWorker::held(std::size_t screen, std::size_t day) {
  const core::ScreenContext c = context(screen);
  const core::RoomIndex room = plan_.screens[screen].room;
  const auto date = plan_.days[day];
  return core::held_screens(core::day_instants(plan_.schedule, date),
                            core::day_span(plan_.schedule, date),
                            {[&](core::Instant at) { return core::audit_pages(c, room, at); },
                             [&](core::Instant at, core::PagePosition page) {
                               return core::build_screen(c, room, at, page);
                             }});
}

std::vector<SheetPage> StoryboardWorker::render(std::size_t screen, const core::HeldScreen& held) {
  const core::ScreenContext c = context(screen);
  const StoryboardScreen& s = plan_.screens[screen];
  const std::string& folder = plan_.folders[screen];
  std::vector<SheetPage> pages;
  for (const core::AuditPage& page : held.pages) {
    const core::Frame frame = core::build_screen(c, s.room, held.held.from, page.position);
    render::SoftwareCanvas& drawn = canvas(s.size.width_px, s.size.height_px);
    core::PaintReport report;
    drawn.draw(frame, &report);
    SheetPage out;
    out.step = page.step;
    const std::string name = frame_name(held.held.from, plan_.agenda.time_zone(), page.step);
    out.file = folder + "/" + name;
    out.thumb = folder + "/thumbs/" + name;
    out.width_px = s.size.width_px;
    out.height_px = s.size.height_px;
    render::save_png_quickly(drawn.surface(), plan_.out / out.file);
    const render::SurfacePtr thumb = render::shrink_surface(drawn.surface(), thumb_side_px);
    out.thumb_width_px = thumb->w;
    out.thumb_height_px = thumb->h;
    render::save_png_quickly(*thumb, plan_.out / out.thumb);
    out.findings = findings_of(frame, report);
    pages.push_back(std::move(out));
  }
  return pages;
}

std::string to_text(const std::vector<core::HeldScreen>& held) {
  json list = json::array();
  for (const core::HeldScreen& h : held) {
    json pages = json::array();
    for (const core::AuditPage& p : h.pages) {
      pages.push_back({p.step, p.position.entry, p.position.sub_page});
    }
    list.push_back(
        {h.held.from.time_since_epoch().count(), h.held.until.time_since_epoch().count(), pages});
  }
  return list.dump();
}

std::vector<core::HeldScreen> held_from_text(const std::string& text) {
  std::vector<core::HeldScreen> held;
  for (const json& h : json::parse(text)) {
    core::HeldScreen screen{{core::Instant{std::chrono::seconds{h[0].get<long long>()}},
                             core::Instant{std::chrono::seconds{h[1].get<long long>()}}},
                            {}};
    for (const json& p : h[2]) {
      screen.pages.push_back({p[0].get<int>(), {p[1].get<std::size_t>(), p[2].get<int>()}});
    }
    held.push_back(std::move(screen));
  }
  return held;
}

std::string to_text(const std::vector<SheetPage>& pages) {
  json list = json::array();
  for (const SheetPage& p : pages) {
    json findings = json::array();
    for (const SheetFinding& f : p.findings) {
      findings.push_back(
          {f.rule, f.box, f.excerpt, f.reason, {f.rect.x, f.rect.y, f.rect.w, f.rect.h}});
    }
    list.push_back({p.step, p.file, p.thumb, p.width_px, p.height_px, p.thumb_width_px,
                    p.thumb_height_px, findings});
  }
  return list.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::vector<SheetPage> pages_from_text(const std::string& text) {
  std::vector<SheetPage> pages;
  for (const json& p : json::parse(text)) {
    SheetPage page{
        p[0].get<int>(), p[1].get<std::string>(), p[2].get<std::string>(), p[3].get<int>(),
        p[4].get<int>(), p[5].get<int>(),         p[6].get<int>(),         {}};
    for (const json& f : p[7]) {
      page.findings.push_back(
          {f[0].get<std::string>(),
           f[1].get<std::size_t>(),
           f[2].get<std::string>(),
           f[3].get<std::string>(),
           {f[4][0].get<int>(), f[4][1].get<int>(), f[4][2].get<int>(), f[4][3].get<int>()}});
    }
    pages.push_back(std::move(page));
  }
  return pages;
}

}  // namespace nownext::app
