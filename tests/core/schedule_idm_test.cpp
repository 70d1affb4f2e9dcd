// The schedule engine over both days of IDM 2017: every boundary, a second before and after,
// the day-1 gap, the day-2 overlap, Session 6 and its panels, before, between and after the days;
// the same answers whatever the process's TZ.
#include "core/feed_parser.hpp"
#include "core/schedule.hpp"
#include "support/idm_agenda.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>

using namespace nownext::core;

namespace {

const Agenda& idm() {
  return nownext::testing::idm_agenda();
}

Instant local(const std::string& text) {
  const auto instant = parse_instant_or_local(text, idm().time_zone());
  REQUIRE(instant.has_value());
  return *instant;
}

// Chains as "outer>inner", joined by " | ".
std::string chains(const RoomNow& answer) {
  std::string out;
  for (const SessionChain& chain : answer.now) {
    out += out.empty() ? "" : " | ";
    for (std::size_t i = 0; i < chain.size(); ++i) {
      out += (i ? ">" : "") + idm().sessions()[chain[i]].id;
    }
  }
  return out;
}

std::string id_of(const std::optional<SessionIndex>& session) {
  return session ? idm().sessions()[*session].id : "-";
}

std::string local_text(const std::optional<Instant>& instant) {
  return instant ? format_local_iso(*instant, idm().time_zone()).substr(0, 16) : "-";
}

struct Row {
  const char* at;  // venue-local
  RoomState state;
  const char* now;
  const char* next;
  const char* resumes;  // venue-local, minutes
};

// clang-format off
const Row rows[] = {
  {"2017-07-18T08:59:59", RoomState::before_event, "", "d1-registration", "2017-07-18T09:00"},
  {"2017-07-18T09:00:00", RoomState::running, "d1-registration", "d1-opening", "-"},
  {"2017-07-18T09:59:59", RoomState::running, "d1-registration", "d1-opening", "-"},
  {"2017-07-18T10:00:00", RoomState::running, "d1-opening", "d1-scene-setting", "-"},
  {"2017-07-18T10:29:59", RoomState::running, "d1-opening", "d1-scene-setting", "-"},
  {"2017-07-18T10:30:00", RoomState::running, "d1-scene-setting", "d1-opening-remarks", "-"},
  {"2017-07-18T10:59:59", RoomState::running, "d1-scene-setting", "d1-opening-remarks", "-"},
  {"2017-07-18T11:00:00", RoomState::running, "d1-opening-remarks", "d1-migrant-voices", "-"},
  {"2017-07-18T11:09:59", RoomState::running, "d1-opening-remarks", "d1-migrant-voices", "-"},
  {"2017-07-18T11:10:00", RoomState::running, "d1-migrant-voices", "d1-panel-1", "-"},
  {"2017-07-18T11:29:59", RoomState::running, "d1-migrant-voices", "d1-panel-1", "-"},
  {"2017-07-18T11:30:00", RoomState::running, "d1-panel-1", "d1-panel-2", "-"},
  {"2017-07-18T12:59:59", RoomState::running, "d1-panel-1", "d1-panel-2", "-"},
  {"2017-07-18T13:00:00", RoomState::on_break, "", "d1-panel-2", "2017-07-18T15:00"},
  {"2017-07-18T14:00:00", RoomState::on_break, "", "d1-panel-2", "2017-07-18T15:00"},
  {"2017-07-18T14:59:59", RoomState::on_break, "", "d1-panel-2", "2017-07-18T15:00"},
  {"2017-07-18T15:00:00", RoomState::running, "d1-panel-2", "d1-panel-3", "-"},
  {"2017-07-18T16:29:59", RoomState::running, "d1-panel-2", "d1-panel-3", "-"},
  {"2017-07-18T16:30:00", RoomState::running, "d1-panel-3", "d2-panel-4", "-"},
  {"2017-07-18T17:59:59", RoomState::running, "d1-panel-3", "d2-panel-4", "-"},
  {"2017-07-18T18:00:00", RoomState::between_days, "", "d2-panel-4", "2017-07-19T10:00"},
  {"2017-07-18T23:59:59", RoomState::between_days, "", "d2-panel-4", "2017-07-19T10:00"},
  {"2017-07-19T03:00:00", RoomState::between_days, "", "d2-panel-4", "2017-07-19T10:00"},
  {"2017-07-19T09:59:59", RoomState::between_days, "", "d2-panel-4", "2017-07-19T10:00"},
  {"2017-07-19T10:00:00", RoomState::running, "d2-panel-4", "d2-panel-5", "-"},
  {"2017-07-19T11:29:59", RoomState::running, "d2-panel-4", "d2-panel-5", "-"},
  {"2017-07-19T11:30:00", RoomState::running, "d2-panel-5", "d2-break", "-"},
  {"2017-07-19T12:59:59", RoomState::running, "d2-panel-5", "d2-break", "-"},
  {"2017-07-19T13:00:00", RoomState::on_break, "d2-break", "d2-book-launch", "2017-07-19T15:00"},
  {"2017-07-19T13:29:59", RoomState::on_break, "d2-break", "d2-book-launch", "2017-07-19T15:00"},
  {"2017-07-19T13:30:00", RoomState::running, "d2-book-launch | d2-break", "d2-session-6", "-"},
  {"2017-07-19T14:14:59", RoomState::running, "d2-book-launch | d2-break", "d2-session-6", "-"},
  {"2017-07-19T14:15:00", RoomState::on_break, "d2-break", "d2-session-6", "2017-07-19T15:00"},
  {"2017-07-19T14:59:59", RoomState::on_break, "d2-break", "d2-session-6", "2017-07-19T15:00"},
  {"2017-07-19T15:00:00", RoomState::running, "d2-session-6>d2-session-6-panel-1", "d2-session-6-panel-2", "-"},
  {"2017-07-19T15:30:00", RoomState::running, "d2-session-6>d2-session-6-panel-1", "d2-session-6-panel-2", "-"},
  {"2017-07-19T15:59:59", RoomState::running, "d2-session-6>d2-session-6-panel-1", "d2-session-6-panel-2", "-"},
  {"2017-07-19T16:00:00", RoomState::running, "d2-session-6>d2-session-6-panel-2", "d2-closing", "-"},
  {"2017-07-19T16:59:59", RoomState::running, "d2-session-6>d2-session-6-panel-2", "d2-closing", "-"},
  {"2017-07-19T17:00:00", RoomState::running, "d2-closing", "-", "-"},
  {"2017-07-19T17:59:59", RoomState::running, "d2-closing", "-", "-"},
  {"2017-07-19T18:00:00", RoomState::after_event, "", "-", "-"},
  {"2017-07-20T12:00:00", RoomState::after_event, "", "-", "-"},
};
// clang-format on

void check_every_row(const Schedule& schedule) {
  for (const Row& row : rows) {
    const std::string at = row.at;
    CAPTURE(at);
    const RoomNow answer = schedule.room_at(0, local(row.at));
    CHECK(to_string(answer.state) == to_string(row.state));
    CHECK(chains(answer) == row.now);
    CHECK(id_of(answer.next) == row.next);
    CHECK(local_text(answer.resumes_at) == row.resumes);
  }
}

// Sets the process's TZ for one scope; the engine must not care.
class ProcessTimeZone {
 public:
  explicit ProcessTimeZone(const char* zone) {
    if (const char* old = std::getenv("TZ")) old_ = old;
    setenv("TZ", zone, 1);
    tzset();
  }
  ~ProcessTimeZone() {
    if (old_.empty()) {
      unsetenv("TZ");
    } else {
      setenv("TZ", old_.c_str(), 1);
    }
    tzset();
  }
  ProcessTimeZone(const ProcessTimeZone&) = delete;
  ProcessTimeZone& operator=(const ProcessTimeZone&) = delete;

 private:
  std::string old_;
};

}  // namespace

TEST_SUITE("schedule: IDM 2017") {
  TEST_CASE("every boundary of both days gives the right state, now, next and resumption") {
    check_every_row(Schedule{idm()});
  }

  TEST_CASE("the answers do not depend on the process's time zone") {
    for (const char* zone : {"UTC", "Asia/Tokyo", "America/Los_Angeles"}) {
      CAPTURE(zone);
      const ProcessTimeZone scoped{zone};
      check_every_row(Schedule{idm()});
    }
  }

  TEST_CASE("later lists the rest of next's day") {
    const Schedule schedule{idm()};
    const RoomNow morning = schedule.room_at(0, local("2017-07-18T08:00"));
    CHECK(morning.later.size() == 7);  // opening ... Panel 3, after the registration
    const RoomNow evening = schedule.room_at(0, local("2017-07-18T20:00"));
    REQUIRE(evening.later.size() == 7);  // Panel 5 ... closing, after Panel 4
    CHECK(idm().sessions()[evening.later.back()].id == "d2-closing");
    const RoomNow last = schedule.room_at(0, local("2017-07-19T16:30"));
    CHECK(last.later.empty());  // next is the closing, the day's last item
  }

  TEST_CASE("the next change is the next start, end or venue day") {
    const Schedule schedule{idm()};
    const auto next_after = [&](const char* at) {
      return local_text(schedule.next_change(local(at)));
    };
    CHECK(next_after("2017-07-17T12:00") == "2017-07-18T04:00");
    CHECK(next_after("2017-07-18T08:00") == "2017-07-18T09:00");
    CHECK(next_after("2017-07-18T09:00") == "2017-07-18T10:00");
    CHECK(next_after("2017-07-18T13:00") == "2017-07-18T15:00");
    CHECK(next_after("2017-07-18T18:00") == "2017-07-19T04:00");
    CHECK(next_after("2017-07-19T13:10") == "2017-07-19T13:30");
    CHECK(next_after("2017-07-19T13:30") == "2017-07-19T14:15");
    CHECK(next_after("2017-07-19T15:30") == "2017-07-19T16:00");
    CHECK(next_after("2017-07-19T17:30") == "2017-07-19T18:00");
    CHECK(next_after("2017-07-19T18:00") == "2017-07-20T04:00");
    CHECK(next_after("2017-07-20T04:00") == "-");
  }

  TEST_CASE("the previous change mirrors the next one") {
    const Schedule schedule{idm()};
    Instant at = local("2017-07-17T12:00");
    std::vector<Instant> forward;
    while (const auto next = schedule.next_change(at)) forward.push_back(at = *next);
    std::vector<Instant> backward;
    at = local("2017-07-21T12:00");
    while (const auto previous = schedule.previous_change(at)) backward.push_back(at = *previous);
    std::reverse(backward.begin(), backward.end());
    CHECK(forward == backward);
    CHECK(forward.size() > 20);
  }

  TEST_CASE("between two change points every answer stays the same") {
    const Schedule schedule{idm()};
    Instant at = local("2017-07-18T00:00");
    const Instant end = local("2017-07-20T06:00");
    while (at < end) {
      const auto change = schedule.next_change(at);
      const Instant until = change.value_or(end);
      const RoomNow first = schedule.room_at(0, at);
      for (Instant probe : {at + (until - at) / 2, until - std::chrono::seconds{1}}) {
        const RoomNow later = schedule.room_at(0, probe);
        CHECK(chains(later) == chains(first));
        CHECK(later.next == first.next);
        CHECK(later.state == first.state);
        CHECK(later.later == first.later);
        CHECK(later.resumes_at == first.resumes_at);
      }
      at = until;
    }
  }
}
