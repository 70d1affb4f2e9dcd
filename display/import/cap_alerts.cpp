// CAP messages applied in turn, and an alert's mapping to the screens' announcements.
#include "import/cap.hpp"

#include <algorithm>
#include <tuple>

namespace nownext::import {
namespace {

int severity_score(const std::string& severity) {
  if (severity == "Extreme") return 4;
  if (severity == "Severe") return 3;
  if (severity == "Moderate") return 2;
  if (severity == "Minor") return 1;
  return 0;
}

int urgency_score(const std::string& urgency) {
  if (urgency == "Immediate") return 4;
  if (urgency == "Expected") return 3;
  if (urgency == "Future") return 2;
  if (urgency == "Past") return 0;
  return 1;  // Unknown
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::string lower(std::string_view text) {
  std::string out{text};
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The rooms of `agenda` an area names, by id or by a name in any language (letter case aside).
std::vector<core::RoomIndex> rooms_named(const core::Agenda& agenda, const std::string& area) {
  std::vector<core::RoomIndex> rooms;
  const std::string wanted = lower(area);
  for (core::RoomIndex r = 0; r < agenda.rooms().size(); ++r) {
    const core::Room& room = agenda.rooms()[r];
    bool named = lower(room.id) == wanted;
    for (const auto& variant : room.name.variants())
      named = named || lower(variant.second) == wanted;
    if (named) rooms.push_back(r);
  }
  return rooms;
}

}  // namespace

core::Announcement::Severity cap_form(const CapInfo& info) {
  using Severity = core::Announcement::Severity;
  const bool later = info.urgency == "Future" || info.urgency == "Past";
  if (info.severity == "Extreme" && !later) return Severity::emergency;
  if (info.severity == "Severe" && info.urgency == "Immediate") return Severity::emergency;
  if (info.urgency == "Past" || severity_score(info.severity) <= 1) return Severity::info;
  return Severity::warning;
}

std::vector<CapAlert> current_alerts(std::span<const CapAlert> messages, const CapFilter& filter,
                                     core::Diagnostics& notes) {
  std::vector<const CapAlert*> order;
  for (const CapAlert& m : messages) order.push_back(&m);
  std::stable_sort(order.begin(), order.end(),
                   [](const CapAlert* a, const CapAlert* b) { return a->sent < b->sent; });
  std::vector<CapAlert> live;
  for (const CapAlert* m : order) {
    const std::string name = m->where + " (" + m->identifier + ")";
    if (!contains(filter.statuses, m->status)) {
      notes.push_back({name, "status " + m->status + " is not shown here"});
      continue;
    }
    if (m->scope == "Private" && !contains(m->addresses, filter.screen)) {
      notes.push_back({name, "Private, and not addressed to this screen"});
      continue;
    }
    if (m->msg_type == "Ack" || m->msg_type == "Error") continue;
    // An Update or a Cancel ends what it references; a message sent again replaces itself.
    const auto ended = std::remove_if(live.begin(), live.end(), [&](const CapAlert& a) {
      return contains(m->references, a.key()) || a.key() == m->key();
    });
    if (m->msg_type == "Cancel" && ended == live.end()) {
      notes.push_back({name, "cancels no alert shown"});
    }
    live.erase(ended, live.end());
    if (m->msg_type == "Cancel") continue;
    if (m->infos.empty()) {
      notes.push_back({name, "has no <info> block: nothing to show"});
      continue;
    }
    live.push_back(*m);
  }
  return live;
}

core::Announcement to_announcement(const CapAlert& alert, const core::Agenda* agenda) {
  core::Announcement a;
  a.id = "cap:" + alert.key();
  std::vector<core::Text::Variant> text;
  std::vector<core::Text::Variant> details;
  const auto has = [](const std::vector<core::Text::Variant>& v, const std::string& language) {
    return std::any_of(v.begin(), v.end(), [&](const auto& x) { return x.first == language; });
  };
  bool every_block_expires = true;
  bool everywhere = false;
  for (const CapInfo& info : alert.infos) {
    const core::Announcement::Severity form = cap_form(info);
    const int rank = severity_score(info.severity) * 10 + urgency_score(info.urgency);
    if (std::tie(form, rank) > std::tie(a.severity, a.rank)) {
      a.severity = form;
      a.rank = rank;
    }
    const std::string& headline = info.headline.empty() ? info.event : info.headline;
    if (!headline.empty() && !has(text, info.language)) text.emplace_back(info.language, headline);
    std::string more = info.description;
    if (!info.instruction.empty()) more += (more.empty() ? "" : "\n") + info.instruction;
    if (!more.empty() && !has(details, info.language)) details.emplace_back(info.language, more);
    if (info.effective && (!a.from || *info.effective < *a.from)) a.from = info.effective;
    if (!info.expires) every_block_expires = false;
    if (info.expires && (!a.until || *info.expires > *a.until)) a.until = info.expires;
    if (info.areas.empty()) everywhere = true;
    for (const CapInfo::Area& area : info.areas) {
      std::vector<core::RoomIndex> rooms;
      for (const std::string& code : area.room_codes) {
        if (const auto room = agenda ? agenda->find_room(code) : std::nullopt)
          rooms.push_back(*room);
      }
      if (rooms.empty() && agenda) rooms = rooms_named(*agenda, area.description);
      if (rooms.empty()) everywhere = true;  // a place around the venue
      for (const core::RoomIndex r : rooms) {
        if (std::find(a.rooms.begin(), a.rooms.end(), r) == a.rooms.end()) a.rooms.push_back(r);
      }
    }
  }
  if (!a.from) a.from = alert.sent;
  if (!every_block_expires) a.until.reset();
  if (everywhere) a.rooms.clear();
  std::sort(a.rooms.begin(), a.rooms.end());
  a.text = core::Text{std::move(text)};
  a.details = core::Text{std::move(details)};
  return a;
}

}  // namespace nownext::import
