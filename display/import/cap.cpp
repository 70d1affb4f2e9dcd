// Reading CAP 1.2 documents and Atom or RSS feeds of them with pugixml. Elements are matched by
// local name, so that a prefixed "cap:alert" reads as well as one in the default namespace.
#include "import/cap.hpp"

#include "core/input_checks.hpp"
#include "core/utf8.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <sstream>

namespace nownext::import {
namespace {

using core::Diagnostic;

std::string_view local_name(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::vector<pugi::xml_node> children_named(const pugi::xml_node& node, std::string_view name) {
  std::vector<pugi::xml_node> found;
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() == pugi::node_element && local_name(child) == name) found.push_back(child);
  }
  return found;
}

pugi::xml_node child_named(const pugi::xml_node& node, std::string_view name) {
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() == pugi::node_element && local_name(child) == name) return child;
  }
  return {};
}

// Text as a screen may draw it: malformed UTF-8 replaced, control characters out, runs of white
// space (the document's indentation) made one space, cut at `max_bytes` on a character.
std::string clean(std::string_view raw, std::size_t max_bytes) {
  std::string valid;
  for (std::size_t pos = 0; pos < raw.size();)
    core::append_utf8(valid, core::next_code_point(raw, pos));
  std::string spaced;
  for (const char c : core::without_control_characters(valid).text) {
    if (c == ' ' && (spaced.empty() || spaced.back() == ' ')) continue;
    spaced.push_back(c);
  }
  while (!spaced.empty() && spaced.back() == ' ') spaced.pop_back();
  return std::string{core::utf8_prefix(spaced, max_bytes)};
}

class AlertReader {
 public:
  AlertReader(const CapLimits& limits, core::Diagnostics& warnings)
      : limits_(limits), warnings_(warnings) {}

  std::optional<CapAlert> read(const pugi::xml_node& node, const std::string& where) {
    CapAlert alert;
    alert.where = where;
    ok_ = true;
    alert.identifier = required(node, "identifier", where);
    alert.sender = required(node, "sender", where);
    const std::string sent = required(node, "sent", where);
    if (!sent.empty()) {
      if (const auto instant = core::parse_instant(sent)) {
        alert.sent = *instant;
      } else {
        refuse(where + ".sent", "'" + sent + "' is not a date and time with an offset");
      }
    }
    alert.status = one_of(node, "status", where, {"Actual", "Exercise", "System", "Test", "Draft"});
    alert.msg_type = one_of(node, "msgType", where, {"Alert", "Update", "Cancel", "Ack", "Error"});
    alert.scope = one_of(node, "scope", where, {"Public", "Restricted", "Private"});
    alert.addresses = words(text(node, "addresses"));
    for (const std::string& triple : words(text(node, "references"))) {
      const auto first = triple.find(',');
      const auto second = triple.find(',', first == std::string::npos ? first : first + 1);
      if (first == std::string::npos || second == std::string::npos) {
        warnings_.push_back(
            {where + ".references", "'" + triple + "' is not sender,identifier,sent; ignored"});
        continue;
      }
      alert.references.push_back(triple.substr(0, second));
    }
    const auto infos = children_named(node, "info");
    for (std::size_t i = 0; i < infos.size(); ++i) {
      if (i == limits_.max_infos) {
        warnings_.push_back({where, "more than " + std::to_string(limits_.max_infos) +
                                        " <info> blocks; the rest are left out"});
        break;
      }
      alert.infos.push_back(read_info(infos[i], where + ".info[" + std::to_string(i) + "]"));
    }
    if (!ok_) return std::nullopt;
    return alert;
  }

 private:
  std::string text(const pugi::xml_node& node, std::string_view name) const {
    return clean(child_named(node, name).text().get(), limits_.max_text_bytes);
  }

  void refuse(const std::string& where, const std::string& what) {
    warnings_.push_back({where, what + "; the alert is left out"});
    ok_ = false;
  }

  std::string required(const pugi::xml_node& node, std::string_view name,
                       const std::string& where) {
    std::string value = text(node, name);
    if (value.empty()) refuse(where + "." + std::string{name}, "is required");
    return value;
  }

  std::string one_of(const pugi::xml_node& node, std::string_view name, const std::string& where,
                     std::initializer_list<std::string_view> allowed) {
    std::string value = required(node, name, where);
    if (value.empty()) return value;
    if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
      std::string list;
      for (const std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string{a};
      refuse(where + "." + std::string{name}, "'" + value + "' is not one of " + list);
    }
    return value;
  }

  // CAP's lists: separated by spaces, an item with spaces in double quotes.
  static std::vector<std::string> words(const std::string& list) {
    std::vector<std::string> out;
    std::string current;
    bool quoted = false;
    for (const char c : list) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ' ' && !quoted) {
        if (!current.empty()) out.push_back(std::move(current));
        current.clear();
      } else {
        current.push_back(c);
      }
    }
    if (!current.empty()) out.push_back(std::move(current));
    return out;
  }

  std::optional<core::Instant> instant(const pugi::xml_node& node, std::string_view name,
                                       const std::string& where) {
    const std::string value = text(node, name);
    if (value.empty()) return std::nullopt;
    const auto parsed = core::parse_instant(value);
    if (!parsed) {
      warnings_.push_back({where + "." + std::string{name},
                           "'" + value + "' is not a date and time with an offset; ignored"});
    }
    return parsed;
  }

  CapInfo read_info(const pugi::xml_node& node, const std::string& where) {
    CapInfo info;
    std::string language = text(node, "language");
    if (language.empty()) language = "en-US";  // CAP 1.2's default
    language = language.substr(0, language.find('-'));
    std::transform(language.begin(), language.end(), language.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    info.language = language;
    info.event = text(node, "event");
    info.urgency = text(node, "urgency");
    info.severity = text(node, "severity");
    info.effective = instant(node, "effective", where);
    info.onset = instant(node, "onset", where);
    info.expires = instant(node, "expires", where);
    info.headline = text(node, "headline");
    info.description = text(node, "description");
    info.instruction = text(node, "instruction");
    for (const pugi::xml_node& node_area : children_named(node, "area")) {
      CapInfo::Area area;
      area.description = text(node_area, "areaDesc");
      for (const pugi::xml_node& code : children_named(node_area, "geocode")) {
        std::string name = text(code, "valueName");
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (name == "room") area.room_codes.push_back(text(code, "value"));
      }
      info.areas.push_back(std::move(area));
    }
    if (info.headline.empty() && info.event.empty()) {
      warnings_.push_back(
          {where, "has neither headline nor event: nothing to show in " + info.language});
    }
    return info;
  }

  const CapLimits& limits_;
  core::Diagnostics& warnings_;
  bool ok_ = true;
};

// The first <alert> inside `node` (an Atom entry's content, an RSS item), at any depth.
pugi::xml_node embedded_alert(const pugi::xml_node& node) {
  return node.find_node([](const pugi::xml_node& n) {
    return n.type() == pugi::node_element && local_name(n) == "alert";
  });
}

}  // namespace

CapRead read_cap(std::string_view bytes, const CapLimits& limits) {
  CapRead read;
  pugi::xml_document document;
  // No DOCTYPE processing beyond skipping it: pugixml expands only the predefined entities.
  const pugi::xml_parse_result parsed =
      document.load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    read.errors.push_back({"", std::string{"not well-formed XML: "} + parsed.description() +
                                   " at byte " + std::to_string(parsed.offset)});
    return read;
  }
  const pugi::xml_node root = document.document_element();
  AlertReader reader{limits, read.warnings};
  const auto add = [&](const pugi::xml_node& node, const std::string& where) {
    if (read.alerts.size() == limits.max_alerts) {
      read.warnings.push_back({where, "more than " + std::to_string(limits.max_alerts) +
                                          " alerts; the rest are left out"});
      return false;
    }
    if (auto alert = reader.read(node, where)) read.alerts.push_back(std::move(*alert));
    return true;
  };
  const std::string_view kind = local_name(root);
  if (kind == "alert") {
    add(root, "alert");
    return read;
  }
  const bool atom = kind == "feed";
  const pugi::xml_node list = atom ? root : child_named(root, "channel");
  if ((!atom && kind != "rss") || !list) {
    read.errors.push_back(
        {"", "the root element <" + std::string{root.name()} +
                 "> is not a CAP <alert>, an Atom <feed> or an RSS <rss> with a <channel>"});
    return read;
  }
  const std::string item_name = atom ? "entry" : "item";
  const auto items = children_named(list, item_name);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string where = item_name + "[" + std::to_string(i) + "]";
    const pugi::xml_node alert = embedded_alert(items[i]);
    if (!alert) {
      read.warnings.push_back(
          {where, "no CAP alert in it (an alert it only links to is not fetched); left out"});
    } else if (!add(alert, where + ".alert")) {
      break;
    }
  }
  return read;
}

}  // namespace nownext::import
