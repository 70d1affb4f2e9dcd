// Builds the generated feed as text, so the core tests need no JSON library of their own.
#include "support/generated_feed.hpp"

#include <string>

namespace nownext::testing {
namespace {

std::string two_digits(std::size_t n) {
  return (n < 10 ? "0" : "") + std::to_string(n);
}

// Local Zurich time in March (before the DST change on the 29th): UTC+01:00.
std::string local_time(std::size_t day, std::size_t minutes_after_midnight) {
  return "2026-03-" + two_digits(2 + day) + "T" + two_digits(minutes_after_midnight / 60) + ":" +
         two_digits(minutes_after_midnight % 60) + ":00+01:00";
}

std::string person_ref(std::size_t index) {
  return "\"p" + std::to_string(index) + "\"";
}

}  // namespace

std::string generate_feed(const GeneratedFeedShape& shape) {
  std::string out;
  out.reserve(shape.sessions * 400 + shape.people * 100);
  out += R"({"format":"nownext/1","event":{"id":"generated","title":{"en":"Generated congress",)"
         R"("fr":"Congrès généré"},"venue":"Test venue","time_zone":"Europe/Zurich",)"
         R"("languages":["en","fr"]},"rooms":[)";
  for (std::size_t r = 0; r < shape.rooms; ++r) {
    out += (r ? "," : "");
    out += R"({"id":"room-)" + std::to_string(r) + R"(","name":"Room )" + std::to_string(r) + "\"}";
  }
  out += R"(],"people":[)";
  for (std::size_t p = 0; p < shape.people; ++p) {
    out += (p ? "," : "");
    out += R"({"id":"p)" + std::to_string(p) + R"(","name":"Speaker Number )" + std::to_string(p) +
           R"(","role":"Director of Something Important, Organisation )" + std::to_string(p % 97) +
           "\"}";
  }
  out += R"(],"sessions":[)";
  const std::size_t slots_per_day = 17;
  for (std::size_t i = 0; i < shape.sessions; ++i) {
    const std::size_t room = i % shape.rooms;
    const std::size_t slot = i / shape.rooms;
    const std::size_t day = (slot / slots_per_day) % shape.days;
    const std::size_t start = 8 * 60 + (slot % slots_per_day) * 40;
    out += (i ? "," : "");
    out += R"({"id":"s)" + std::to_string(i) + R"(","room":"room-)" + std::to_string(room) +
           R"(","start":")" + local_time(day, start) + R"(","end":")" +
           local_time(day, start + 35) + R"(","kind":")" + (i % 5 == 0 ? "panel" : "session") +
           R"(","title":{"en":"Session )" + std::to_string(i) +
           R"(: a title of a realistic length about migration and cities",)"
           R"("fr":"Séance )" +
           std::to_string(i) +
           R"( : un titre d'une longueur réaliste"},)"
           R"("moderators":[)" +
           person_ref(i % shape.people) + R"(],"speakers":[)" +
           person_ref((i * 7 + 1) % shape.people) + "," + person_ref((i * 7 + 2) % shape.people) +
           "," + person_ref((i * 7 + 3) % shape.people) + "]";
    if (i % 97 == 0)
      out += R"(,"status":{"state":"cancelled"})";
    else if (i % 89 == 0)
      out += R"(,"status":{"state":"delayed","minutes":10})";
    out += "}";
  }
  out += "]}";
  return out;
}

}  // namespace nownext::testing
