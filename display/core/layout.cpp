// Layout files: shape checks with paths, and the rules a playlist must follow for its kind.
#include "core/layout.hpp"

#include "core/feed_fields.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <utility>

namespace nownext::core {
namespace {

constexpr std::array kinds{std::pair{LayoutKind::room, std::string_view{"room"}},
                           std::pair{LayoutKind::hallway, std::string_view{"hallway"}},
                           std::pair{LayoutKind::day, std::string_view{"day"}}};
constexpr std::array pages{std::pair{PageKind::now, std::string_view{"now"}},
                           std::pair{PageKind::next, std::string_view{"next"}},
                           std::pair{PageKind::day, std::string_view{"day"}},
                           std::pair{PageKind::rooms, std::string_view{"rooms"}},
                           std::pair{PageKind::announcement, std::string_view{"announcement"}}};

template <typename Table>
auto lookup(const Table& table, std::string_view name) -> std::optional<decltype(table[0].first)> {
  for (const auto& [value, n] : table) {
    if (n == name) return value;
  }
  return std::nullopt;
}

bool page_fits_kind(PageKind page, LayoutKind kind) {
  if (page == PageKind::announcement) return true;  // every screen shows a warning's card
  switch (kind) {
    case LayoutKind::room:
      return page == PageKind::now || page == PageKind::next || page == PageKind::day;
    case LayoutKind::hallway: return page == PageKind::rooms;
    case LayoutKind::day: return page == PageKind::day;
  }
  return false;
}

class LayoutReader {
 public:
  LayoutReader(Diagnostics& errors, Diagnostics& warnings) : fields_(errors, warnings) {}

  std::optional<Layout> read(const Json& root) {
    const auto format = fields_.string_member(root, "format", document_, Presence::required);
    if (format && *format != layout_format) {
      fields_.error(Where{document_, "format"}, "must be \"" + std::string{layout_format} + "\"");
    }
    fields_.warn_unknown_members(
        root, document_,
        {"format", "name", "kind", "theme", "orientations", "arrangement", "header_height",
         "reading_distance_m", "now_share", "speakers_per_page", "rooms_per_page", "playlist",
         "transition_ms"});
    Layout layout;
    layout.name = fields_.id_member(root, "name", document_, Presence::required).value_or("");
    if (const auto kind = fields_.string_member(root, "kind", document_, Presence::required)) {
      const auto known = lookup(kinds, *kind);
      if (!known) fields_.error(Where{document_, "kind"}, "must be room, hallway or day");
      layout.kind = known.value_or(LayoutKind::room);
    }
    layout.theme =
        fields_.id_member(root, "theme", document_, Presence::optional).value_or(layout.theme);
    if (const auto arrangement =
            fields_.string_member(root, "arrangement", document_, Presence::optional)) {
      if (*arrangement == "side_by_side") {
        layout.arrangement = Arrangement::side_by_side;
      } else if (*arrangement != "stacked") {
        fields_.error(Where{document_, "arrangement"}, "must be stacked or side_by_side");
      }
    }
    layout.header_height =
        fields_.number_member(root, "header_height", document_, 0.04, 0.2, layout.header_height);
    read_orientations(root, layout);
    layout.reading_distance_m = fields_.number_member(root, "reading_distance_m", document_, 0.5,
                                                      30, layout.reading_distance_m);
    layout.now_share =
        fields_.number_member(root, "now_share", document_, 0.3, 0.85, layout.now_share);
    layout.speakers_per_page = static_cast<int>(fields_.whole_number_member(
        root, "speakers_per_page", document_, 1, 12, layout.speakers_per_page));
    layout.rooms_per_page = static_cast<int>(fields_.whole_number_member(
        root, "rooms_per_page", document_, 1, 20, layout.rooms_per_page));
    layout.transition = std::chrono::milliseconds{
        fields_.whole_number_member(root, "transition_ms", document_, 0, 3000, 600)};
    read_playlist(root, layout);
    return layout;
  }

 private:
  void read_orientations(const Json& root, Layout& layout) {
    const Json* list = fields_.array(root, "orientations", document_, Presence::optional, 2);
    if (list == nullptr) return;
    const Where list_where{document_, "orientations"};
    layout.orientations.clear();
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Json& item = (*list)[i];
      if (item.is_string() && item.get<std::string>() == "landscape") {
        layout.orientations.push_back(Orientation::landscape);
      } else if (item.is_string() && item.get<std::string>() == "portrait") {
        layout.orientations.push_back(Orientation::portrait);
      } else {
        fields_.error(Where{list_where, i}, "must be landscape or portrait");
      }
    }
    if (layout.orientations.empty()) fields_.error(list_where, "must name an orientation");
  }

  void read_playlist(const Json& root, Layout& layout) {
    const Json* list = fields_.array(root, "playlist", document_, Presence::required, 20);
    if (list == nullptr) return;
    const Where list_where{document_, "playlist"};
    if (list->empty()) fields_.error(list_where, "must name at least one page");
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Where where{list_where, i};
      const Json& item = (*list)[i];
      if (!fields_.expect_object(item, where)) continue;
      fields_.warn_unknown_members(item, where, {"page", "seconds"});
      PlaylistEntry entry;
      if (const auto page = fields_.string_member(item, "page", where, Presence::required)) {
        const auto known = lookup(pages, *page);
        if (!known || !page_fits_kind(*known, layout.kind)) {
          fields_.error(Where{where, "page"}, "'" + *page + "' is not a page of a " +
                                                  std::string{to_string(layout.kind)} + " layout");
          continue;
        }
        entry.page = *known;
      }
      entry.duration =
          std::chrono::seconds{fields_.whole_number_member(item, "seconds", where, 2, 600, 15)};
      layout.playlist.push_back(entry);
    }
  }

  FeedFields fields_;
  const Where document_;
};

}  // namespace

std::string_view to_string(LayoutKind kind) {
  for (const auto& [k, name] : kinds) {
    if (k == kind) return name;
  }
  return "room";
}

LayoutResult parse_layout(std::string_view json) {
  LayoutResult result;
  const std::optional<Json> root = parse_json_object(json, result.errors);
  if (!root) return result;
  LayoutReader reader{result.errors, result.warnings};
  auto layout = reader.read(*root);
  if (result.errors.empty()) result.layout = std::move(layout);
  return result;
}

Orientation orientation_of(int width_px, int height_px) {
  return height_px > width_px ? Orientation::portrait : Orientation::landscape;
}

bool made_for(const Layout& layout, int width_px, int height_px) {
  const Orientation wanted = orientation_of(width_px, height_px);
  return std::find(layout.orientations.begin(), layout.orientations.end(), wanted) !=
         layout.orientations.end();
}

std::optional<std::size_t> default_layout_index(std::span<const Layout> layouts, bool hallway,
                                                int width_px, int height_px) {
  const auto first = [&](auto&& wanted) -> std::optional<std::size_t> {
    for (std::size_t i = 0; i < layouts.size(); ++i) {
      if (wanted(layouts[i])) return i;
    }
    return std::nullopt;
  };
  if (hallway) {
    if (auto found = first([](const Layout& l) { return l.kind == LayoutKind::hallway; })) {
      return found;
    }
  }
  if (auto found = first([&](const Layout& l) {
        return l.kind == LayoutKind::room && made_for(l, width_px, height_px);
      })) {
    return found;
  }
  return first([](const Layout& l) { return l.kind == LayoutKind::room; });
}

std::string orientation_warning(const Layout& layout, int width_px, int height_px) {
  if (made_for(layout, width_px, height_px)) return "";
  const bool portrait = orientation_of(width_px, height_px) == Orientation::portrait;
  return "layout " + layout.name + " is made for " + (portrait ? "landscape" : "portrait") +
         " screens; this one is " + std::to_string(width_px) + "x" + std::to_string(height_px);
}

}  // namespace nownext::core
