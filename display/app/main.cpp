// nownext: the program's entry point. Parses the command line and hands over to a command.
#include "app/check_command.hpp"
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

  CLI11_PARSE(cli, argc, argv);

  if (check->parsed()) {
    return nownext::app::run_check(check_feed, std::cout);
  }
  return 0;
}
