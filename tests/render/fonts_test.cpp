// The font configuration, its resolution with fontconfig, and the choice of a face per character.
#include "render/fonts.hpp"
#include "core/ui_strings.hpp"
#include "core/utf8.hpp"
#include "render/font_config.hpp"
#include "render_env.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <stdexcept>

using namespace nownext;
using core::TextRole;

TEST_SUITE("font configuration") {
  TEST_CASE("each line names a role, a style and families in fallback order") {
    const render::FontConfig config = render::parse_font_config(
        "# comment\n"
        "title Bold  Noto Sans, Noto Sans Arabic\n"
        "body Regular Noto Sans\nmeta Regular A\nclock Bold B, C  # trailing comment\n");
    const auto& title = config.roles[render::role_slot(TextRole::title)];
    CHECK(title.style == "Bold");
    CHECK(title.families == std::vector<std::string>{"Noto Sans", "Noto Sans Arabic"});
    CHECK(config.roles[render::role_slot(TextRole::clock)].families ==
          std::vector<std::string>{"B", "C"});
  }

  TEST_CASE("an unknown role or a missing role is refused with the reason") {
    CHECK_THROWS_WITH_AS(render::parse_font_config("headline Bold X\n"),
                         doctest::Contains("line 1"), std::runtime_error);
    CHECK_THROWS_WITH_AS(render::parse_font_config("title Bold X\n"),
                         doctest::Contains("no fonts for role 'body'"), std::runtime_error);
  }

  TEST_CASE("the bundled configuration resolves to installed Noto faces, CJK as Simplified") {
    const render::ResolvedFonts resolved =
        render::resolve_fonts(render::load_font_config(testing::source_path("fonts/roles.txt")));
    CHECK(resolved.warnings.empty());
    const auto& title = resolved.chains[render::role_slot(TextRole::title)];
    REQUIRE(title.size() == 6);
    CHECK(title[0].file.filename() == "NotoSans-Bold.ttf");
    CHECK(title[1].file.filename() == "NotoSansArabic-Bold.ttf");
    CHECK(title[2].file.filename() == "NotoSansHebrew-Bold.ttf");
    CHECK(title[3].file.filename() == "NotoSansCJK-Bold.ttc");
    CHECK(title[3].family == "Noto Sans CJK SC");
    CHECK(title[3].index == 2);  // the face order in the .ttc is JP, KR, SC, TC, HK
    CHECK(title[4].family == "DejaVu Sans");
    CHECK(title[5].family == "Symbola");  // emoji, in one colour
  }

  TEST_CASE("a family that is not installed is skipped with a warning") {
    render::FontConfig config = render::parse_font_config(
        "title Bold No Such Font, Noto Sans\nbody Regular Noto Sans\n"
        "meta Regular Noto Sans\nclock Bold Noto Sans\n");
    const render::ResolvedFonts resolved = render::resolve_fonts(config);
    CHECK(resolved.chains[0].size() == 1);
    REQUIRE(resolved.warnings.size() == 1);
    CHECK(resolved.warnings[0].find("No Such Font") != std::string::npos);
  }
}

TEST_SUITE("fonts") {
  TEST_CASE("SDL_ttf shapes with HarfBuzz, which start-up checks") {
    testing::RenderEnv env;
    const std::string versions = render::SdlLibrary::versions();
    MESSAGE(versions);
    CHECK(versions.find("HarfBuzz ") != std::string::npos);
    CHECK(versions.find("HarfBuzz 0.0.0") == std::string::npos);
  }

  TEST_CASE("each character goes to the first face of the chain that has it") {
    testing::RenderEnv env;
    CHECK(env.fonts.face_for(TextRole::body, U'é', 20) == 0);
    CHECK(env.fonts.face_for(TextRole::body, U'ع', 20) == 1);
    CHECK(env.fonts.face_for(TextRole::body, U'א', 20) == 2);
    CHECK(env.fonts.face_for(TextRole::body, U'移', 20) == 3);
    CHECK(env.fonts.face_for(TextRole::body, U'한', 20) == 3);
    CHECK(env.fonts.face_for(TextRole::body, U'\U0001F30D', 20) == 5);
  }

  TEST_CASE("Latin and Arabic text leave the Chinese face unopened") {
    testing::RenderEnv env;
    (void)env.shaper.measure(TextRole::title, 40, "Migration الهجرة 2017");
    for (const render::FontFace& face : env.fonts.open_faces()) {
      CHECK(face.family != "Noto Sans CJK SC");
    }
    (void)env.shaper.measure(TextRole::title, 40, "移民");
    const auto open = env.fonts.open_faces();
    CHECK(std::any_of(open.begin(), open.end(),
                      [](const auto& face) { return face.family == "Noto Sans CJK SC"; }));
  }

  TEST_CASE("the Chinese face is opened once and resized for every size") {
    testing::RenderEnv env;
    const int at_20 = env.shaper.measure(TextRole::title, 20, "移民问题").width_px;
    const std::size_t after_one_size = env.fonts.open_count();
    const int at_40 = env.shaper.measure(TextRole::title, 40, "移民问题").width_px;
    const int again_20 = env.shaper.measure(TextRole::title, 20, "移民问题").width_px;
    // One more font (Noto Sans at 40, for the line's metrics), not a second Chinese one.
    CHECK(env.fonts.open_count() == after_one_size + 1);
    CHECK(at_40 == doctest::Approx(2 * at_20).epsilon(0.05));
    CHECK(again_20 == at_20);
  }

  TEST_CASE("a font is opened once per face and size") {
    testing::RenderEnv env;
    TTF_Font& first = env.fonts.font(TextRole::body, 0, 30);
    CHECK(&env.fonts.font(TextRole::body, 0, 30) == &first);
    CHECK(&env.fonts.font(TextRole::meta, 0, 30) == &first);  // same face as body
    CHECK(env.fonts.open_count() == 1);
  }

  TEST_CASE("a face's file is mapped once, read from memory at every size, as from the file") {
    testing::RenderEnv env;
    const char* text = "Dialogue international sur la migration 2017";
    for (const int size_px : {18, 30, 64}) {
      TTF_Font& mapped = env.fonts.font(TextRole::body, 0, size_px);
      const render::FontPtr from_file =
          render::checked(TTF_OpenFontIndex(env.fonts.face(TextRole::body, 0).file.c_str(), size_px,
                                            env.fonts.face(TextRole::body, 0).index),
                          "TTF_OpenFontIndex");
      TTF_SetFontHinting(from_file.get(), TTF_GetFontHinting(&mapped));
      int mapped_w = 0, mapped_h = 0, file_w = 0, file_h = 0;
      REQUIRE(TTF_SizeUTF8(&mapped, text, &mapped_w, &mapped_h) == 0);
      REQUIRE(TTF_SizeUTF8(from_file.get(), text, &file_w, &file_h) == 0);
      CHECK(mapped_w == file_w);
      CHECK(mapped_h == file_h);
    }
    CHECK(env.fonts.open_count() == 3);
    CHECK(env.fonts.mapped_count() == 1);
    CHECK(env.fonts.is_mapped(env.fonts.face(TextRole::body, 0).file));
    // The Chinese collection (20 MB) is read from its file: mapped, the pages FreeType reads
    // would count as the kiosk's memory.
    const std::size_t cjk = env.fonts.face_for(TextRole::body, U'移', 40);
    REQUIRE(env.fonts.face(TextRole::body, cjk).family == "Noto Sans CJK SC");
    CHECK_FALSE(env.fonts.is_mapped(env.fonts.face(TextRole::body, cjk).file));
    // More sizes of a face already read map nothing new.
    const std::size_t mapped = env.fonts.mapped_count();
    (void)env.fonts.font(TextRole::body, 0, 90);
    CHECK(env.fonts.mapped_count() == mapped);
  }

  TEST_CASE("every character of the six languages' words and of the bundled feeds has a glyph") {
    testing::RenderEnv env;
    std::string all;
    for (const char* file :
         {"feeds/idm2017.json", "feeds/examples/complete.json", "feeds/examples/minimal.json"}) {
      all += testing::read_test_file(testing::source_path(file));
    }
    using namespace std::chrono;
    for (const char* language : {"ar", "en", "es", "fr", "ru", "zh"}) {
      const std::string json = testing::read_test_file(
          testing::source_path(std::string{"layouts/strings/"} + language + ".json"));
      all += json;
      // What ICU writes: dates, times, durations and numbers, in both kinds of digits.
      const auto strings = core::parse_ui_strings(json).strings;
      REQUIRE(strings.has_value());
      for (const auto digits : {core::Digits::latin, core::Digits::native}) {
        const core::UiStrings s = strings->with_digits(digits);
        for (unsigned month = 1; month <= 12; ++month) {
          all += s.date(year_month_day{year{2017}, std::chrono::month{month}, day{month + 10}});
        }
        all += s.time(hh_mm_ss<seconds>{hours{23} + minutes{59}}) + s.duration(minutes{83}) +
               s.duration(minutes{120}) + s.number(1234567890);
      }
    }
    std::set<char32_t> characters;
    for (std::size_t pos = 0; pos < all.size();) {
      const char32_t c = core::next_code_point(all, pos);
      if (c >= 0x20 && c != 0x7F) characters.insert(c);
    }
    CHECK(characters.size() > 400);  // Latin, Cyrillic, Arabic, Han, ICU's digits
    for (const TextRole role : {TextRole::title, TextRole::body, TextRole::meta, TextRole::clock}) {
      for (const char32_t c : characters) {
        INFO("U+" << std::hex << static_cast<unsigned>(c));
        CHECK(env.fonts.provides(role, env.fonts.face_for(role, c, 20), c, 20));
      }
    }
  }
}
