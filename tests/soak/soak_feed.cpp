// Builds each version of the soak feed: ids stay, texts and rooms change with the version.
#include "soak/soak_feed.hpp"

#include <date/date.h>

namespace nownext::testing {
namespace {

std::string utc(std::chrono::sys_seconds at) {
  return date::format("%Y-%m-%dT%H:%M:%S+00:00", at);
}

}  // namespace

std::string soak_feed(std::size_t version, std::chrono::sys_days first_day,
                      const SoakFeedShape& shape) {
  using namespace std::chrono;
  const std::string v = std::to_string(version);
  std::string out = R"({"format":"nownext/1","event":{"id":"soak","title":"Soak congress )" + v +
                    R"(","time_zone":"UTC","languages":["en"]},"rooms":[)";
  for (std::size_t r = 0; r < shape.rooms; ++r) {
    out += (r ? "," : "") + std::string{R"({"id":"room-)"} + std::to_string(r) +
           R"(","name":"Room )" + std::to_string(r) + " wing " + v + "\"}";
  }
  out += R"(],"people":[)";
  for (std::size_t p = 0; p < shape.people; ++p) {
    out += (p ? "," : "") + std::string{R"({"id":"p)"} + std::to_string(p) +
           R"(","name":"Speaker )" + std::to_string(p) + " of version " + v +
           R"(","role":"Organisation )" + std::to_string((p + version) % 41) + "\"}";
  }
  out += R"(],"sessions":[)";
  std::size_t id = 0;
  for (std::size_t day = 0; day < shape.days; ++day) {
    for (std::size_t slot = 0; slot < 11; ++slot) {
      for (std::size_t r = 0; r < shape.rooms; ++r, ++id) {
        const sys_seconds start = first_day + days{day} + hours{8 + slot};
        // Sessions swap rooms from one version to the next.
        const std::size_t room = (r + version) % shape.rooms;
        out += (id ? "," : "") + std::string{R"({"id":"s)"} + std::to_string(id) +
               R"(","room":"room-)" + std::to_string(room) + R"(","start":")" + utc(start) +
               R"(","end":")" + utc(start + minutes{50}) + R"(","title":"Session )" +
               std::to_string(id) + ", version " + v +
               R"(: a title of a realistic length about cities","speakers":["p)" +
               std::to_string((id + version) % shape.people) + R"(","p)" +
               std::to_string((id * 7 + version) % shape.people) + "\"]}";
      }
    }
  }
  return out + "]}";
}

}  // namespace nownext::testing
