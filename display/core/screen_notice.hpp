// Screens that show no sessions: the kiosk before its first agenda, saying why it waits, and a
// room door whose room the agenda lacks (never another room's programme under its name). Pure.
#pragma once

#include "core/agenda.hpp"
#include "core/screen.hpp"
#include "core/time.hpp"

#include <optional>
#include <string>

namespace nownext::core {

// Why there is no agenda yet.
enum class FeedTrouble {
  none,         // the first try is under way
  unreachable,  // the feed could not be fetched (network, HTTP status, unreadable file)
  invalid,      // the feed answered, but with something that is not a valid feed
};

struct AgendaWait {
  FeedTrouble trouble = FeedTrouble::none;
  std::optional<LocalTime> last_try;  // in the kiosk's own time zone (no venue's is known yet)
};

// A quiet screen: that the programme is not available yet and, discreetly, why and when the
// feed was last tried. `demo_note` as in ScreenContext.
[[nodiscard]] Frame waiting_screen(const Theme& theme, const UiStrings& strings, int width_px,
                                   int height_px, const AgendaWait& wait,
                                   const std::string& demo_note);

// A kiosk whose screen id is not in its fleet file: it has no room, layout or languages of its
// own to show.
struct UnknownScreen {
  std::string screen;  // the id looked for
  std::string fleet;   // the fleet file or URL, as given
  friend bool operator==(const UnknownScreen&, const UnknownScreen&) = default;
};

// A plain screen saying that this screen's id is not in the fleet file, naming both, so that
// staff walking past see which entry to add or which id to set. `demo_note` as in ScreenContext.
[[nodiscard]] Frame unknown_screen_screen(const Theme& theme, const UiStrings& strings,
                                          int width_px, int height_px, const UnknownScreen& unknown,
                                          const std::string& demo_note);

// The door of room `id`, which the context's agenda lacks: the header with the room's name (the
// one it had in the last agenda that had it, else the id) and a discreet line saying the room
// is not in the current programme.
[[nodiscard]] Frame absent_room_screen(const ScreenContext& context, const std::string& id,
                                       const std::optional<Text>& last_name, Instant at);

// The preview's footer, so staff know what they see: the simulated clock's date and time, its
// speed or that it is paused, and the layout: "Aperçu : horloge simulée au mardi 18 juillet 2017,
// 11:40 · ×60 · room-door-landscape".
[[nodiscard]] std::string preview_note(const UiStrings& strings, const LocalTime& when,
                                       double speed, bool paused, const std::string& layout);

// Follows whether a configured room is in each new agenda, remembering its name from the last
// one that had it, and says so when that changes: once when it goes missing, once when it comes
// back, and again at the next change.
class RoomPresence {
 public:
  explicit RoomPresence(std::string id) : id_(std::move(id)) {}

  // A line for the log when `agenda` changes whether the room is in it; nullopt otherwise.
  std::optional<std::string> update(const Agenda& agenda);
  [[nodiscard]] const std::string& id() const { return id_; }
  // Whether the last agenda had the room (false before the first).
  [[nodiscard]] bool present() const { return present_.value_or(false); }
  [[nodiscard]] const std::optional<Text>& last_name() const { return last_name_; }

 private:
  std::string id_;
  std::optional<bool> present_;  // unknown before the first agenda
  std::optional<Text> last_name_;
};

}  // namespace nownext::core
