// `nownext storyboard`: the plan loaded once, the screens' days merged into held frames by worker
// processes, then every held frame rendered by them, then the sheet and audit.json written here.
#include "app/storyboard_command.hpp"

#include "app/feed_file.hpp"
#include "app/progress_line.hpp"
#include "app/screen_target.hpp"
#include "app/storyboard_render.hpp"
#include "app/version.hpp"
#include "app/worker_pool.hpp"
#include "core/time.hpp"

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <ostream>
#include <stdexcept>
#include <thread>

namespace nownext::app {
namespace {

void write_text(const std::filesystem::path& path, const std::string& text) {
  std::ofstream file{path, std::ios::binary | std::ios::trunc};
  file << text;
  if (!file.flush()) throw std::runtime_error(path.string() + ": cannot write");
}

// The venue days asked for (all when none is), each checked against the programme's.
std::vector<std::chrono::year_month_day> chosen_days(const core::Schedule& schedule,
                                                     const std::vector<std::string>& asked) {
  const auto days = core::venue_days(schedule);
  if (asked.empty()) return days;
  std::vector<std::chrono::year_month_day> chosen;
  for (const std::string& text : asked) {
    const auto day = core::parse_date(text);
    if (!day || std::find(days.begin(), days.end(), *day) == days.end()) {
      std::string list;
      for (const auto& d : days) list += (list.empty() ? "" : ", ") + core::format_date(d);
      throw std::runtime_error("--day: '" + text + "' is not a day of the programme; days: " +
                               (list.empty() ? "none" : list));
    }
    if (std::find(chosen.begin(), chosen.end(), *day) == chosen.end()) chosen.push_back(*day);
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

std::unique_ptr<StoryboardPlan> make_plan(const StoryboardRequest& request, std::ostream& err) {
  const auto data = data_dir(request.data_dir);
  auto made = std::make_unique<StoryboardPlan>(
      load_agenda(request.feed ? *request.feed : bundled_feed(data).string(),
                  feed_format_named(request.format)));
  StoryboardPlan& plan = *made;
  plan.data = data;
  plan.out = request.out;
  plan.days = chosen_days(plan.schedule, request.days);
  if (request.fleet) {
    if (!request.sizes.empty() || request.language) {
      throw std::runtime_error(
          "--size and --lang are for a storyboard without --fleet: a fleet "
          "file gives each screen's");
    }
    plan.screens = fleet_screens(*request.fleet, plan.agenda, data);
  } else {
    std::vector<ScreenSize> sizes;
    for (const std::string& size : request.sizes) sizes.push_back(parse_screen_size(size));
    plan.screens = layout_screens(plan.agenda, data, sizes,
                                  request.language.value_or(default_language(plan.agenda, data)));
  }
  std::map<std::pair<std::string, std::string>, std::size_t> setups;
  for (const StoryboardScreen& screen : plan.screens) {
    const auto [found, added] =
        setups.try_emplace({screen.layout, screen.language}, plan.setups.size());
    if (added) {
      plan.setups.push_back(load_screen_setup(data, screen.layout, screen.language));
      for (const auto& line : plan.setups.back().warnings) err << "warning: " << line << "\n";
    }
    plan.setup_of.push_back(found->second);
    plan.folders.push_back(folder_name(screen.id));
    const auto twin = std::find_if(plan.screens.begin(), plan.screens.end(),
                                   [&](const auto& s) { return s.shows_the_same(screen); });
    plan.same_as.push_back(static_cast<std::size_t>(twin - plan.screens.begin()));
    if (plan.same_as.back() == plan.setup_of.size() - 1) {
      plan.drawn.push_back(plan.same_as.back());
      std::filesystem::create_directories(plan.out / plan.folders.back() / "thumbs");
    }
  }
  return made;
}

// What a held frame's task renders: its screen, its day, and what it holds.
struct HeldTask {
  std::size_t screen = 0, day = 0;
  core::HeldScreen held;
};

// Where the progress lines go: a terminal, or nowhere.
struct Progress {
  std::ostream* terminal;
  std::ostream& quiet;
  [[nodiscard]] ProgressLine line(const std::string& what, std::size_t total) const {
    return {terminal ? *terminal : quiet, terminal != nullptr, what, total};
  }
};

std::function<std::shared_ptr<StoryboardWorker>()> workers_of(const StoryboardPlan& plan) {
  return [&plan] { return std::make_shared<StoryboardWorker>(plan); };
}

// Each drawn screen's days, merged into held frames: cheap, frames are built but not drawn.
std::vector<HeldTask> plan_held(const StoryboardPlan& plan, int workers, const Progress& progress) {
  const std::size_t days = plan.days.size();
  ProgressLine line = progress.line("storyboard: screen days", plan.drawn.size() * days);
  std::size_t planned = 0;
  const auto worker = workers_of(plan);
  const std::vector<std::string> texts = run_in_workers(
      plan.drawn.size() * days, workers,
      [&] {
        auto w = worker();
        return [w, days, &plan](std::size_t task) {
          return to_text(w->held(plan.drawn[task / days], task % days));
        };
      },
      [&](std::size_t) { line.update(++planned); });
  line.finish();
  std::vector<HeldTask> tasks;
  for (std::size_t t = 0; t < texts.size(); ++t) {
    for (core::HeldScreen& held : held_from_text(texts[t])) {
      tasks.push_back({plan.drawn[t / days], t % days, std::move(held)});
    }
  }
  return tasks;
}

// Every held frame drawn once, on every page: each task's pages, as text.
std::vector<std::string> draw_held(const StoryboardPlan& plan, const std::vector<HeldTask>& tasks,
                                   int workers, const Progress& progress) {
  std::size_t total = 0;
  for (const HeldTask& t : tasks) total += t.held.pages.size();
  ProgressLine line = progress.line("storyboard: frames", total);
  std::size_t drawn = 0;
  const auto worker = workers_of(plan);
  std::vector<std::string> pages = run_in_workers(
      tasks.size(), workers,
      [&] {
        auto w = worker();
        return [w, &tasks](std::size_t task) {
          return to_text(w->render(tasks[task].screen, tasks[task].held));
        };
      },
      [&](std::size_t task) { line.update(drawn += tasks[task].held.pages.size()); });
  line.finish();
  return pages;
}

Sheet make_sheet(const StoryboardPlan& plan, const StoryboardRequest& request,
                 const std::vector<HeldTask>& tasks, const std::vector<std::string>& pages) {
  Sheet sheet;
  const core::Event& event = plan.agenda.event();
  sheet.event = event.title.empty()
                    ? event.id
                    : std::string{event.title.in(plan.screens.empty() ? std::string{"en"}
                                                                      : plan.screens[0].language)};
  sheet.feed = request.feed.value_or(bundled_feed(plan.data).string());
  sheet.version = version;
  sheet.zone = &plan.agenda.time_zone();
  for (std::size_t s = 0; s < plan.screens.size(); ++s) {
    const std::size_t twin = plan.same_as[s];
    sheet.screens.push_back(
        {plan.screens[s].id, plan.screens[s].description() +
                                 (twin == s ? "" : "; the same as " + plan.screens[twin].id)});
  }
  for (const auto& day : plan.days) {
    sheet.days.push_back({core::format_date(day), core::day_span(plan.schedule, day),
                          std::vector<std::vector<SheetCell>>(plan.screens.size())});
  }
  for (std::size_t t = 0; t < tasks.size(); ++t) {
    sheet.days[tasks[t].day].rows[tasks[t].screen].push_back(
        {tasks[t].held.held, pages_from_text(pages[t])});
  }
  for (SheetDay& day : sheet.days) {
    for (std::size_t s = 0; s < plan.screens.size(); ++s) day.rows[s] = day.rows[plan.same_as[s]];
  }
  return sheet;
}

// One line per finding, then the summary; returns the number of findings.
std::size_t print_findings(const Sheet& sheet, std::ostream& out) {
  std::size_t findings = 0;
  for (const SheetDay& day : sheet.days) {
    for (std::size_t s = 0; s < sheet.screens.size(); ++s) {
      for (const SheetCell& cell : day.rows[s]) {
        for (const SheetPage& page : cell.pages) {
          for (const SheetFinding& f : page.findings) {
            out << core::format_local_iso(cell.held.from, *sheet.zone) << ' ' << sheet.screens[s].id
                << " page " << page.step << " box " << f.box << " \"" << f.excerpt
                << "\": " << f.reason << " (" << f.rule << ")\n";
            ++findings;
          }
        }
      }
    }
  }
  const auto counts = finding_counts(sheet);
  out << "storyboard: " << counted(sheet.screens.size(), "screen") << ", "
      << counted(sheet.days.size(), "day") << ", " << counted(frame_count(sheet), "frame") << ", "
      << counted(findings, "finding");
  const auto kinds = storyboard_kinds();
  for (std::size_t k = 0; k < kinds.size(); ++k) {
    out << (k == 0 ? ": " : ", ") << kinds[k] << ' ' << counts[k];
  }
  out << '\n';
  return findings;
}

}  // namespace

int run_storyboard(const StoryboardRequest& request, std::ostream& out, std::ostream& err,
                   std::ostream* progress) {
  try {
    const std::unique_ptr<StoryboardPlan> made = make_plan(request, err);
    const StoryboardPlan& plan = *made;
    const int workers = request.jobs > 0
                            ? request.jobs
                            : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    const Progress lines{progress, err};
    const std::vector<HeldTask> tasks = plan_held(plan, workers, lines);
    const std::vector<std::string> pages = draw_held(plan, tasks, workers, lines);
    const Sheet sheet = make_sheet(plan, request, tasks, pages);
    write_text(plan.out / "index.html", sheet_html(sheet));
    write_text(plan.out / "audit.json", audit_json(sheet));
    const std::size_t findings = print_findings(sheet, out);
    out << "sheet: " << (plan.out / "index.html").string() << "\n";
    return findings == 0 ? 0 : 1;
  } catch (const std::exception& e) {
    err << e.what() << "\n";
    return 2;
  }
}

}  // namespace nownext::app
