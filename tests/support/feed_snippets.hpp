// Small hand-written feeds for parser tests: a valid frame whose parts a test replaces.
#pragma once

#include "core/feed_parser.hpp"

#include <doctest/doctest.h>

#include <string>

namespace nownext::testing {

struct FeedParts {
  std::string format = R"("nownext/1")";
  std::string event = R"({"id": "conf", "title": "Conférence", "time_zone": "Europe/Zurich",
                          "languages": ["fr", "en"]})";
  std::string rooms = R"([{"id": "r1", "name": "Salle 1"}, {"id": "r2", "name": "Salle 2"}])";
  std::string people = R"([{"id": "ana", "name": "Ana", "role": "Directrice"},
                           {"id": "bo", "name": "Bo"}])";
  std::string sessions = R"([{"id": "s1", "room": "r1", "title": "Ouverture",
                              "start": "2017-07-18T10:00:00+02:00",
                              "end": "2017-07-18T10:30:00+02:00"}])";
  std::string extra;  // more top-level members, with a leading comma

  [[nodiscard]] std::string json() const {
    return R"({"format": )" + format + R"(, "event": )" + event + R"(, "rooms": )" + rooms +
           R"(, "people": )" + people + R"(, "sessions": )" + sessions + extra + "}";
  }
};

// A feed whose sessions array is exactly `sessions`.
inline std::string feed_with_sessions(const std::string& sessions) {
  FeedParts parts;
  parts.sessions = sessions;
  return parts.json();
}

// One session in room r1, 10:00-10:30 on 18 July 2017, with `members` added (leading comma).
inline std::string session(const std::string& id, const std::string& members = "") {
  return R"({"id": ")" + id + R"(", "room": "r1", "title": "T",
             "start": "2017-07-18T10:00:00+02:00", "end": "2017-07-18T10:30:00+02:00")" +
         members + "}";
}

// The agenda of a feed the test expects to be valid; fails the test with the first error if not.
inline core::Agenda parse_ok(const std::string& json) {
  core::FeedResult result = core::parse_feed(json);
  INFO((result.errors.empty() ? std::string{} : result.errors.front().to_string()));
  REQUIRE(result.ok());
  return std::move(*result.agenda);
}

}  // namespace nownext::testing
