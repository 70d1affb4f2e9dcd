// Grapheme clusters (simplified: a base character and the marks that extend it) and line-break
// opportunities for spaces and CJK text.
#include "core/line_breaks.hpp"

#include "core/utf8.hpp"

namespace nownext::core {
namespace {

struct Cluster {
  std::size_t begin = 0;
  char32_t first = 0;  // its base character
};

std::vector<Cluster> clusters_of(std::string_view text) {
  std::vector<Cluster> clusters;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t begin = pos;
    const char32_t c = next_code_point(text, pos);
    const bool joins = !clusters.empty() && (is_cluster_extend(c) || c == 0x200D);
    if (!joins) clusters.push_back({begin, c});
  }
  return clusters;
}

bool may_break_between(char32_t before, char32_t after) {
  if (is_break_space(after)) return false;
  if (is_break_space(before)) return true;
  if (!is_cjk(before) && !is_cjk(after)) return false;
  return !is_closing_punctuation(after) && !is_opening_punctuation(before);
}

}  // namespace

bool is_break_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == 0x3000;
}

std::vector<std::size_t> cluster_boundaries(std::string_view text) {
  std::vector<std::size_t> boundaries;
  for (const Cluster& cluster : clusters_of(text)) boundaries.push_back(cluster.begin);
  boundaries.push_back(text.size());
  return boundaries;
}

std::vector<std::size_t> break_opportunities(std::string_view paragraph) {
  const std::vector<Cluster> clusters = clusters_of(paragraph);
  std::vector<std::size_t> breaks;
  for (std::size_t i = 1; i < clusters.size(); ++i) {
    if (may_break_between(clusters[i - 1].first, clusters[i].first)) {
      breaks.push_back(clusters[i].begin);
    }
  }
  breaks.push_back(paragraph.size());
  return breaks;
}

std::string_view trim_trailing_spaces(std::string_view text) {
  while (!text.empty()) {
    if (text.back() == ' ' || text.back() == '\t') {
      text.remove_suffix(1);
    } else if (text.ends_with("\u3000")) {
      text.remove_suffix(3);
    } else {
      break;
    }
  }
  return text;
}

}  // namespace nownext::core
