// The status report in JSON and in Prometheus' text format.
#include "app/status_report.hpp"

#include "net/feed_cache.hpp"

#include <unistd.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace nownext::app {
namespace {

double unix_seconds(StatusReport::TimePoint at) {
  return std::chrono::duration<double>(at.time_since_epoch()).count();
}

std::string iso(StatusReport::TimePoint at) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(at);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

nlohmann::json optional_time(const std::optional<StatusReport::TimePoint>& at) {
  return at ? nlohmann::json(iso(*at)) : nlohmann::json(nullptr);
}

// A label value in the exposition format: backslash, quote and newline escaped.
std::string label(const std::string& value) {
  std::string escaped;
  for (const char c : value) {
    if (c == '\\' || c == '"') {
      escaped += '\\';
      escaped += c;
    } else if (c == '\n') {
      escaped += "\\n";
    } else {
      escaped += c;
    }
  }
  return escaped;
}

void gauge(std::ostringstream& out, const std::string& name, const std::string& help,
           const std::string& samples) {
  out << "# HELP " << name << ' ' << help << "\n# TYPE " << name << " gauge\n" << samples;
}

std::string number(double value) {
  std::ostringstream out;
  out.precision(15);
  out << value;
  return out.str();
}

}  // namespace

std::string status_json(const StatusReport& report) {
  nlohmann::json json{
      {"version", report.version},
      {"screen", report.screen},
      {"room", report.room.empty() ? nlohmann::json(nullptr) : nlohmann::json(report.room)},
      {"layout", report.layout},
      {"state", report.state},
      {"state_words", report.state_words},
      {"agenda_age_seconds",
       report.agenda_age ? nlohmann::json(report.agenda_age->count()) : nlohmann::json(nullptr)},
      {"last_fetch", optional_time(report.last_fetch)},
      {"last_fetch_success", optional_time(report.last_fetch_success)},
      {"last_fetch_result", report.last_fetch_result},
      {"last_fetch_error", report.last_fetch_error.empty()
                               ? nlohmann::json(nullptr)
                               : nlohmann::json(report.last_fetch_error)},
      {"stale", report.stale},
      {"frames", report.frames},
      {"last_frame", optional_time(report.last_frame)},
      {"uptime_seconds", report.uptime.count()},
      {"rss_bytes", report.rss_bytes},
      {"screen_on", report.screen_on},
      {"burn_in_offset_px", {report.burn_in_offset_px.first, report.burn_in_offset_px.second}},
      {"alerts_in_force", report.alerts}};
  return json.dump(2) + "\n";
}

std::string status_metrics(const StatusReport& report) {
  std::ostringstream out;
  const std::string screen = "screen=\"" + label(report.screen) + "\"";
  gauge(out, "nownext_up", "1 while the kiosk runs", "nownext_up{" + screen + "} 1\n");
  gauge(out, "nownext_info", "What the screen shows, as labels",
        "nownext_info{" + screen + ",version=\"" + label(report.version) + "\",room=\"" +
            label(report.room) + "\",layout=\"" + label(report.layout) + "\"} 1\n");
  std::string states;
  for (const char* state : status_states) {
    states += "nownext_state{" + screen + ",state=\"" + state + "\"} " +
              (report.state == state ? "1" : "0") + "\n";
  }
  gauge(out, "nownext_state", "1 for the state the screen is in", states);
  if (report.agenda_age) {
    gauge(out, "nownext_agenda_age_seconds", "How long ago the agenda shown was known current",
          "nownext_agenda_age_seconds{" + screen + "} " +
              std::to_string(report.agenda_age->count()) + "\n");
  }
  if (report.last_fetch_success) {
    gauge(out, "nownext_last_fetch_success_timestamp_seconds",
          "When the feed last answered with a good body or 304",
          "nownext_last_fetch_success_timestamp_seconds{" + screen + "} " +
              number(unix_seconds(*report.last_fetch_success)) + "\n");
  }
  gauge(out, "nownext_fetch_failing", "1 when the last fetch failed",
        "nownext_fetch_failing{" + screen + "} " +
            (report.last_fetch_result == "failed" ? "1" : "0") + "\n");
  gauge(out, "nownext_stale", "1 when the agenda shown is stale",
        "nownext_stale{" + screen + "} " + (report.stale ? "1" : "0") + "\n");
  out << "# HELP nownext_frames_total Frames presented\n# TYPE nownext_frames_total counter\n"
      << "nownext_frames_total{" << screen << "} " << report.frames << "\n";
  if (report.last_frame) {
    gauge(out, "nownext_last_frame_timestamp_seconds",
          "When the screen loop last showed the present",
          "nownext_last_frame_timestamp_seconds{" + screen + "} " +
              number(unix_seconds(*report.last_frame)) + "\n");
  }
  gauge(out, "nownext_uptime_seconds", "Since the kiosk started",
        "nownext_uptime_seconds{" + screen + "} " + std::to_string(report.uptime.count()) + "\n");
  gauge(out, "nownext_resident_memory_bytes", "Resident set size",
        "nownext_resident_memory_bytes{" + screen + "} " + std::to_string(report.rss_bytes) + "\n");
  gauge(out, "nownext_screen_on", "0 while the power schedule has the screen off",
        "nownext_screen_on{" + screen + "} " + (report.screen_on ? "1" : "0") + "\n");
  gauge(out, "nownext_alerts_in_force", "Alerts of the alerts source in force",
        "nownext_alerts_in_force{" + screen + "} " + std::to_string(report.alerts) + "\n");
  return out.str();
}

std::uint64_t resident_bytes() {
  std::ifstream statm{"/proc/self/statm"};
  std::uint64_t size = 0, resident = 0;
  if (!(statm >> size >> resident)) return 0;
  return resident * static_cast<std::uint64_t>(sysconf(_SC_PAGESIZE));
}

void write_atomically(const std::filesystem::path& file, const std::string& text) {
  if (const auto problem = net::write_file_atomically(file, text)) {
    throw std::runtime_error(file.string() + ": " + *problem);
  }
}

}  // namespace nownext::app
