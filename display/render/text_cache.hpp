// Rendered lines of text kept as textures, keyed by role (font chain), size, colour, direction
// and text; bounded in count and bytes, least recently used evicted first. And fitted texts kept
// by box shape, so a box is not fitted again each frame.
#pragma once

#include "core/frame.hpp"
#include "core/text_fit.hpp"
#include "render/sdl_handles.hpp"

#include <cstddef>
#include <list>
#include <string>
#include <unordered_map>

namespace nownext::render {

struct TextKey {
  core::TextRole role = core::TextRole::body;
  int size_px = 0;
  core::Color color;
  bool rtl = false;  // paragraph direction
  std::string text;
  friend bool operator==(const TextKey&, const TextKey&) = default;
};

struct TextKeyHash {
  std::size_t operator()(const TextKey& key) const;
};

struct CacheStats {
  std::size_t hits = 0;
  std::size_t misses = 0;
  std::size_t evictions = 0;
  std::size_t entries = 0;
  std::size_t bytes = 0;  // 4 bytes per pixel of the cached textures
};

struct CachedLine {
  SDL_Texture* texture = nullptr;  // owned by the cache; valid until the next find_or_add()
  int width_px = 0;
  int height_px = 0;
};

class TextCache {
 public:
  TextCache(std::size_t max_entries, std::size_t max_bytes)
      : max_entries_(max_entries), max_bytes_(max_bytes) {}

  // The cached line for `key`, or null texture when there is none (counts a miss).
  [[nodiscard]] CachedLine find(const TextKey& key);
  // Adds a texture (taking ownership) and evicts the least recently used lines over the bounds.
  CachedLine add(const TextKey& key, TexturePtr texture, int width_px, int height_px);
  // Destroys every texture, e.g. after a render device reset; lines are rebuilt on demand.
  void clear();
  [[nodiscard]] const CacheStats& stats() const { return stats_; }

 private:
  struct Entry {
    TexturePtr texture;
    int width_px = 0;
    int height_px = 0;
    std::list<TextKey>::iterator age;  // position in recent_
  };
  void evict_over_bounds();

  std::list<TextKey> recent_;  // most recently used first
  std::unordered_map<TextKey, Entry, TextKeyHash> entries_;
  std::size_t max_entries_;
  std::size_t max_bytes_;
  CacheStats stats_;
};

// Fitted texts by box shape: a box's text, role, sizes, lines and size, at the origin (x = y = 0),
// so a sliding box is fitted once. Emptied when it holds more than `max_entries`.
class FitCache {
 public:
  explicit FitCache(std::size_t max_entries) : max_entries_(max_entries) {}
  // `box` fitted with its rect moved to the origin (and whatever its colour); valid until the
  // next call.
  [[nodiscard]] const core::FittedText& fit(const core::TextBox& box, core::TextMeasurer& measurer);

 private:
  struct BoxHash {
    std::size_t operator()(const core::TextBox& box) const;
  };
  std::unordered_map<core::TextBox, core::FittedText, BoxHash> fits_;
  std::size_t max_entries_;
};

}  // namespace nownext::render
