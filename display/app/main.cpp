// nownext: the program's entry point. Parses the command line and hands over to a command.
#include "app/check_command.hpp"
#include "app/now_command.hpp"
#include "app/version.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <string>

int main(int argc, char** argv) {
  CLI::App cli{"nownext: now / next session signage for conference venues", "nownext"};
  cli.set_version_flag("--version", std::string{"nownext "} + nownext::app::version);
  cli.require_subcommand(1);

  std::string check_feed;
  auto* check = cli.add_subcommand("check", "Validate a feed file and summarize it");
  check->add_option("FEED", check_feed, "Path of a nownext/1 feed (JSON)")->required();

  nownext::app::NowRequest now_request;
  auto* now = cli.add_subcommand("now", "Print, as JSON, what runs now and next in each room");
  now->add_option("FEED", now_request.feed, "Path of a nownext/1 feed (JSON)")->required();
  now->add_option("--at", now_request.at,
                  "The instant: ISO 8601 with an offset, or venue-local time such as "
                  "2017-07-19T15:30 (default: now)");
  now->add_option("--room", now_request.room, "Only this room (its id)");
  now->add_option("--lang", now_request.language, "Preferred language of texts, e.g. fr, en");

  CLI11_PARSE(cli, argc, argv);

  if (check->parsed()) return nownext::app::run_check(check_feed, std::cout);
  if (now->parsed()) return nownext::app::run_now(now_request, std::cout, std::cerr);
  return 0;
}
