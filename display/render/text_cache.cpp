// The least-recently-used texture cache for lines of text (pitfalls notes, 2.8).
#include "render/text_cache.hpp"

#include <functional>

namespace nownext::render {
namespace {

std::size_t texture_bytes(int width_px, int height_px) {
  return static_cast<std::size_t>(width_px) * static_cast<std::size_t>(height_px) * 4U;
}

}  // namespace

std::size_t TextKeyHash::operator()(const TextKey& key) const {
  std::size_t h = std::hash<std::string>{}(key.text);
  const std::size_t parts =
      (static_cast<std::size_t>(key.role) << 56U) ^ (static_cast<std::size_t>(key.size_px) << 40U) ^
      (std::size_t{key.color.r} << 24U) ^ (std::size_t{key.color.g} << 16U) ^
      (std::size_t{key.color.b} << 8U) ^ key.color.a ^ (key.rtl ? std::size_t{1} << 63U : 0U);
  return h ^ (parts + 0x9e3779b97f4a7c15ULL + (h << 6U) + (h >> 2U));
}

CachedLine TextCache::find(const TextKey& key) {
  const auto found = entries_.find(key);
  if (found == entries_.end()) {
    ++stats_.misses;
    return {};
  }
  ++stats_.hits;
  recent_.splice(recent_.begin(), recent_, found->second.age);
  return {found->second.texture.get(), found->second.width_px, found->second.height_px};
}

CachedLine TextCache::add(const TextKey& key, TexturePtr texture, int width_px, int height_px) {
  const auto existing = entries_.find(key);
  if (existing != entries_.end()) {
    stats_.bytes -= texture_bytes(existing->second.width_px, existing->second.height_px);
    recent_.erase(existing->second.age);
    entries_.erase(existing);
  }
  recent_.push_front(key);
  SDL_Texture* raw = texture.get();
  entries_.emplace(key, Entry{std::move(texture), width_px, height_px, recent_.begin()});
  stats_.bytes += texture_bytes(width_px, height_px);
  evict_over_bounds();
  stats_.entries = entries_.size();
  return {raw, width_px, height_px};
}

void TextCache::evict_over_bounds() {
  // The newest line stays even if it alone is over the byte bound: it is about to be drawn.
  while (entries_.size() > 1 && (entries_.size() > max_entries_ || stats_.bytes > max_bytes_)) {
    const auto oldest = entries_.find(recent_.back());
    stats_.bytes -= texture_bytes(oldest->second.width_px, oldest->second.height_px);
    entries_.erase(oldest);
    recent_.pop_back();
    ++stats_.evictions;
  }
}

void TextCache::clear() {
  entries_.clear();
  recent_.clear();
  stats_.entries = 0;
  stats_.bytes = 0;
}

std::size_t FitCache::BoxHash::operator()(const core::TextBox& box) const {
  std::size_t h = std::hash<std::string>{}(box.text);
  for (const int part : {box.rect.w, box.rect.h, box.max_size_px, box.min_size_px, box.max_lines,
                         static_cast<int>(box.role), static_cast<int>(box.align)}) {
    h = h * 31U + static_cast<std::size_t>(part);
  }
  return h;
}

const core::FittedText& FitCache::fit(const core::TextBox& box, core::TextMeasurer& measurer) {
  core::TextBox at_origin = box;
  at_origin.rect.x = 0;
  at_origin.rect.y = 0;
  at_origin.color = {};  // fitting does not depend on it: a fading box is fitted once
  if (fits_.size() > max_entries_) fits_.clear();
  auto found = fits_.find(at_origin);
  if (found == fits_.end()) {
    core::FittedText fitted = core::fit_text(at_origin, measurer);
    found = fits_.emplace(std::move(at_origin), std::move(fitted)).first;
  }
  return found->second;
}

}  // namespace nownext::render
