// Internal to the screen builders: proportions, the header and footer, tags, and the wording
// of times and sessions, shared by the room, hallway and day screens.
#pragma once

#include "core/screen.hpp"

#include <algorithm>
#include <string>

namespace nownext::core::screen {

// Sizes relative to the screen: `u` is 1 % of the shorter side.
struct Metrics {
  int width = 0;
  int height = 0;
  double u = 0;
  int floor = 0;  // legibility floor, px
  int edge = 0;   // the width of a theme's card edges, px (0.3 % of the shorter side, at least 2)
  [[nodiscard]] int px(double units) const { return static_cast<int>(units * u + 0.5); }
  // A text size range in units, never below the floor.
  [[nodiscard]] int at_least_floor(double units) const { return std::max(floor, px(units)); }
};
// On a bilingual "pair" screen the floor is the pair's (pair_floor_percent).
[[nodiscard]] Metrics metrics_of(const ScreenContext& context);
// The header band's height: the layout's share of the screen; on a bilingual "pair" screen at
// least what a paired title (and, on a narrow screen, the clock above the date) needs.
[[nodiscard]] int header_height(const ScreenContext& context);
// The language of the second line of a bilingual "pair" screen; empty on other screens.
[[nodiscard]] std::string second_language(const ScreenContext& context);
// The width of `text` set on one line at `size_px` with its language's typography, measured
// with the context's measurer (0 without one); a paired text as wide as its wider part.
[[nodiscard]] int text_width(const ScreenContext& context, TextRole role, int size_px,
                             const std::string& text);

// Bilingual "pair" screens: a text in two languages takes its box in two parts, the first
// language's above (this share of the box's height and of its sizes), the second's below.
inline constexpr int pair_first_percent = 55;
// They are built with a legibility floor this much higher (percent), so that every box has room
// for both parts, neither below the screen's real floor.
inline constexpr int pair_floor_percent = 225;
// The sizes of the two parts of a paired text of sizes [min_px, max_px], never below `floor_px`.
struct PairSizes {
  int first_max = 0, first_min = 0, second_max = 0, second_min = 0;
};
[[nodiscard]] PairSizes pair_sizes(int max_px, int min_px, int floor_px);

// Adds elements to a frame, in drawing order.
class FrameWriter {
 public:
  // `floor_px`: the smallest text size the writer's tags use. Texts get the typography of
  // `language` (typography.hpp); on a bilingual "pair" screen, the second language's texts that
  // of `second_language`.
  // `measurer` (may be null) sizes the two parts of a paired text by the lines each needs.
  FrameWriter(Frame& frame, int floor_px, std::string language, std::string second_language = {},
              TextMeasurer* measurer = nullptr)
      : frame_(frame),
        floor_px_(floor_px),
        language_(std::move(language)),
        second_language_(std::move(second_language)),
        measurer_(measurer) {}
  void rect(Rect r, Color color, int radius_px = 0);
  // A card: `fill`, with an `edge` of edge_px around it when the theme has one.
  void card(Rect r, Color fill, std::optional<Color> edge, int radius_px, int edge_px);
  // A text box. A paired text (paired_text.hpp) whose languages differ becomes two boxes in
  // `r`: the first language's and, below it and smaller, the second's (pair_sizes), both on
  // the same side of the screen.
  void text(Rect r, std::string text, TextRole role, Color color, int max_px, int min_px,
            int max_lines = 1, Align align = Align::start);
  // As text(), for a text that names people: its boxes are marked TextBox::names.
  void names(Rect r, std::string text, TextRole role, Color color, int max_px, int min_px,
             int max_lines = 1, Align align = Align::start);
  // A pill with a word in it, sized to `width_px`; returns its rect.
  Rect tag(int x, int y, int width_px, int height_px, std::string word, Color text, Color back);
  void progress(Rect r, Color track, Color fill, int permille);
  void image(Rect r, std::string asset);

 private:
  void add_text(Rect r, std::string text, TextRole role, Color color, int max_px, int min_px,
                int max_lines, Align align);
  // The height of the first part of a paired text in a box `r` (see text()).
  [[nodiscard]] int first_part_height(Rect r, const std::string& first, const std::string& second,
                                      TextRole role, const PairSizes& sizes, int max_lines);

  Frame& frame_;
  int floor_px_;
  std::string language_;
  std::string second_language_;
  TextMeasurer* measurer_;
};

// How far ahead a start is counted down ("dans 1 h 20"); later ones give the time alone.
inline constexpr std::chrono::hours countdown_horizon{4};

// The calendar day of `then` as seen at `at`, in the venue's zone (not the venue day: at 01:30 a
// start at 10:00 is today's).
enum class DayRelation { today, tomorrow, other_day };
[[nodiscard]] DayRelation day_relation(const ScreenContext& context, Instant at, Instant then);
// `time` ("10:00", "10:00 – 11:00") with its day when it is not today: "demain 10:00",
// "jeudi 20 juillet 2017, 10:00".
[[nodiscard]] std::string day_and_time(const ScreenContext& context, Instant at, Instant then,
                                       const std::string& time);
// When a session starts, as seen at `at`: "15:00 · dans 20 min" within countdown_horizon the
// same day, "18:00" later that day, "demain 10:00" or "jeudi 20 juillet 2017, 10:00" on another
// day; `with_end` adds the end ("15:00 – 16:30 · dans 20 min"). No countdown when cancelled.
[[nodiscard]] std::string start_text(const ScreenContext& context, Instant at,
                                     const Session& session, bool with_end);

// The size of a pill's word (FrameWriter::tag): 60 % of the pill's height, never below the floor.
[[nodiscard]] inline int pill_text_px(int height_px, int floor_px) {
  return std::max(floor_px, height_px * 6 / 10);
}
// The width of a pill (FrameWriter::tag) of `height_px` that holds `word` at its size, measured
// with the context's measurer; `fallback_px` without one.
[[nodiscard]] int pill_width(const ScreenContext& context, const std::string& word, int height_px,
                             int fallback_px);
// The height of a line of Latin text at `size_px`, measured (1.4 times the size without a
// measurer); on a bilingual "pair" screen, of a line of each part of a paired text.
[[nodiscard]] int line_height(const ScreenContext& context, TextRole role, int size_px);
// The height of one line of a text that reads the same in both languages (a name), which a pair
// screen draws once, at a first part's size; line_height on other screens.
[[nodiscard]] int unpaired_line_height(const ScreenContext& context, TextRole role, int size_px);
// How many lines `text` takes at `size_px` in `width_px` (at most max_lines), measured with the
// context's measurer; 1 without one. For a paired text, the lines of its longer part.
[[nodiscard]] int lines_needed(const ScreenContext& context, TextRole role, int size_px,
                               int width_px, const std::string& text, int max_lines);
// The height `text` takes at `size_px` in `width_px` on at most max_lines lines: the sum of its
// lines' measured heights (a line set partly in a fallback face may be taller); without a
// measurer, lines_needed times line_height. On a pair screen, as FrameWriter::text draws it: a
// paired text's two parts at their sizes, one above the other; any other at a first part's size.
[[nodiscard]] int text_height(const ScreenContext& context, TextRole role, int size_px,
                              int width_px, const std::string& text, int max_lines);

// "15:00"
[[nodiscard]] std::string clock_text(const ScreenContext& context, Instant at);
// "15:00 – 16:00", with the real (delayed) times; with the end's day when it ends on another
// day than it starts
[[nodiscard]] std::string time_range(const ScreenContext& context, const Session& session);
// "encore 25 min"; for a session ending on a later day, "jusqu'au dimanche 2 juin 2024, 18:00".
[[nodiscard]] std::string time_left(const ScreenContext& context, const Session& session,
                                    Instant at);
// "dans 25 min" / "dans 1 h 20"
[[nodiscard]] std::string starts_in(const ScreenContext& context, Instant at, Instant start);
// A feed text in the screen's languages (on a bilingual "pair" screen, paired with the text in
// the second language)
[[nodiscard]] std::string feed_text(const ScreenContext& context, const Text& text);
// A person's name as a list of names shows it: a name of at most held_name_max characters (code
// points, paired texts counted whole) has its words held on one line (no-break spaces), so that
// a list that wraps does not split it (in an Arabic list of Latin names, "Aud | Kolberg" reads as
// two people); a longer one may break between its words, as a narrow column needs.
inline constexpr std::size_t held_name_max = 20;
[[nodiscard]] std::string listed_name(const ScreenContext& context, const Text& name);
// "Session 6 › Panel 1": labels (or titles) of a chain, outermost first
[[nodiscard]] std::string chain_text(const ScreenContext& context, const SessionChain& chain);
// "Panel 1 : Comprendre…" (the interface language's pattern), or the title alone.
[[nodiscard]] std::string labelled_title(const ScreenContext& context, const Session& session);
// "DÉPLACÉ : Salle XIX": where a session of this room went, for the room it left.
[[nodiscard]] std::string moved_to_text(const ScreenContext& context, const Session& session);
// The warning for a session's status as shown where it takes place ("RETARDÉ DE 10 MIN",
// "ANNULÉ", "déplacé de Salle XVIII"), or "" when it is as planned.
[[nodiscard]] std::string status_word(const ScreenContext& context, const Session& session);
// "Modération : Vincent Chetail · Intervenants : Nanette Thomas, …": who a session has, on one
// line, for hallway rows tall enough to say it and next cards too small for people's rows.
// `counted` (default `s`) gives the numbers the labels agree with: a page of a longer list says
// "Speakers" for one of them.
[[nodiscard]] std::string people_line(const ScreenContext& context, const Session& s,
                                      const Session* counted = nullptr);
// people_line in one language; a pair screen lists the names alone, once, by a sign both
// languages read ("Ana Lima · Bo Chen · Cy Roy"): names are the same in both, and each
// language's words around them would double the lines.
[[nodiscard]] std::string names_line(const ScreenContext& context, const Session& s,
                                     const Session* counted = nullptr);
// "ANNULÉ · Ouverture": the cancelled sessions of `room` whose planned time holds `at`, joined
// by `separator`. A delegate who comes for one learns it is off, not only that the room is on a
// break. Empty when there is none.
[[nodiscard]] std::string cancelled_now_text(const ScreenContext& context, RoomIndex room,
                                             Instant at, std::string_view separator);
// "Reprise à 15:00", "Reprise demain à 10:00", "Reprise le ... à ..."
[[nodiscard]] std::string resumes_text(const ScreenContext& context, Instant at, Instant resume);

// Whether the room's venue day has not started yet at `at` (before the event, or the morning
// before the day's first session): it welcomes, it does not say a day ended.
[[nodiscard]] bool day_not_started(const ScreenContext& context, const RoomNow& answer, Instant at);
// The next session when it should have started by `at` but is delayed; null otherwise.
[[nodiscard]] const Session* late_session(const ScreenContext& context, const RoomNow& answer,
                                          Instant at);

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
// The footer band: a doubtful clock, stale and demo markers, page indicator. Returns the y where
// it starts.
int draw_footer(const ScreenContext& context, FrameWriter& out, const std::string& page_note,
                Instant at);

}  // namespace nownext::core::screen
