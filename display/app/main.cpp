// nownext: the program's entry point. Parses the command line and hands over to a command.
#include "app/check_command.hpp"
#include "app/fetch_command.hpp"
#include "app/version.hpp"
#include "net/http_client.hpp"

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

  nownext::app::FetchOptions fetch_options;
  auto* fetch = cli.add_subcommand("fetch", "Fetch a feed once, validate it and save it");
  fetch->add_option("URL", fetch_options.source, "http:// or https:// URL, or a file path")
      ->required();
  fetch->add_option("--state-dir", fetch_options.state_dir,
                    "Where the last good feed is kept (default: the service's or user's)");
  fetch->add_option("--ca-bundle", fetch_options.ca_bundle,
                    "CA certificates (PEM) to verify HTTPS with, instead of the system's");

  CLI11_PARSE(cli, argc, argv);

  // libcurl is set up once, before any thread starts, and cleaned up at exit.
  const nownext::net::CurlGlobal curl;
  if (check->parsed()) {
    return nownext::app::run_check(check_feed, std::cout);
  }
  if (fetch->parsed()) {
    return nownext::app::run_fetch(fetch_options, std::cout, std::cerr);
  }
  return 0;
}
