// `nownext convert`: read any format, write nownext/1.
#include "app/convert_command.hpp"

#include "app/feed_file.hpp"
#include "import/feed_writer.hpp"

#include <fstream>
#include <ostream>

namespace nownext::app {

int run_convert(const ConvertRequest& request, std::ostream& stdout_stream, std::ostream& report) {
  const LoadedFeed loaded = load_feed(request.feed, request.format);
  if (!loaded.parsed) {
    report << loaded.read_error << "\n";
    return convert_failed;
  }
  const core::FeedResult& result = *loaded.parsed;
  for (const auto& warning : result.warnings)
    report << "  warning: " << warning.to_string() << "\n";
  if (!result.ok()) {
    print_feed_errors(request.feed, result, report);
    return convert_invalid;
  }
  const core::Agenda& agenda = *result.agenda;
  const std::string feed = import::write_feed(agenda);
  if (request.out == "-") {
    stdout_stream << feed;
  } else {
    std::ofstream file{request.out, std::ios::binary | std::ios::trunc};
    file << feed;
    file.close();
    if (!file) {
      report << request.out << ": cannot be written\n";
      return convert_failed;
    }
  }
  report << request.feed << ": " << agenda.format() << " -> " << request.out << " (nownext/1, "
         << agenda.rooms().size() << " rooms, " << agenda.sessions().size() << " sessions, "
         << agenda.people().size() << " people, " << result.warnings.size() << " warnings)\n";
  return convert_done;
}

}  // namespace nownext::app
