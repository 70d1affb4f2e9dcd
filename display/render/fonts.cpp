// Opening fonts per (file, size) and choosing a face per code point (SDL_ttf 2.x has no
// fallback fonts of its own: pitfalls notes, 2.6).
#include "render/fonts.hpp"

#include <SDL.h>

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

FontPtr Fonts::open(const FontFace& face, bool large, int size_px) {
  // A face of a few hundred kilobytes is read from a mapping of its file, shared by its sizes:
  // FreeType's reads are then copies, not a seek and a read each. A large face is read from its
  // file as before: mapped, the pages FreeType touches would count as the kiosk's memory.
  if (!large) {
    auto known = mapped_.find(face.file);
    if (known == mapped_.end()) {
      if (auto mapping = MappedFile::map(face.file)) {
        known = mapped_.emplace(face.file, std::move(*mapping)).first;
      }
    }
    if (known != mapped_.end()) {
      SDL_RWops* bytes =
          SDL_RWFromConstMem(known->second.data(), static_cast<int>(known->second.size()));
      return checked(TTF_OpenFontIndexRW(bytes, 1, size_px, face.index), "TTF_OpenFontIndexRW");
    }
  }
  return checked(TTF_OpenFontIndex(face.file.c_str(), size_px, face.index), "TTF_OpenFontIndex");
}

TTF_Font& Fonts::font(core::TextRole role, std::size_t position, int size_px) {
  const std::size_t id = face_id(role, position);
  const bool resized = one_size_at_a_time_[id];
  auto [it, inserted] = open_.try_emplace({id, resized ? 0 : size_px});
  if (inserted) {
    try {
      it->second = open(faces_[id], resized, size_px);
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
