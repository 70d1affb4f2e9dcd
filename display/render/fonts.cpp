// Opening fonts per (file, size) and choosing a face per code point (SDL_ttf 2.x has no
// fallback fonts of its own: pitfalls notes, 2.6).
#include "render/fonts.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace nownext::render {
namespace {

// A face file this large (the CJK collections: 20 MB) is opened once and resized with
// TTF_SetFontSize (SDL_ttf 2.0.18+): each TTF_Font of it holds 2.5 MB of tables, and fitting
// tries many sizes. The Latin and Arabic faces (under 1 MB) keep one font per size, so that
// alternating sizes do not flush their glyph caches.
constexpr std::uintmax_t large_face_bytes = 8 * 1024 * 1024;

bool large(const FontFace& face) {
  std::error_code error;
  const auto bytes = std::filesystem::file_size(face.file, error);
  return !error && bytes >= large_face_bytes;
}

}  // namespace

Fonts::Fonts(const ResolvedFonts& resolved, std::size_t max_open) : max_open_(max_open) {
  for (std::size_t slot = 0; slot < role_count; ++slot) {
    for (const FontFace& face : resolved.chains[slot]) {
      const auto known = std::find(faces_.begin(), faces_.end(), face);
      chains_[slot].push_back(static_cast<std::size_t>(known - faces_.begin()));
      if (known == faces_.end()) faces_.push_back(face);
    }
  }
  coverage_.resize(faces_.size());
  for (const FontFace& face : faces_) one_size_at_a_time_.push_back(large(face));
}

std::size_t Fonts::chain_length(core::TextRole role) const {
  return chains_[role_slot(role)].size();
}

std::size_t Fonts::face_id(core::TextRole role, std::size_t position) const {
  return chains_[role_slot(role)].at(position);
}

TTF_Font& Fonts::font(core::TextRole role, std::size_t position, int size_px) {
  const std::size_t id = face_id(role, position);
  const bool resized = one_size_at_a_time_[id];
  auto [it, inserted] = open_.try_emplace({id, resized ? 0 : size_px});
  if (inserted) {
    try {
      const FontFace& face = faces_[id];
      it->second =
          checked(TTF_OpenFontIndex(face.file.c_str(), size_px, face.index), "TTF_OpenFontIndex");
      // Light hinting keeps the designed shapes at display sizes and lets HarfBuzz take
      // advances from the font's tables instead of running the hinter for every glyph it
      // measures.
      TTF_SetFontHinting(it->second.get(), TTF_HINTING_LIGHT);
    } catch (...) {
      open_.erase(it);
      throw;
    }
    if (resized) current_size_[id] = size_px;
  }
  if (resized && current_size_[id] != size_px) {
    if (TTF_SetFontSize(it->second.get(), size_px) != 0) throw SdlError{"TTF_SetFontSize"};
    current_size_[id] = size_px;
  }
  return *it->second;
}

bool Fonts::provides(core::TextRole role, std::size_t position, char32_t c, int size_px) {
  auto& known = coverage_[face_id(role, position)];
  const auto found = known.find(c);
  if (found != known.end()) return found->second;
  const bool has = TTF_GlyphIsProvided32(&font(role, position, size_px), c) != 0;
  known.emplace(c, has);
  return has;
}

std::size_t Fonts::face_for(core::TextRole role, char32_t c, int size_px) {
  const std::size_t length = chain_length(role);
  for (std::size_t position = 0; position < length; ++position) {
    if (provides(role, position, c, size_px)) return position;
  }
  return length - 1;
}

void Fonts::trim() {
  if (open_.size() > max_open_) {
    open_.clear();
    current_size_.clear();
  }
}

std::vector<FontFace> Fonts::open_faces() const {
  std::vector<FontFace> faces;
  for (const auto& [key, font] : open_) {
    if (std::find(faces.begin(), faces.end(), faces_[key.first]) == faces.end()) {
      faces.push_back(faces_[key.first]);
    }
  }
  return faces;
}

}  // namespace nownext::render
