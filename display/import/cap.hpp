// CAP 1.2 (OASIS Common Alerting Protocol) alerts: read from a CAP document, or from an Atom or
// RSS feed whose entries carry CAP alerts; the messages applied in turn (Alert, Update, Cancel by
// identifier and references); each alert in force mapped to an announcement for an agenda's
// screens. Pure like core: bytes in, values out. pugixml in the .cpp. Documented in the README
// ("CAP alerts").
#pragma once

#include "core/agenda.hpp"
#include "core/diagnostic.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace nownext::import {

// One <info> block: the alert in one language.
struct CapInfo {
  std::string language;  // the primary subtag, lower case ("fr" for "fr-CH"); "en" when absent
  std::string event;
  std::string urgency;   // Immediate, Expected, Future, Past, Unknown
  std::string severity;  // Extreme, Severe, Moderate, Minor, Unknown
  std::optional<core::Instant> effective;
  std::optional<core::Instant> onset;
  std::optional<core::Instant> expires;
  std::string headline;
  std::string description;
  std::string instruction;
  // What each <area> names: its <areaDesc>, and the values of its <geocode>s named "room".
  // Empty when the block has no <area> (everywhere).
  struct Area {
    std::string description;
    std::vector<std::string> room_codes;
  };
  std::vector<Area> areas;
};

struct CapAlert {
  std::string identifier;
  std::string sender;
  core::Instant sent;
  std::string status;                  // Actual, Exercise, System, Test, Draft
  std::string msg_type;                // Alert, Update, Cancel, Ack, Error
  std::string scope;                   // Public, Restricted, Private
  std::vector<std::string> addresses;  // for Private: who it is for
  // The messages it updates or cancels, as "sender,identifier" (the sent time left out).
  std::vector<std::string> references;
  std::vector<CapInfo> infos;
  std::string where;  // its place in the document, for messages: "alert", "entry[2].alert"

  // "sender,identifier", as references name it.
  [[nodiscard]] std::string key() const { return sender + "," + identifier; }
};

struct CapLimits {
  std::size_t max_alerts = 200;       // per document
  std::size_t max_infos = 20;         // per alert
  std::size_t max_text_bytes = 4096;  // per text (headline, description...): longer is cut
};

struct CapRead {
  std::vector<CapAlert> alerts;  // in document order
  core::Diagnostics errors;      // the document cannot be used: not XML, not CAP/Atom/RSS
  core::Diagnostics warnings;    // an alert or a block left out or repaired, with its place
  [[nodiscard]] bool ok() const { return errors.empty(); }
};

// A CAP <alert> document, or an Atom <feed> or RSS <rss> whose entries embed one (entries that
// only link to their alert are reported and left out: the linked alert is not fetched).
[[nodiscard]] CapRead read_cap(std::string_view bytes, const CapLimits& limits = {});

// Which alerts a screen takes.
struct CapFilter {
  // Statuses shown: Actual by default; Exercise and Test only when named. System and Draft
  // never.
  std::vector<std::string> statuses{"Actual"};
  std::string screen;  // this screen's id: a Private alert is shown when its addresses name it
};

// The alerts in force after every message, in order of `sent`: an Alert adds itself, an Update
// replaces the alerts it references, a Cancel ends them; Ack and Error messages change nothing.
// Alerts whose status or scope the filter refuses are left out, with a note.
[[nodiscard]] std::vector<CapAlert> current_alerts(std::span<const CapAlert> messages,
                                                   const CapFilter& filter,
                                                   core::Diagnostics& notes);

// An alert as an announcement on `agenda`'s screens: its form from the most severe block
// (severity and urgency), the text of each language from its headline (or event), the details
// from its description and instruction, shown from `effective` (else `sent`) until `expires`.
// An area targets the rooms of the agenda its "room" geocodes name (by id), else the room its
// description names (by id or name); an area naming none (a city, a region) contains the venue:
// every room.
[[nodiscard]] core::Announcement to_announcement(const CapAlert& alert, const core::Agenda* agenda);

// The form of a block: emergency for Extreme (unless its urgency is Future or Past) and for
// Severe and Immediate; info for Minor, Unknown and anything Past; warning otherwise.
[[nodiscard]] core::Announcement::Severity cap_form(const CapInfo& info);

}  // namespace nownext::import
