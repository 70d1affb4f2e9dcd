// Shared pieces of every screen: proportions, the header height, tags, and wording (the frame
// writer is in frame_writer.cpp).
#include "core/screen_parts.hpp"

#include "core/paired_text.hpp"
#include "core/typography.hpp"
#include "core/utf8.hpp"

#include <utility>

#include <algorithm>
#include <cmath>

namespace nownext::core::screen {
namespace {
constexpr const char* en_dash = " – ";
}  // namespace

Metrics metrics_of(const ScreenContext& context) {
  Metrics m;
  m.width = context.width_px;
  m.height = context.height_px;
  m.u = std::min(m.width, m.height) / 100.0;
  m.floor = legibility_floor_px(m.width, m.height, context.layout.reading_distance_m);
  if (context.strings.second() != nullptr) m.floor = m.floor * pair_floor_percent / 100;
  m.edge = std::max(2, m.px(0.3));
  return m;
}

int header_height(const ScreenContext& context) {
  const Metrics m = metrics_of(context);
  const int share = static_cast<int>(context.layout.header_height * m.height);
  if (context.strings.second() == nullptr) return share;
  const bool narrow = m.width < m.height;
  return std::max(share, m.floor * (narrow ? 45 : 15) / 10 + m.px(1));
}

std::string second_language(const ScreenContext& context) {
  const UiStrings* second = context.strings.second();
  return second == nullptr ? std::string{} : second->language();
}

namespace {

// The code points of UTF-8 `text`.
std::size_t code_point_count(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size(); ++count) next_code_point(text, pos);
  return count;
}

// The screen's own legibility floor, below the pair's.
int screen_floor(const ScreenContext& context) {
  return legibility_floor_px(context.width_px, context.height_px,
                             context.layout.reading_distance_m);
}

// The size a text that reads the same in both languages is drawn at: on a pair screen a first
// part's (FrameWriter::text), elsewhere `size_px`. Not for the second part of a paired text.
int drawn_px(const ScreenContext& context, int size_px) {
  if (context.strings.second() == nullptr) return size_px;
  return pair_sizes(size_px, size_px, screen_floor(context)).first_max;
}

}  // namespace

int text_width(const ScreenContext& context, TextRole role, int size_px, const std::string& text) {
  if (context.measurer == nullptr || text.empty()) return 0;
  const auto width = [&](const std::string& language, const std::string& part, int px) {
    return context.measurer->measure(role, px, apply_typography(language, part)).width_px;
  };
  if (!is_paired(text)) return width(context.strings.language(), text, size_px);
  const PairSizes sizes = pair_sizes(size_px, size_px, screen_floor(context));
  return std::max(width(context.strings.language(), text_in(text, false), sizes.first_max),
                  width(second_language(context), text_in(text, true), sizes.second_max));
}

int pill_width(const ScreenContext& context, const std::string& word, int height_px,
               int fallback_px) {
  if (context.measurer == nullptr || word.empty()) return fallback_px;
  const int floor =
      legibility_floor_px(context.width_px, context.height_px, context.layout.reading_distance_m);
  // As FrameWriter::tag sets it: the word at 60 % of the pill's height, a quarter of the height
  // of padding each side, and a little air.
  const int size = pill_text_px(height_px, floor);
  return text_width(context, TextRole::meta, size, word) + height_px / 2 + height_px / 2;
}

int line_height(const ScreenContext& context, TextRole role, int size_px) {
  const auto height = [&](int px) {
    return context.measurer == nullptr ? px * 14 / 10
                                       : context.measurer->measure(role, px, "Hg").height_px;
  };
  if (context.strings.second() == nullptr) return height(size_px);
  const PairSizes sizes = pair_sizes(size_px, size_px, screen_floor(context));
  return height(sizes.first_max) + height(sizes.second_max);
}

int unpaired_line_height(const ScreenContext& context, TextRole role, int size_px) {
  if (context.strings.second() == nullptr || context.measurer == nullptr) {
    return line_height(context, role, size_px);
  }
  const PairSizes sizes = pair_sizes(size_px, size_px, screen_floor(context));
  return context.measurer->measure(role, sizes.first_max, "Hg").height_px;
}

int lines_needed(const ScreenContext& context, TextRole role, int size_px, int width_px,
                 const std::string& text, int max_lines) {
  if (context.measurer == nullptr || text.empty() || width_px <= 0) return 1;
  // Measured as FrameWriter::text will draw it, with the language's typography.
  const auto lines = [&](const std::string& part, int px) {
    return part.empty() ? 1
                        : wrap_text(apply_typography(context.strings.language(), part), role, px,
                                    width_px, *context.measurer)
                              .size();
  };
  std::size_t needed = 0;
  if (is_paired(text)) {
    const PairSizes sizes = pair_sizes(size_px, size_px, screen_floor(context));
    needed = std::max(lines(text_in(text, false), sizes.first_max),
                      lines(text_in(text, true), sizes.second_max));
  } else {
    needed = lines(text, drawn_px(context, size_px));
  }
  return std::clamp(static_cast<int>(needed), 1, max_lines);
}

namespace {

// The height of `text` in `language`'s typography at `size_px` in `width_px` (wrapped_height).
int lines_height(const ScreenContext& context, TextRole role, int size_px, int width_px,
                 const std::string& language, const std::string& text, int max_lines) {
  return wrapped_height(apply_typography(language, text), role, size_px, width_px, max_lines,
                        *context.measurer);
}

}  // namespace

int text_height(const ScreenContext& context, TextRole role, int size_px, int width_px,
                const std::string& text, int max_lines) {
  if (context.measurer == nullptr || text.empty() || width_px <= 0) {
    return lines_needed(context, role, size_px, width_px, text, max_lines) *
           line_height(context, role, size_px);
  }
  if (is_paired(text)) {  // the two parts, one above the other (FrameWriter::text)
    const PairSizes sizes = pair_sizes(size_px, size_px, screen_floor(context));
    return lines_height(context, role, sizes.first_max, width_px, context.strings.language(),
                        text_in(text, false), max_lines) +
           lines_height(context, role, sizes.second_max, width_px, second_language(context),
                        text_in(text, true), max_lines);
  }
  return lines_height(context, role, drawn_px(context, size_px), width_px,
                      context.strings.language(), text, max_lines);
}

std::string listed_name(const ScreenContext& context, const Text& name) {
  std::string text = feed_text(context, name);
  // A longer name may still need to break between its words in a narrow column.
  if (code_point_count(text) > held_name_max) return text;
  std::string held;
  held.reserve(text.size() + 8);
  for (const char c : text) {
    if (c == ' ') {
      held += "\u00A0";
    } else {
      held += c;
    }
  }
  return held;
}

std::string clock_text(const ScreenContext& context, Instant at) {
  return context.strings.time(to_local(at, context.schedule.agenda().time_zone()).time_of_day);
}

std::string time_range(const ScreenContext& context, const Session& session) {
  const Instant start = session.effective_start();
  const Instant end = session.effective_end();
  // A session over several days gives the day it ends (field case 05): "10:00 – dimanche
  // 2 juin 2024, 18:00". Its end is exclusive: one ending at midnight ends the day before.
  if (day_relation(context, start, end - std::chrono::seconds{1}) == DayRelation::today) {
    return clock_text(context, start) + en_dash + clock_text(context, end);
  }
  const auto end_day = to_local(end, context.schedule.agenda().time_zone()).date;
  return clock_text(context, start) + en_dash +
         context.strings.word("on_date_at", {{"date", context.strings.date(end_day)},
                                             {"time", clock_text(context, end)}});
}

std::string time_left(const ScreenContext& context, const Session& session, Instant at) {
  const Instant end = session.effective_end();
  if (day_relation(context, at, end - std::chrono::seconds{1}) != DayRelation::today) {
    const auto end_day = to_local(end, context.schedule.agenda().time_zone()).date;
    return context.strings.word(
        "until", {{"date", context.strings.date(end_day)}, {"time", clock_text(context, end)}});
  }
  const auto left = std::chrono::ceil<std::chrono::minutes>(end - at).count();
  return context.strings.word("time_left",
                              {{"duration", context.strings.duration(std::chrono::minutes{left})}});
}

std::string starts_in(const ScreenContext& context, Instant at, Instant start) {
  const auto minutes =
      std::chrono::ceil<std::chrono::minutes>(start - at).count();  // 30 s away is "1 min"
  if (minutes <= 0) return context.strings.word("starting");
  return context.strings.word(
      "starts_in", {{"duration", context.strings.duration(std::chrono::minutes{minutes})}});
}

DayRelation day_relation(const ScreenContext& context, Instant at, Instant then) {
  const auto& zone = context.schedule.agenda().time_zone();
  const auto today = std::chrono::sys_days{to_local(at, zone).date};
  const auto day = std::chrono::sys_days{to_local(then, zone).date};
  if (day == today) return DayRelation::today;
  if (day == today + std::chrono::days{1}) return DayRelation::tomorrow;
  return DayRelation::other_day;
}

std::string day_and_time(const ScreenContext& context, Instant at, Instant then,
                         const std::string& time) {
  switch (day_relation(context, at, then)) {
    case DayRelation::today: return time;
    case DayRelation::tomorrow: return context.strings.word("tomorrow_at", {{"time", time}});
    case DayRelation::other_day: break;
  }
  const auto day = to_local(then, context.schedule.agenda().time_zone()).date;
  return context.strings.word("on_date_at", {{"date", context.strings.date(day)}, {"time", time}});
}

std::string start_text(const ScreenContext& context, Instant at, const Session& session,
                       bool with_end) {
  const Instant start = session.effective_start();
  std::string time = clock_text(context, start);
  if (with_end) time += en_dash + clock_text(context, session.effective_end());
  const std::string when = day_and_time(context, at, start, time);
  // A cancelled session has no countdown; a start more than a few hours away none either.
  if (session.cancelled() || day_relation(context, at, start) != DayRelation::today ||
      start - at > countdown_horizon) {
    return when;
  }
  return when + " · " + starts_in(context, at, start);
}

std::string feed_text(const ScreenContext& context, const Text& text) {
  std::string first{text.in(context.languages)};
  const UiStrings* second = context.strings.second();
  if (second == nullptr) return first;
  std::vector<std::string> languages{second->language()};
  languages.insert(languages.end(), context.languages.begin(), context.languages.end());
  return pair_texts(first, text.in(languages));
}

std::string chain_text(const ScreenContext& context, const SessionChain& chain) {
  std::string out;
  for (const SessionIndex index : chain) {
    const Session& s = context.schedule.agenda().sessions()[index];
    if (!out.empty()) out += context.strings.chain_separator();
    out += feed_text(context, s.label.empty() ? s.title : s.label);
  }
  return out;
}

std::string status_word(const ScreenContext& context, const Session& session) {
  const Agenda& agenda = context.schedule.agenda();
  switch (session.status.state) {
    case SessionStatus::State::scheduled: return "";
    case SessionStatus::State::cancelled: return context.strings.word("cancelled");
    case SessionStatus::State::delayed:
      return context.strings.word("delayed", {{"minutes", session.status.delay.count()}});
    case SessionStatus::State::moved:  // shown in the room it moved to: where it comes from
      return context.strings.word(
          "moved_here", {{"room", feed_text(context, agenda.rooms()[session.room].name)}});
  }
  return "";
}

std::string people_line(const ScreenContext& context, const Session& s, const Session* counted) {
  const Agenda& agenda = context.schedule.agenda();
  const Session& whole = counted != nullptr ? *counted : s;
  const auto names = [&](const std::vector<Participation>& people) {
    std::vector<std::string> out;
    for (const Participation& p : people) {
      out.push_back(listed_name(context, agenda.people()[p.person].name));
    }
    return context.strings.list(out);
  };
  std::string line;
  if (!s.moderators.empty()) {
    line = context.strings.word(
        "label_title",
        {{"label",
          context.strings.word(whole.moderators.size() == 1 ? "moderator" : "moderators",
                               {{"count", static_cast<long long>(whole.moderators.size())}})},
         {"title", names(s.moderators)}});
  }
  if (!s.speakers.empty()) {
    line += (line.empty() ? "" : " · ") +
            context.strings.word(
                "label_title",
                {{"label",
                  context.strings.word(whole.speakers.size() == 1 ? "speaker" : "speakers",
                                       {{"count", static_cast<long long>(whole.speakers.size())}})},
                 {"title", names(s.speakers)}});
  }
  return line;
}

std::string names_line(const ScreenContext& context, const Session& s, const Session* counted) {
  if (context.strings.second() == nullptr) return people_line(context, s, counted);
  const Agenda& agenda = context.schedule.agenda();
  std::string line;
  for (const auto* group : {&s.moderators, &s.speakers}) {
    for (const Participation& p : *group) {
      line += (line.empty() ? "" : " · ") + listed_name(context, agenda.people()[p.person].name);
    }
  }
  return line;
}

std::string cancelled_now_text(const ScreenContext& context, RoomIndex room, Instant at,
                               std::string_view separator) {
  const Agenda& agenda = context.schedule.agenda();
  std::string out;
  for (const SessionIndex i : agenda.sessions_in_room(room)) {
    const Session& s = agenda.sessions()[i];
    if (!s.cancelled() || s.room != room || at < s.start || s.end <= at) continue;
    if (!out.empty()) out += separator;
    out += context.strings.word("cancelled") + " · " + labelled_title(context, s);
  }
  return out;
}

std::string moved_to_text(const ScreenContext& context, const Session& session) {
  const Agenda& agenda = context.schedule.agenda();
  return context.strings.word(
      "moved_to", {{"room", feed_text(context, agenda.rooms()[session.status.moved_to].name)}});
}

std::string labelled_title(const ScreenContext& context, const Session& session) {
  if (session.label.empty()) return feed_text(context, session.title);
  return context.strings.word("label_title", {{"label", feed_text(context, session.label)},
                                              {"title", feed_text(context, session.title)}});
}

std::string resumes_text(const ScreenContext& context, Instant at, Instant resume) {
  // Today and tomorrow as a person reads them, by the calendar: at 01:30 a start at 10:00 is
  // today's, even though 01:30 still belongs to the venue day before.
  const std::string time = clock_text(context, resume);
  switch (day_relation(context, at, resume)) {
    case DayRelation::today: return context.strings.word("resumes_at", {{"time", time}});
    case DayRelation::tomorrow:
      return context.strings.word("resumes_tomorrow_at", {{"time", time}});
    case DayRelation::other_day: break;
  }
  const auto day = to_local(resume, context.schedule.agenda().time_zone()).date;
  return context.strings.word("resumes_on", {{"date", context.strings.date(day)}, {"time", time}});
}

namespace {
// "Fin de la première journée": the ordinal of the venue day that just ended among event days.
std::string end_of_day(const ScreenContext& context, Instant at) {
  const auto ended = context.schedule.day_of(at);
  std::vector<std::chrono::year_month_day> days;
  for (const Session& s : context.schedule.agenda().sessions()) {
    const auto day = context.schedule.day_of(s.effective_start());
    if (day <= ended && std::find(days.begin(), days.end(), day) == days.end()) days.push_back(day);
  }
  const std::string key = "end_of_day_" + std::to_string(days.size());
  return context.strings.has(key) ? context.strings.word(key) : context.strings.word("end_of_day");
}

// Whether a session took place in `room` on the venue day of `at` and is over (a cancelled one
// did not take place; one moved away took place elsewhere).
bool held_today(const ScreenContext& context, RoomIndex room, Instant at) {
  const Agenda& agenda = context.schedule.agenda();
  const auto today = context.schedule.day_of(at);
  const auto in_room = agenda.sessions_in_room(room);
  return std::any_of(in_room.begin(), in_room.end(), [&](SessionIndex i) {
    const Session& s = agenda.sessions()[i];
    return !s.cancelled() && s.effective_room() == room && s.effective_end() <= at &&
           context.schedule.day_of(s.effective_start()) == today;
  });
}
}  // namespace

bool day_not_started(const ScreenContext& context, const RoomNow& answer, Instant at) {
  return answer.state == RoomState::before_event ||
         (answer.state == RoomState::between_days && answer.resumes_at &&
          context.schedule.day_of(at) == context.schedule.day_of(*answer.resumes_at));
}

const Session* late_session(const ScreenContext& context, const RoomNow& answer, Instant at) {
  if (answer.state == RoomState::running || !answer.next) return nullptr;
  const Session& next = context.schedule.agenda().sessions()[*answer.next];
  const bool late = next.status.state == SessionStatus::State::delayed && next.start <= at &&
                    at < next.effective_start();
  return late ? &next : nullptr;
}

std::string state_headline(const ScreenContext& context, const RoomNow& answer, Instant at) {
  const Agenda& agenda = context.schedule.agenda();
  // A session that should have started and is late: not a break, not the end of a day.
  if (late_session(context, answer, at) != nullptr) return context.strings.word("late_start");
  switch (answer.state) {
    case RoomState::on_break:
      return answer.now.empty() ? context.strings.word("break")
                                : feed_text(context, agenda.sessions()[answer.now[0].back()].title);
    case RoomState::before_event: return context.strings.word("welcome");
    case RoomState::between_days:
      // A day that has not started has not ended; nor has a day on which this room held
      // nothing (a day off between two of its days, while other rooms may go on).
      if (day_not_started(context, answer, at)) return context.strings.word("welcome");
      return held_today(context, answer.room, at) ? end_of_day(context, at)
                                                  : context.strings.word("no_sessions_today");
    case RoomState::after_event:  // the event may go on in other rooms
      if (context.schedule.event_over(at)) return context.strings.word("after_event");
      // "No more sessions" only where sessions took place today.
      return context.strings.word(held_today(context, answer.room, at) ? "room_done"
                                                                       : "no_sessions_today");
    case RoomState::no_sessions: return context.strings.word("no_sessions");
    case RoomState::running: return "";
  }
  return "";
}

std::string resume_line(const ScreenContext& context, const RoomNow& answer, Instant at) {
  if (!answer.resumes_at) return "";
  if (const Session* late = late_session(context, answer, at)) {
    return context.strings.word("starts_late", {{"time", clock_text(context, *answer.resumes_at)},
                                                {"planned", clock_text(context, late->start)}});
  }
  if (day_not_started(context, answer, at)) {
    const std::string time = clock_text(context, *answer.resumes_at);
    switch (day_relation(context, at, *answer.resumes_at)) {
      case DayRelation::today: return context.strings.word("starts_at", {{"time", time}});
      case DayRelation::tomorrow:
        return context.strings.word("starts_tomorrow_at", {{"time", time}});
      case DayRelation::other_day: break;
    }
    const auto day = to_local(*answer.resumes_at, context.schedule.agenda().time_zone()).date;
    return context.strings.word("starts_on", {{"date", context.strings.date(day)}, {"time", time}});
  }
  return resumes_text(context, at, *answer.resumes_at);
}

}  // namespace nownext::core::screen
