// nownext: the program's entry point. Parses the command line and hands over to a command.
#include "app/audit_command.hpp"
#include "app/check_command.hpp"
#include "app/convert_command.hpp"
#include "app/feed_file.hpp"
#include "app/fetch_command.hpp"
#include "app/now_command.hpp"
#include "app/preview_command.hpp"
#include "app/run_command.hpp"
#include "app/shot_command.hpp"
#include "app/storyboard_command.hpp"
#include "app/version.hpp"
#include "net/http_client.hpp"
#include "render/sdl_library.hpp"

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <iostream>
#include <optional>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  nownext::render::spare_unused_services();  // first: it sets environment variables
  using nownext::import::FeedFormat;
  CLI::App cli{"nownext: now / next session signage for conference venues", "nownext"};
  cli.set_version_flag("--version", std::string{"nownext "} + nownext::app::version);
  cli.require_subcommand(1);

  // Every command that takes a feed takes every format, from a file or a URL.
  std::vector<std::string> format_names;
  for (const auto f : {FeedFormat::automatic, FeedFormat::nownext, FeedFormat::frab_json,
                       FeedFormat::frab_xml, FeedFormat::icalendar, FeedFormat::indico}) {
    format_names.emplace_back(nownext::import::to_string(f));
  }
  const auto add_format = [&](CLI::App* command, std::optional<std::string>& format) {
    command
        ->add_option("--format", format,
                     "The feed's format: " + nownext::import::feed_format_names() +
                         " (default: detected from the content)")
        ->check(CLI::IsMember(format_names));
  };
  const std::string feed_help =
      "Feed file or http(s) URL: nownext/1, frab/pretalx "
      "schedule.json or .xml, iCalendar, Indico timetable JSON";

  std::string check_feed;
  std::optional<std::string> check_format;
  auto* check = cli.add_subcommand("check", "Validate a feed file and summarize it");
  check->add_option("FEED", check_feed, feed_help)->required();
  add_format(check, check_format);

  nownext::app::ConvertRequest convert_request;
  std::optional<std::string> convert_format;
  auto* convert =
      cli.add_subcommand("convert", "Write a feed in any format as its nownext/1 equivalent");
  convert->add_option("FEED", convert_request.feed, feed_help)->required();
  add_format(convert, convert_format);
  convert->add_option("--out", convert_request.out, "nownext/1 file to write (- for stdout)")
      ->required();

  nownext::app::NowRequest now_request;
  auto* now = cli.add_subcommand("now", "Print, as JSON, what runs now and next in each room");
  now->add_option("FEED", now_request.feed, feed_help)->required();
  add_format(now, now_request.format);
  now->add_option("--at", now_request.at,
                  "The instant: ISO 8601 with an offset, or venue-local time such as "
                  "2017-07-19T15:30 (default: now)");
  now->add_option("--room", now_request.room, "Only this room (its id)");
  now->add_option("--lang", now_request.language, "Preferred language of texts, e.g. fr, en");

  nownext::app::ShotRequest shot_request;
  auto* shot = cli.add_subcommand("shot", "Render one screen, headless, to a PNG file");
  shot->add_option("--feed", shot_request.feed, "Feed file or URL (default: the bundled agenda)");
  add_format(shot, shot_request.format);
  shot->add_option("--at", shot_request.at, "The instant, ISO 8601 or venue-local")->required();
  shot->add_option("--layout", shot_request.layout, "Layout name from layouts/");
  shot->add_option("--theme", shot_request.theme, "Theme name from layouts/themes/");
  shot->add_option("--logo", shot_request.logo, "PNG or SVG file for the header");
  shot->add_option("--room", shot_request.room, "Room id (default: the first room)");
  shot->add_option("--lang", shot_request.language, "Interface language, e.g. fr, en");
  shot->add_option("--pair-with", shot_request.pair_with,
                   "Second language of a bilingual pair screen, e.g. en");
  shot->add_option("--size", shot_request.size, "Screen size in pixels")->capture_default_str();
  shot->add_option("--page", shot_request.page, "Playlist page, counted from 0")
      ->check(CLI::Range(0, 100));
  shot->add_option("--data-dir", shot_request.data_dir, "Folder with layouts/, fonts/, assets/");
  shot->add_option("--fleet", shot_request.fleet,
                   "Fleet file or URL: every screen's room, layout and languages");
  shot->add_option("--screen", shot_request.screen,
                   "This screen's id in the fleet (default: the host name)");
  shot->add_option("--out", shot_request.out, "PNG file to write")->required();

  nownext::app::FetchOptions fetch_options;
  auto* fetch = cli.add_subcommand("fetch", "Fetch a feed once, validate it and save it");
  fetch->add_option("URL", fetch_options.source, "http:// or https:// URL, or a file path")
      ->required();
  add_format(fetch, fetch_options.format);
  fetch->add_option("--state-dir", fetch_options.state_dir,
                    "Where the last good feed is kept (default: the service's or user's)");
  fetch->add_option("--ca-bundle", fetch_options.ca_bundle,
                    "CA certificates (PEM) to verify HTTPS with, instead of the system's");

  nownext::app::RunRequest run_request;
  auto* run =
      cli.add_subcommand("run", "The kiosk: show the screens, fullscreen, and follow the feed");
  run->add_option("--config", run_request.config, "Configuration file (JSON; see the README)");
  run->add_option("--feed", run_request.feed, "Feed URL or file (default: the bundled agenda)");
  add_format(run, run_request.format);
  run->add_option("--room", run_request.room, "Room id (default: the first room)");
  run->add_option("--layout", run_request.layout, "Layout name from layouts/");
  run->add_option("--theme", run_request.theme, "Theme name from layouts/themes/");
  run->add_option("--logo", run_request.logo, "PNG or SVG file for the header");
  run->add_option("--lang", run_request.language, "Interface language, e.g. fr, en");
  run->add_option("--replay-day", run_request.replay_day,
                  "Demo: replay this venue day (2017-07-18) at today's time of day");
  run->add_option("--window", run_request.window,
                  "Windowed at this size (1280x720), not fullscreen");
  run->add_option("--state-dir", run_request.state_dir, "Where the last good feed is kept");
  run->add_option("--data-dir", run_request.data_dir, "Folder with layouts/, fonts/, assets/");
  run->add_option("--fleet", run_request.fleet,
                  "Fleet file or URL: every screen's room, layout and languages");
  run->add_option("--screen", run_request.screen,
                  "This screen's id in the fleet (default: the host name)");

  nownext::app::PreviewRequest preview_request;
  auto* preview = cli.add_subcommand(
      "preview", "A window for staff with a simulated clock (keys: Left/Right, Space, L, R, Q)");
  preview->add_option("--feed", preview_request.feed,
                      "Feed file or URL (default: the bundled agenda)");
  add_format(preview, preview_request.format);
  preview->add_option("--layout", preview_request.layout, "Layout name from layouts/");
  preview->add_option("--theme", preview_request.theme, "Theme name from layouts/themes/");
  preview->add_option("--room", preview_request.room, "Room id (default: the first room)");
  preview->add_option("--lang", preview_request.language, "Interface language, e.g. fr, en");
  preview->add_option("--at", preview_request.at,
                      "Where the clock starts (default: before the first session)");
  preview->add_option("--speed", preview_request.speed, "Simulated seconds per second")
      ->capture_default_str();
  preview->add_option("--window", preview_request.window, "Window size")->capture_default_str();
  preview->add_option("--data-dir", preview_request.data_dir,
                      "Folder with layouts/, fonts/, assets/");
  preview->add_option("--fleet", preview_request.fleet,
                      "Fleet file or URL: every screen's room, layout and languages");
  preview->add_option("--screen", preview_request.screen,
                      "This screen's id in the fleet (default: the host name)");

  nownext::app::AuditRequest audit_request;
  auto* audit = cli.add_subcommand(
      "audit", "Render every screen of a feed headless and list the texts a person would miss");
  audit->add_option("--feed", audit_request.feed, "Feed file or URL (default: the bundled agenda)");
  audit->add_option("--layout", audit_request.layouts, "Layouts from layouts/ (default: all)");
  audit->add_option("--size", audit_request.sizes,
                    "Screen sizes, e.g. 800x480 1080x1920 (default: 7 common sizes, both ways)");
  audit->add_option("--lang", audit_request.languages,
                    "Interface languages from layouts/strings/ (default: all)");
  audit->add_option("--pair-with", audit_request.pair_with,
                    "Pair every language with this one (bilingual pair screens)");
  audit->add_option("--jobs", audit_request.jobs, "Worker processes (default: one per processor)")
      ->check(CLI::Range(1, 64));
  audit->add_option("--data-dir", audit_request.data_dir, "Folder with layouts/, fonts/, assets/");

  nownext::app::StoryboardRequest storyboard_request;
  auto* storyboard = cli.add_subcommand(
      "storyboard",
      "Every screen at every change of each day, headless, to PNGs with a contact sheet and "
      "the audit");
  storyboard->add_option("--fleet", storyboard_request.fleet,
                         "Fleet file: its screens, each at its size (default: every layout "
                         "for every room)");
  storyboard->add_option("--feed", storyboard_request.feed,
                         "Feed file or URL (default: the bundled agenda)");
  add_format(storyboard, storyboard_request.format);
  storyboard->add_option("--day", storyboard_request.days,
                         "Venue days, e.g. 2017-07-18 (default: every day)");
  storyboard->add_option("--size", storyboard_request.sizes,
                         "Without --fleet: screen sizes (default: 1920x1080, 1080x1920 for a "
                         "portrait layout)");
  storyboard->add_option("--lang", storyboard_request.language,
                         "Without --fleet: interface language, e.g. fr, en");
  storyboard->add_option("--out", storyboard_request.out, "Folder to write")->required();
  storyboard
      ->add_option("--jobs", storyboard_request.jobs,
                   "Worker processes (default: one per processor)")
      ->check(CLI::Range(1, 64));
  storyboard->add_option("--data-dir", storyboard_request.data_dir,
                         "Folder with layouts/, fonts/, assets/");

  CLI11_PARSE(cli, argc, argv);

  // libcurl is set up once, before any thread starts, and cleaned up at exit.
  const nownext::net::CurlGlobal curl;
  if (check->parsed()) {
    return nownext::app::run_check(check_feed, std::cout,
                                   nownext::app::feed_format_named(check_format));
  }
  if (convert->parsed()) {
    convert_request.format = nownext::app::feed_format_named(convert_format);
    return nownext::app::run_convert(convert_request, std::cout, std::cerr);
  }
  if (now->parsed()) return nownext::app::run_now(now_request, std::cout, std::cerr);
  if (shot->parsed()) return nownext::app::run_shot(shot_request, std::cout, std::cerr);
  if (fetch->parsed()) return nownext::app::run_fetch(fetch_options, std::cout, std::cerr);
  if (run->parsed()) return nownext::app::run_kiosk(run_request, std::cerr);
  if (audit->parsed()) return nownext::app::run_audit(audit_request, std::cout, std::cerr);
  if (storyboard->parsed()) {
    return nownext::app::run_storyboard(storyboard_request, std::cout, std::cerr,
                                        ::isatty(STDERR_FILENO) != 0 ? &std::cerr : nullptr);
  }
  if (preview->parsed()) return nownext::app::run_preview(preview_request, std::cerr);
  return 0;
}
