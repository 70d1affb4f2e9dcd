// `nownext now`: load the feed, ask the schedule engine, print JSON.
#include "app/now_command.hpp"

#include "app/feed_file.hpp"
#include "app/languages.hpp"
#include "app/now_json.hpp"
#include "app/screen_setup.hpp"

#include <chrono>
#include <ostream>
#include <stdexcept>

namespace nownext::app {

int run_now(const NowRequest& request, std::ostream& out, std::ostream& err) {
  const LoadedFeed loaded = load_feed(request.feed, feed_format_named(request.format));
  if (!loaded.parsed) {
    err << loaded.read_error << "\n";
    return 2;
  }
  if (!loaded.parsed->ok()) {
    print_feed_errors(request.feed, *loaded.parsed, err);
    return 1;
  }
  const core::Agenda& agenda = *loaded.parsed->agenda;

  core::Instant at = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  if (request.at) {
    const auto parsed = core::parse_instant_or_local(*request.at, agenda.time_zone());
    if (!parsed) {
      err << "--at: '" << *request.at
          << "' is not a time such as 2017-07-19T15:30 (venue time) or "
             "2017-07-19T15:30:00+02:00\n";
      return 2;
    }
    at = *parsed;
  }
  std::vector<core::RoomIndex> rooms;
  if (request.room) {
    const auto room = agenda.find_room(*request.room);
    if (!room) {
      err << "--room: no room '" << *request.room << "' in the feed; rooms:";
      for (const auto& r : agenda.rooms()) err << " " << r.id;
      err << "\n";
      return 2;
    }
    rooms.push_back(*room);
  } else {
    for (core::RoomIndex r = 0; r < agenda.rooms().size(); ++r) rooms.push_back(r);
  }

  std::vector<std::string> languages;
  if (request.language) {
    try {
      require_language(data_dir(std::nullopt), *request.language);
    } catch (const std::runtime_error& e) {
      err << "--lang: " << e.what() << "\n";
      return 2;
    }
    languages.push_back(*request.language);
  }
  languages.insert(languages.end(), agenda.event().languages.begin(),
                   agenda.event().languages.end());

  const core::Schedule schedule{agenda};
  nlohmann::ordered_json answer{{"at", core::format_local_iso(at, agenda.time_zone())},
                                {"event", agenda.event().id},
                                {"time_zone", agenda.event().time_zone_name},
                                {"venue_day", core::format_date(schedule.day_of(at))},
                                {"next_change", nullptr},
                                {"rooms", nlohmann::ordered_json::array()}};
  if (const auto change = schedule.next_change(at)) {
    answer["next_change"] = core::format_local_iso(*change, agenda.time_zone());
  }
  for (const core::RoomIndex room : rooms) {
    answer["rooms"].push_back(room_now_json(schedule, schedule.room_at(room, at), languages));
  }
  out << answer.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
  return 0;
}

}  // namespace nownext::app
