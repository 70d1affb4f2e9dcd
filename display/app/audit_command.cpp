// `nownext audit`: the matrix of layouts, sizes and languages split into jobs, run in worker
// processes (each with its own fonts), findings printed in a fixed order whatever the workers.
#include "app/audit_command.hpp"

#include "app/feed_file.hpp"
#include "app/languages.hpp"
#include "app/screen_setup.hpp"
#include "app/screen_target.hpp"
#include "app/worker_pool.hpp"
#include "core/audit_plan.hpp"
#include "core/frame_audit.hpp"
#include "render/font_config.hpp"
#include "render/fonts.hpp"
#include "render/painter.hpp"
#include "render/sdl_library.hpp"
#include "render/text_shaper.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace nownext::app {
namespace {

// Fitted boxes a worker keeps: the texts of a whole feed at one size, many times over.
constexpr std::size_t worker_fit_cache = 50000;

// The names of the `.json` files of a folder, sorted.
std::vector<std::string> names_in(const std::filesystem::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") {
      names.push_back(entry.path().stem().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

// The names asked for, or all of them; throws naming the unknown one and what is available.
std::vector<std::string> chosen(const std::vector<std::string>& asked,
                                const std::vector<std::string>& available, const std::string& kind,
                                const std::string& option) {
  for (const std::string& name : asked) {
    if (std::find(available.begin(), available.end(), name) == available.end()) {
      std::string list;
      for (const std::string& a : available) list += (list.empty() ? "" : ", ") + a;
      throw std::runtime_error(option + ": no " + kind + " '" + name + "'; " + kind + "s: " + list);
    }
  }
  return asked.empty() ? available : asked;
}

struct Job {
  std::size_t setup = 0;  // index into the loaded setups (layout x language)
  std::string layout;
  std::string language;
  ScreenSize size;
};

// Everything the workers share, loaded before they start. Not movable: the schedule refers to the
// agenda.
struct Plan {
  explicit Plan(core::Agenda loaded) : agenda(std::move(loaded)) {}
  Plan(const Plan&) = delete;
  Plan& operator=(const Plan&) = delete;
  ~Plan() = default;

  core::Agenda agenda;
  core::Schedule schedule{agenda};
  std::vector<core::Instant> instants = core::audit_instants(schedule);
  std::vector<ScreenSetup> setups;
  std::vector<Job> jobs;
  std::size_t layouts = 0, sizes = 0, languages = 0;
  std::filesystem::path data;
};

// A worker's fonts and fitted texts, in teardown order (fonts before SDL_ttf is shut down).
struct WorkerFonts {
  explicit WorkerFonts(const std::filesystem::path& data)
      : fonts(render::resolve_fonts(render::load_font_config(data / "fonts" / "roles.txt"))) {}
  render::SdlLibrary sdl;
  render::Fonts fonts;
  render::TextShaper shaper{fonts};
  render::FitCache fits{worker_fit_cache};
};

// "1 screen", "2 screens"
std::string counted(long count, const std::string& noun) {
  return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

std::string size_text(const ScreenSize& size) {
  return std::to_string(size.width_px) + "x" + std::to_string(size.height_px);
}

// A job's output: the number of screens on the first line, then one line per finding, each
// starting with its rule's name.
std::string run_job(const Plan& plan, const Job& job, WorkerFonts& worker) {
  const ScreenSetup& setup = plan.setups[job.setup];
  const core::ScreenContext context{plan.schedule,
                                    setup.layout,
                                    setup.theme,
                                    setup.strings,
                                    text_languages(plan.agenda, job.language),
                                    job.size.width_px,
                                    job.size.height_px,
                                    {},
                                    "",
                                    {},
                                    {},
                                    "",
                                    &worker.shaper};
  const bool per_room = setup.layout.kind != core::LayoutKind::hallway;
  const std::size_t rooms = per_room ? std::max<std::size_t>(plan.agenda.rooms().size(), 1) : 1;
  std::ostringstream findings;
  long screens = 0;
  for (const core::Instant at : plan.instants) {
    const std::string when = core::format_local_iso(at, plan.agenda.time_zone());
    for (core::RoomIndex room = 0; room < rooms; ++room) {
      std::string where = when + " " + job.layout + " " + size_text(job.size) + " " + job.language;
      if (per_room && !plan.agenda.rooms().empty()) {
        where += " room " + plan.agenda.rooms()[room].id;
      }
      for (const core::AuditPage& page : core::audit_pages(context, room, at)) {
        const core::Frame frame = core::build_screen(context, room, at, page.position);
        const core::PaintReport report = render::report_frame(frame, worker.shaper, worker.fits);
        ++screens;
        for (const core::AuditFinding& f : core::audit_frame(frame, report)) {
          findings << core::to_string(f.rule) << ' ' << where << " page " << page.step << " box "
                   << f.element << " \"" << core::box_excerpt(frame.elements[f.element])
                   << "\": " << f.reason << '\n';
        }
      }
    }
  }
  return std::to_string(screens) + "\n" + findings.str();
}

std::unique_ptr<Plan> make_plan(const AuditRequest& request) {
  const auto data = data_dir(request.data_dir);
  auto made = std::make_unique<Plan>(
      load_agenda(request.feed ? *request.feed : bundled_feed(data).string()));
  Plan& plan = *made;
  plan.data = data;
  const auto layouts =
      chosen(request.layouts, names_in(plan.data / "layouts"), "layout", "--layout");
  const auto languages =
      chosen(request.languages, names_in(plan.data / "layouts" / "strings"), "language", "--lang");
  std::vector<ScreenSize> sizes;
  for (const std::string& size : request.sizes) sizes.push_back(parse_screen_size(size));
  if (sizes.empty()) {
    for (const std::string_view size : audit_sizes)
      sizes.push_back(parse_screen_size(std::string{size}));
  }
  for (const std::string& layout : layouts) {
    for (const std::string& language : languages) {
      plan.setups.push_back(load_screen_setup(plan.data, layout, language));
      ScreenSetup& setup = plan.setups.back();
      setup.strings = with_chosen_digits(setup.strings, &plan.agenda);
      if (request.pair_with && *request.pair_with != language) {
        setup.strings = setup.strings.paired_with(with_chosen_digits(
            load_screen_setup(plan.data, layout, *request.pair_with).strings, &plan.agenda));
      }
    }
  }
  plan.layouts = layouts.size();
  plan.sizes = sizes.size();
  plan.languages = languages.size();
  for (std::size_t l = 0; l < layouts.size(); ++l) {
    for (const ScreenSize& size : sizes) {
      for (std::size_t g = 0; g < languages.size(); ++g) {
        plan.jobs.push_back({l * languages.size() + g, layouts[l], languages[g], size});
      }
    }
  }
  return made;
}

}  // namespace

int run_audit(const AuditRequest& request, std::ostream& out, std::ostream& err) {
  try {
    const std::unique_ptr<Plan> made = make_plan(request);
    const Plan& plan = *made;
    const int workers = request.jobs > 0
                            ? request.jobs
                            : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    const std::vector<std::string> outputs =
        run_in_workers(plan.jobs.size(), workers, [&plan]() -> TaskRunner {
          auto fonts = std::make_shared<WorkerFonts>(plan.data);
          return
              [&plan, fonts](std::size_t task) { return run_job(plan, plan.jobs[task], *fonts); };
        });

    std::array<long, core::audit_rule_count> counts{};
    long screens = 0, total = 0;
    for (const std::string& output : outputs) {
      std::istringstream lines{output};
      std::string line;
      std::getline(lines, line);
      screens += std::stol(line);
      while (std::getline(lines, line)) {
        const std::size_t space = line.find(' ');
        for (std::size_t r = 0; r < core::audit_rule_count; ++r) {
          if (line.compare(0, space, core::to_string(core::all_audit_rules[r])) == 0) ++counts[r];
        }
        out << line.substr(space + 1) << '\n';
        ++total;
      }
    }
    out << "audit: " << counted(screens, "screen") << " ("
        << counted(static_cast<long>(plan.instants.size()), "instant") << "; "
        << counted(static_cast<long>(plan.layouts), "layout") << ", "
        << counted(static_cast<long>(plan.sizes), "size") << ", "
        << counted(static_cast<long>(plan.languages), "language") << "), "
        << counted(total, "finding");
    for (std::size_t r = 0; r < core::audit_rule_count; ++r) {
      out << (r == 0 ? ": " : ", ") << core::to_string(core::all_audit_rules[r]) << ' '
          << counts[r];
    }
    out << '\n';
    return total == 0 ? 0 : 1;
  } catch (const std::exception& e) {
    err << e.what() << "\n";
    return 2;
  }
}

}  // namespace nownext::app
