// Internal to the screen builders: proportions, the header and footer, tags, and the wording
// of times and sessions, shared by the room, hallway and day screens.
#pragma once

#include "core/screen.hpp"

#include <string>

namespace nownext::core::screen {

// Sizes relative to the screen: `u` is 1 % of the shorter side.
struct Metrics {
  int width = 0;
  int height = 0;
  double u = 0;
  int floor = 0;  // legibility floor, px
  [[nodiscard]] int px(double units) const { return static_cast<int>(units * u + 0.5); }
  // A text size range in units, never below the floor.
  [[nodiscard]] int at_least_floor(double units) const { return std::max(floor, px(units)); }
};
[[nodiscard]] Metrics metrics_of(const ScreenContext& context);

// Adds elements to a frame, in drawing order.
class FrameWriter {
 public:
  // `floor_px`: the smallest text size the writer's tags use.
  FrameWriter(Frame& frame, int floor_px) : frame_(frame), floor_px_(floor_px) {}
  void rect(Rect r, Color color, int radius_px = 0);
  void text(Rect r, std::string text, TextRole role, Color color, int max_px, int min_px,
            int max_lines = 1, Align align = Align::start);
  // A pill with a word in it, sized to `width_px`; returns its rect.
  Rect tag(int x, int y, int width_px, int height_px, std::string word, Color text, Color back);
  void progress(Rect r, Color track, Color fill, int permille);
  void image(Rect r, std::string asset);

 private:
  Frame& frame_;
  int floor_px_;
};

// "15:00"
[[nodiscard]] std::string clock_text(const ScreenContext& context, Instant at);
// "15:00 – 16:00", with the real (delayed) times
[[nodiscard]] std::string time_range(const ScreenContext& context, const Session& session);
// "dans 25 min" / "dans 1 h 20"
[[nodiscard]] std::string starts_in(const ScreenContext& context, Instant at, Instant start);
// A feed text in the screen's languages
[[nodiscard]] std::string feed_text(const ScreenContext& context, const Text& text);
// "Session 6 › Panel 1": labels (or titles) of a chain, outermost first
[[nodiscard]] std::string chain_text(const ScreenContext& context, const SessionChain& chain);
// The warning for a session's status, or "" when it is as planned.
[[nodiscard]] std::string status_word(const ScreenContext& context, const Session& session);
// "Reprise à 15:00", "Reprise demain à 10:00", "Reprise le ... à ..."
[[nodiscard]] std::string resumes_text(const ScreenContext& context, Instant at, Instant resume);

// What a room says when nothing but a break runs: "Pause", "Bienvenue", "Fin de la première
// journée", "Fin de l'événement" or, while other rooms go on, that this room is done.
[[nodiscard]] std::string state_headline(const ScreenContext& context, const RoomNow& answer,
                                         Instant at);
// When things start or resume: "Début à 09:00", "Reprise à 15:00", "Reprise demain à 10:00".
// Empty when the answer has no resumption.
[[nodiscard]] std::string resume_line(const ScreenContext& context, const RoomNow& answer,
                                      Instant at);

// The header band: `title` on the start side, date and clock on the end side, logo if any.
// Returns the y where the body starts.
int draw_header(const ScreenContext& context, FrameWriter& out, const std::string& title,
                Instant at);
// The footer band: stale and demo markers, page indicator. Returns the y where it starts.
int draw_footer(const ScreenContext& context, FrameWriter& out, const std::string& page_note);

}  // namespace nownext::core::screen
