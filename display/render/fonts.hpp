// The fonts of every role: each face opened once per size on first use (so the CJK face is only
// loaded when a text needs it), and per code point the first face of a role's chain that has it.
// Every call must come from the one thread that makes all SDL_ttf calls.
#pragma once

#include "core/frame.hpp"
#include "render/font_config.hpp"
#include "render/mapped_file.hpp"
#include "render/sdl_handles.hpp"

#include <cstddef>
#include <filesystem>
#include <map>
#include <unordered_map>
#include <utility>
#include <vector>

namespace nownext::render {

class Fonts {
 public:
  // Fonts are closed when more than `max_open` are open at a trim().
  explicit Fonts(const ResolvedFonts& resolved, std::size_t max_open = 48);

  // The number of faces in `role`'s chain (at least one).
  [[nodiscard]] std::size_t chain_length(core::TextRole role) const;
  // Face `position` of `role`'s chain at size_px (> 0), opened on first use. The reference stays
  // valid until the next trim(), at that size until the next call for the same face: a large
  // face (the Chinese one, 20 MB) is opened once and resized, since each opening of it costs
  // 2.5 MB. Throws SdlError when the file cannot be opened.
  [[nodiscard]] TTF_Font& font(core::TextRole role, std::size_t position, int size_px);
  // The position in `role`'s chain of the first face that has a glyph for `c`; the last face
  // (the last resort) when none has.
  [[nodiscard]] std::size_t face_for(core::TextRole role, char32_t c, int size_px);
  // Whether face `position` of `role`'s chain has a glyph for `c`.
  [[nodiscard]] bool provides(core::TextRole role, std::size_t position, char32_t c, int size_px);

  // Closes every font if more than max_open are open. Call between frames only.
  void trim();
  [[nodiscard]] std::size_t open_count() const { return open_.size(); }
  // Distinct files opened at any size, e.g. to see whether the CJK face was loaded.
  [[nodiscard]] std::vector<FontFace> open_faces() const;
  // Font files read from memory: each face file under 8 MB, mapped once at its first opening
  // and kept (trim() closes fonts, not mappings); a larger one is read from its file.
  [[nodiscard]] std::size_t mapped_count() const { return mapped_.size(); }
  [[nodiscard]] bool is_mapped(const std::filesystem::path& file) const {
    return mapped_.contains(file);
  }
  // Face `position` of `role`'s chain (position < chain_length(role)).
  [[nodiscard]] const FontFace& face(core::TextRole role, std::size_t position) const {
    return faces_[face_id(role, position)];
  }

 private:
  std::size_t face_id(core::TextRole role, std::size_t position) const;
  [[nodiscard]] FontPtr open(const FontFace& face, bool large, int size_px);

  std::vector<FontFace> faces_;                               // distinct faces of all roles
  std::array<std::vector<std::size_t>, role_count> chains_;   // face ids by role
  std::vector<std::unordered_map<char32_t, bool>> coverage_;  // by face id
  // Declared before open_, so destroyed after it: the fonts read from these mappings.
  std::map<std::filesystem::path, MappedFile> mapped_;  // the files of the faces that are not large
  std::map<std::pair<std::size_t, int>, FontPtr> open_;  // (face id, size) -> font
  std::vector<bool> one_size_at_a_time_;                 // by face id: large faces
  std::map<std::size_t, int> current_size_;              // of those faces, when open
  std::size_t max_open_;
};

}  // namespace nownext::render
