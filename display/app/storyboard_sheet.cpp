// The contact sheet and audit.json of a storyboard.
#include "app/storyboard_sheet.hpp"

#include "core/frame_audit.hpp"
#include "core/time.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <set>
#include <sstream>

namespace nownext::app {
namespace {

constexpr const char* style = R"(
body { font: 14px/1.4 sans-serif; margin: 1.5em; color: #1b1b1b; background: #f4f4f2; }
h1 { font-size: 1.6em; margin: 0 0 .3em; }
h2 { font-size: 1.25em; margin: 1.6em 0 .5em; }
.summary { font-size: 1.1em; }
.summary .bad { color: #b00020; font-weight: bold; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; }
th, td { border: 1px solid #c8c8c4; padding: 6px; vertical-align: top; background: #fff; }
thead th { background: #e6e6e2; white-space: nowrap; }
th.screen { text-align: left; white-space: nowrap; position: sticky; left: 0; }
th.screen small { font-weight: normal; color: #555; }
td.has-findings { background: #fde8ea; }
.held { font-weight: bold; white-space: nowrap; margin-bottom: 4px; }
figure { margin: 0 0 8px; }
figcaption { color: #555; font-size: .9em; }
.thumb { position: relative; display: inline-block; line-height: 0; outline: 1px solid #999; }
.thumb img { display: block; }
.page.finding .thumb { outline: 3px solid #b00020; }
.mark { position: absolute; outline: 2px solid #b00020; background: rgba(176, 0, 32, .18); }
ul.finding-list { margin: 4px 0 0; padding-left: 1.2em; color: #b00020; max-width: 28em; }
ol.findings li { margin-bottom: .3em; }
)";

std::string escaped(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

// A file of the storyboard's folder as a link: "./" keeps a name with a colon a path.
std::string href(const std::string& file) {
  return escaped("./" + file);
}

// "09:00", or "09:00:30" when the instant is not on a minute.
std::string clock_text(core::Instant at, const date::time_zone& zone) {
  const core::LocalTime local = core::to_local(at, zone);
  char text[16];
  const auto& t = local.time_of_day;
  if (t.seconds().count() == 0) {
    std::snprintf(text, sizeof text, "%02d:%02d", static_cast<int>(t.hours().count()),
                  static_cast<int>(t.minutes().count()));
  } else {
    std::snprintf(text, sizeof text, "%02d:%02d:%02d", static_cast<int>(t.hours().count()),
                  static_cast<int>(t.minutes().count()), static_cast<int>(t.seconds().count()));
  }
  return text;
}

std::string held_text(const core::TimeSpan& held, const core::TimeSpan& day,
                      const date::time_zone& zone) {
  return clock_text(held.from, zone) + " – " +
         (held.until == day.until ? std::string{"end of day"} : clock_text(held.until, zone));
}

std::string percent(int part, int whole) {
  char text[16];
  std::snprintf(text, sizeof text, "%.3f%%", whole > 0 ? 100.0 * part / whole : 0.0);
  return text;
}

std::string finding_line(const SheetFinding& f) {
  return f.rule + " box " + std::to_string(f.box) + " \"" + f.excerpt + "\": " + f.reason;
}

// Calls `visit(day, screen, cell, page)` for every page of the sheet, in order.
template <typename Visit>
void each_page(const Sheet& sheet, Visit visit) {
  for (const SheetDay& day : sheet.days) {
    for (std::size_t s = 0; s < day.rows.size(); ++s) {
      for (const SheetCell& cell : day.rows[s]) {
        for (const SheetPage& page : cell.pages) visit(day, s, cell, page);
      }
    }
  }
}

void write_page(std::ostream& html, const SheetPage& page, const std::string& alt,
                std::size_t anchor) {
  html << "<figure id=\"frame-" << anchor << "\" class=\"page"
       << (page.findings.empty() ? "" : " finding") << "\"><a href=\"" << href(page.file)
       << "\"><span class=\"thumb\"><img src=\"" << href(page.thumb) << "\" width=\""
       << page.thumb_width_px << "\" height=\"" << page.thumb_height_px << "\" alt=\""
       << escaped(alt) << "\">";
  for (const SheetFinding& f : page.findings) {
    html << "<span class=\"mark\" title=\"" << escaped(finding_line(f))
         << "\" style=\"left:" << percent(f.rect.x, page.width_px)
         << ";top:" << percent(f.rect.y, page.height_px)
         << ";width:" << percent(f.rect.w, page.width_px)
         << ";height:" << percent(f.rect.h, page.height_px) << "\"></span>";
  }
  html << "</span></a><figcaption>page " << page.step << "</figcaption>";
  if (!page.findings.empty()) {
    html << "<ul class=\"finding-list\">";
    for (const SheetFinding& f : page.findings)
      html << "<li>" << escaped(finding_line(f)) << "</li>";
    html << "</ul>";
  }
  html << "</figure>\n";
}

void write_day(std::ostream& html, const Sheet& sheet, const SheetDay& day, std::size_t& anchor) {
  // A column per instant at which any screen shows a new frame; a frame spans those it holds.
  std::vector<core::Instant> columns;
  for (const auto& row : day.rows) {
    for (const SheetCell& cell : row) columns.push_back(cell.held.from);
  }
  std::sort(columns.begin(), columns.end());
  columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
  html << "<h2 id=\"day-" << day.date << "\">" << day.date << "</h2>\n<div class=\"scroll\"><table>"
       << "<thead><tr><th class=\"screen\">screen</th>";
  for (const core::Instant at : columns) html << "<th>" << clock_text(at, *sheet.zone) << "</th>";
  html << "</tr></thead>\n<tbody>\n";
  for (std::size_t s = 0; s < day.rows.size(); ++s) {
    const SheetScreen& screen = sheet.screens[s];
    html << "<tr><th class=\"screen\">" << escaped(screen.id) << "<br><small>"
         << escaped(screen.description) << "</small></th>\n";
    for (const SheetCell& cell : day.rows[s]) {
      const auto first = std::lower_bound(columns.begin(), columns.end(), cell.held.from);
      const auto end = std::lower_bound(columns.begin(), columns.end(), cell.held.until);
      const bool findings = std::any_of(cell.pages.begin(), cell.pages.end(),
                                        [](const SheetPage& p) { return !p.findings.empty(); });
      html << "<td colspan=\"" << std::max<long>(1, end - first) << "\""
           << (findings ? " class=\"has-findings\"" : "") << "><div class=\"held\">"
           << held_text(cell.held, day.span, *sheet.zone) << "</div>\n";
      for (const SheetPage& page : cell.pages) {
        write_page(html, page,
                   screen.id + " " + day.date + " " + clock_text(cell.held.from, *sheet.zone) +
                       " page " + std::to_string(page.step),
                   anchor++);
      }
      html << "</td>\n";
    }
    html << "</tr>\n";
  }
  html << "</tbody></table></div>\n";
}

}  // namespace

std::array<std::string_view, storyboard_kind_count> storyboard_kinds() {
  std::array<std::string_view, storyboard_kind_count> kinds{};
  for (std::size_t r = 0; r < core::audit_rule_count; ++r) {
    kinds[r] = core::to_string(core::all_audit_rules[r]);
  }
  kinds.back() = cut_kind;
  return kinds;
}

std::string counted(std::size_t count, const std::string& noun) {
  return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

std::size_t frame_count(const Sheet& sheet) {
  std::set<std::string> files;
  each_page(sheet, [&](const SheetDay&, std::size_t, const SheetCell&, const SheetPage& page) {
    files.insert(page.file);
  });
  return files.size();
}

std::array<std::size_t, storyboard_kind_count> finding_counts(const Sheet& sheet) {
  std::array<std::size_t, storyboard_kind_count> counts{};
  const auto kinds = storyboard_kinds();
  each_page(sheet, [&](const SheetDay&, std::size_t, const SheetCell&, const SheetPage& page) {
    for (const SheetFinding& f : page.findings) {
      for (std::size_t k = 0; k < kinds.size(); ++k) {
        if (f.rule == kinds[k]) ++counts[k];
      }
    }
  });
  return counts;
}

std::string sheet_html(const Sheet& sheet) {
  const auto counts = finding_counts(sheet);
  std::size_t total = 0;
  for (const std::size_t c : counts) total += c;
  std::ostringstream html;
  html << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Storyboard: "
       << escaped(sheet.event) << "</title>\n<style>" << style << "</style></head><body>\n"
       << "<h1>Storyboard: " << escaped(sheet.event) << "</h1>\n<p class=\"summary\">"
       << counted(sheet.screens.size(), "screen") << ", " << counted(sheet.days.size(), "day")
       << ", " << counted(frame_count(sheet), "frame") << ", <span"
       << (total > 0 ? " class=\"bad\"" : "") << ">" << counted(total, "finding") << "</span>:";
  const auto kinds = storyboard_kinds();
  for (std::size_t k = 0; k < kinds.size(); ++k) {
    html << (k == 0 ? " " : ", ") << kinds[k] << ' ' << counts[k];
  }
  html << "</p>\n<p>Feed " << escaped(sheet.feed) << "; nownext " << escaped(sheet.version)
       << ". Times are the venue's. Each frame holds from its time until the next one in its row; "
          "its clock and countdowns go on meanwhile. Days:";
  for (const SheetDay& day : sheet.days) {
    html << " <a href=\"#day-" << day.date << "\">" << day.date << "</a>";
  }
  html << ".</p>\n";
  if (total > 0) {
    html << "<h2>Findings</h2>\n<ol class=\"findings\">\n";
    std::size_t anchor = 0;
    each_page(sheet, [&](const SheetDay& day, std::size_t s, const SheetCell& cell,
                         const SheetPage& page) {
      for (const SheetFinding& f : page.findings) {
        html << "<li><a href=\"#frame-" << anchor << "\">" << escaped(sheet.screens[s].id) << ' '
             << day.date << ' ' << clock_text(cell.held.from, *sheet.zone) << " page " << page.step
             << "</a> " << escaped(finding_line(f)) << "</li>\n";
      }
      ++anchor;
    });
    html << "</ol>\n";
  }
  std::size_t anchor = 0;
  for (const SheetDay& day : sheet.days) write_day(html, sheet, day, anchor);
  html << "</body></html>\n";
  return html.str();
}

std::string audit_json(const Sheet& sheet) {
  using nlohmann::json;
  json counts = json::object();
  const auto by_kind = finding_counts(sheet);
  const auto kinds = storyboard_kinds();
  for (std::size_t k = 0; k < kinds.size(); ++k) counts[std::string{kinds[k]}] = by_kind[k];
  json findings = json::array();
  each_page(sheet,
            [&](const SheetDay& day, std::size_t s, const SheetCell& cell, const SheetPage& page) {
              for (const SheetFinding& f : page.findings) {
                findings.push_back({{"screen", sheet.screens[s].id},
                                    {"day", day.date},
                                    {"from", core::format_local_iso(cell.held.from, *sheet.zone)},
                                    {"until", core::format_local_iso(cell.held.until, *sheet.zone)},
                                    {"page", page.step},
                                    {"file", page.file},
                                    {"rule", f.rule},
                                    {"box", f.box},
                                    {"excerpt", f.excerpt},
                                    {"reason", f.reason},
                                    {"rect", {f.rect.x, f.rect.y, f.rect.w, f.rect.h}}});
              }
            });
  const json audit{
      {"event", sheet.event},         {"feed", sheet.feed}, {"screens", sheet.screens.size()},
      {"frames", frame_count(sheet)}, {"counts", counts},   {"findings", findings}};
  return audit.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace nownext::app
