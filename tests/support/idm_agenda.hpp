// The bundled IDM 2017 agenda, parsed once per test binary.
#pragma once

#include "core/feed_parser.hpp"
#include "support/test_files.hpp"

#include <doctest/doctest.h>

namespace nownext::testing {

inline const core::Agenda& idm_agenda() {
  static const core::FeedResult result =
      core::parse_feed(read_test_file(source_path("feeds/idm2017.json")));
  REQUIRE(result.ok());
  return *result.agenda;
}

}  // namespace nownext::testing
