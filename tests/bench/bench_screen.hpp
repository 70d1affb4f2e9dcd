// The IDM 2017 agenda on a screen of the project's layouts, for benchmarks (which cannot use the
// doctest fixture). Owns everything its ScreenContext refers to; not movable.
#pragma once

#include "core/feed_parser.hpp"
#include "core/screen.hpp"
#include "support/test_files.hpp"

#include <stdexcept>
#include <string>

namespace nownext::testing {

template <typename Result>
auto must(Result result, const std::string& what) {
  if (!result.errors.empty()) throw std::runtime_error(what + " does not load");
  return result;
}

inline core::Agenda idm_agenda() {
  auto feed = core::parse_feed(read_test_file(source_path("feeds/idm2017.json")));
  if (!feed.ok()) throw std::runtime_error("the IDM feed does not load");
  return std::move(*feed.agenda);
}

struct BenchScreen {
  BenchScreen(const std::string& layout_name, int width, int height)
      : layout(*must(core::parse_layout(
                         read_test_file(source_path("layouts/" + layout_name + ".json"))),
                     layout_name)
                    .layout),
        context{schedule, layout, theme, strings, {"fr"}, width, height, {}, "", {}} {}
  BenchScreen(const BenchScreen&) = delete;
  BenchScreen& operator=(const BenchScreen&) = delete;
  ~BenchScreen() = default;

  core::Agenda agenda = idm_agenda();
  core::Schedule schedule{agenda};
  core::Layout layout;
  core::Theme theme =
      *must(core::parse_theme(read_test_file(source_path("layouts/themes/default.json"))), "theme")
           .theme;
  core::UiStrings strings =
      *must(core::parse_ui_strings(read_test_file(source_path("layouts/strings/fr.json"))),
            "strings")
           .strings;
  core::ScreenContext context;
};

}  // namespace nownext::testing
