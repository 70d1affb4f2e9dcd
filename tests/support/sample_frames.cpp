// Sample now/next cards, proportioned to the frame's height.
#include "support/sample_frames.hpp"

namespace nownext::testing {
namespace {

using core::Color;
using core::Rect;
using core::TextBox;
using core::TextRole;

constexpr Color navy{16, 32, 64, 255};
constexpr Color band{30, 60, 110, 255};
constexpr Color paper{245, 244, 238, 255};
constexpr Color ink{20, 24, 32, 255};
constexpr Color accent{0, 150, 136, 255};
constexpr Color white{255, 255, 255, 255};

TextBox text_box(Rect rect, std::string text, TextRole role, Color color, int max_px, int min_px,
                 int max_lines, core::Align align = core::Align::start) {
  return {rect, std::move(text), role, color, align, max_px, min_px, max_lines};
}

}  // namespace

core::Frame card_frame(int width_px, int height_px, const CardText& text, int permille) {
  const int u = height_px / 100;  // one hundredth of the height
  const int margin = 4 * u;
  const int inner = width_px - 2 * margin - 6 * u;
  core::Frame frame{width_px, height_px, navy, {}};
  auto add = [&](core::Element e) { frame.elements.push_back(std::move(e)); };
  add(core::FilledRect{{0, 0, width_px, 12 * u}, band, 0});
  add(text_box({margin, 2 * u, width_px / 2, 8 * u}, text.room, TextRole::meta, white, 6 * u, 3 * u,
               1));
  add(text_box({width_px / 2, 2 * u, width_px / 2 - margin, 8 * u}, text.clock, TextRole::clock,
               white, 7 * u, 4 * u, 1, core::Align::end));
  add(core::FilledRect{{margin, 16 * u, width_px - 2 * margin, 56 * u}, paper, 2 * u});
  add(text_box({margin + 3 * u, 18 * u, inner, 5 * u}, text.now_label, TextRole::meta, accent,
               4 * u, 2 * u, 1));
  add(text_box({margin + 3 * u, 24 * u, inner, 26 * u}, text.title, TextRole::title, ink, 10 * u,
               5 * u, 2));
  add(text_box({margin + 3 * u, 52 * u, inner, 10 * u}, text.speakers, TextRole::body, ink, 5 * u,
               3 * u, 1));
  add(core::ProgressBar{
      {margin + 3 * u, 65 * u, inner, 2 * u}, Color{220, 220, 214, 255}, accent, permille});
  add(text_box({margin, 76 * u, width_px - 2 * margin, 5 * u}, text.next_label, TextRole::meta,
               accent, 4 * u, 2 * u, 1));
  add(text_box({margin, 82 * u, width_px - 2 * margin, 16 * u}, text.next_title, TextRole::body,
               white, 6 * u, 3 * u, 2));
  return frame;
}

CardText french_card() {
  return {"Salle XVIII",
          "10:30",
          "EN COURS",
          "Renforcer la coopération internationale et la gouvernance des migrations",
          "Modératrice : Mme Louise Arbour, Représentante spéciale",
          "ENSUITE · 12:00",
          "Déjeuner et échanges informels à l'extérieur de la salle"};
}

CardText english_card() {
  return {"Room XVIII",
          "10:30",
          "NOW",
          "Strengthening international cooperation on and governance of migration",
          "Moderator: Ms Louise Arbour, Special Representative",
          "NEXT · 12:00",
          "Lunch break and informal exchanges"};
}

CardText arabic_card() {
  return {"القاعة 18",
          "10:30",
          "الآن",
          "الحوار الدولي بشأن الهجرة 2017 مع Louise Arbour",
          "المنسقة: السيدة Louise Arbour، الممثلة الخاصة",
          "التالي · 12:00",
          "استراحة الغداء من 12:00 إلى 15:00"};
}

CardText chinese_card() {
  return {"第十八会议室",
          "10:30",
          "正在进行",
          "加强移民问题的国际合作与治理：2017年国际移民对话会议第一小组讨论，议题涉及安全、有序和正"
          "常移民",
          "主持人：Louise Arbour 女士，特别代表",
          "接下来 · 12:00",
          "午餐休息，非正式交流。"};
}

CardText long_title_card() {
  return {"Room XVIII",
          "16:45",
          "NOW",
          "Panel 3: Whole-of-government and whole-of-society approaches to the governance of "
          "migration, including partnerships with local authorities, the private sector, "
          "diaspora communities, academia, civil society and migrants themselves",
          "Moderators: Mr António Vitorino, Ms Louise Arbour, Mr William Lacy Swing and others",
          "NEXT · 18:00",
          "Closing remarks by the Director General, followed by a reception offered by the "
          "Permanent Mission of Switzerland in the Serpent Bar on the ground floor"};
}

}  // namespace nownext::testing
