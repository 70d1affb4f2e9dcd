// Importing published schedules into an indexed Agenda (budgets: FOSDEM 2025's XML, 943
// events and 2 MB, under 30 ms; a frab schedule.json of that size under 20 ms; the JRES
// iCalendar under 10 ms). The samples are read from beside the project; a benchmark whose
// sample is absent says so and is skipped.
#include "import/read_feed.hpp"
#include "support/test_files.hpp"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <stdexcept>

namespace {

std::optional<std::string> sample(const std::string& name) {
  const auto path = nownext::testing::source_path("../shared/samples/" + name);
  if (!std::filesystem::exists(path)) return std::nullopt;
  return nownext::testing::read_test_file(path);
}

void import_and_index(benchmark::State& state, const std::optional<std::string>& bytes) {
  if (!bytes) {
    state.SkipWithError("the sample is absent (../shared/samples)");
    return;
  }
  for (auto _ : state) {
    auto result = nownext::import::read_feed(*bytes);
    if (!result.ok()) throw std::runtime_error("benchmark feed does not import");
    benchmark::DoNotOptimize(result);
  }
  state.counters["feed_bytes"] = static_cast<double>(bytes->size());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(bytes->size()));
}

// FOSDEM 2025 written as a frab schedule.json (v1): the same 943 events, persons and texts.
std::optional<std::string> fosdem_as_frab_json() {
  const auto xml = sample("fosdem-2025.schedule.xml");
  if (!xml) return std::nullopt;
  const auto result = nownext::import::read_feed(*xml);
  if (!result.ok()) throw std::runtime_error("FOSDEM does not import");
  const auto& agenda = *result.agenda;
  const auto& zone = agenda.time_zone();
  nlohmann::json days = nlohmann::json::object();
  for (const auto& s : agenda.sessions()) {
    const std::string start = nownext::core::format_local_iso(s.start, zone);
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(s.end - s.start).count();
    const std::string duration = (minutes / 60 < 10 ? "0" : "") + std::to_string(minutes / 60) +
                                 ":" + (minutes % 60 < 10 ? "0" : "") +
                                 std::to_string(minutes % 60);
    nlohmann::json persons = nlohmann::json::array();
    for (const auto& p : s.speakers) {
      const auto& person = agenda.people()[p.person];
      persons.push_back({{"id", person.id}, {"public_name", person.name.any()}});
    }
    const std::string room{agenda.rooms()[s.room].name.any()};
    days[start.substr(0, 10)][room].push_back({{"guid", s.id},
                                               {"id", s.id},
                                               {"date", start},
                                               {"start", start.substr(11, 5)},
                                               {"duration", duration},
                                               {"room", room},
                                               {"title", s.title.any()},
                                               {"subtitle", ""},
                                               {"type", "devroom"},
                                               {"language", "en"},
                                               {"abstract", s.description.any()},
                                               {"description", ""},
                                               {"persons", persons}});
  }
  nlohmann::json day_list = nlohmann::json::array();
  for (const auto& [date, rooms] : days.items()) {
    day_list.push_back({{"date", date}, {"rooms", rooms}});
  }
  const nlohmann::json root{{"schedule",
                             {{"version", "bench"},
                              {"conference",
                               {{"acronym", "fosdem-2025"},
                                {"title", "FOSDEM 2025"},
                                {"time_zone_name", "Europe/Brussels"},
                                {"days", day_list}}}}}};
  return root.dump();
}

void BM_import_fosdem_xml(benchmark::State& state) {
  static const auto bytes = sample("fosdem-2025.schedule.xml");
  import_and_index(state, bytes);
}
BENCHMARK(BM_import_fosdem_xml)->Name("import/fosdem_2025_xml")->Unit(benchmark::kMillisecond);

void BM_import_fosdem_json(benchmark::State& state) {
  static const auto bytes = fosdem_as_frab_json();
  import_and_index(state, bytes);
}
BENCHMARK(BM_import_fosdem_json)
    ->Name("import/frab_json_943_events")
    ->Unit(benchmark::kMillisecond);

void BM_import_camp_json(benchmark::State& state) {
  static const auto bytes = sample("frab-camp2019.schedule.json");
  import_and_index(state, bytes);
}
BENCHMARK(BM_import_camp_json)->Name("import/frab_camp2019_json")->Unit(benchmark::kMillisecond);

void BM_import_jres_ics(benchmark::State& state) {
  static const auto bytes = sample("jres-2022.ics");
  import_and_index(state, bytes);
}
BENCHMARK(BM_import_jres_ics)->Name("import/jres_2022_ics")->Unit(benchmark::kMillisecond);

}  // namespace
