// `nownext shot`: build one screen's frame and export it as a PNG with the software renderer.
#include "app/shot_command.hpp"

#include "app/feed_file.hpp"
#include "app/fleet_settings.hpp"
#include "app/languages.hpp"
#include "app/screen_target.hpp"
#include "core/screen.hpp"
#include "render/canvas.hpp"
#include "render/font_config.hpp"
#include "render/fonts.hpp"
#include "render/sdl_library.hpp"
#include "render/text_shaper.hpp"

#include <ostream>
#include <stdexcept>

namespace nownext::app {

int run_shot(const ShotRequest& command_line, std::ostream& out, std::ostream& err) {
  try {
    ShotRequest request = command_line;  // with the fleet's settings for what it leaves unset
    take_from_fleet(request.fleet, request.screen,
                    {&request.room, &request.layout, &request.language});
    const auto data = data_dir(request.data_dir);
    const ScreenSize size = parse_screen_size(request.size);
    const core::Agenda agenda =
        load_agenda(request.feed ? *request.feed : bundled_feed(data).string(),
                    feed_format_named(request.format));
    const auto at = core::parse_instant_or_local(request.at, agenda.time_zone());
    if (!at) throw std::runtime_error("--at: '" + request.at + "' is not a time");
    const core::RoomIndex room = request.room ? find_room_or_throw(agenda, *request.room) : 0;
    const std::string layout = request.layout.value_or(
        default_layout(data, &agenda, request.room.has_value(), size.width_px, size.height_px));
    const std::string language = request.language.value_or(default_language(agenda, data));
    ScreenSetup setup = load_screen_setup(data, layout, language, request.theme);
    setup.strings = with_chosen_digits(setup.strings, &agenda);
    if (request.pair_with && *request.pair_with != language) {
      setup.strings = setup.strings.paired_with(
          with_chosen_digits(load_screen_setup(data, layout, *request.pair_with).strings, &agenda));
    }
    if (request.layout) warn_about_orientation(setup, size.width_px, size.height_px);
    for (const auto& line : setup.warnings) err << "warning: " << line << "\n";

    const render::SdlLibrary sdl;
    render::Fonts fonts{
        render::resolve_fonts(render::load_font_config(data / "fonts" / "roles.txt"))};
    render::TextShaper shaper{fonts};
    const core::Schedule schedule{agenda};
    const core::ScreenContext context{schedule,
                                      setup.layout,
                                      setup.theme,
                                      setup.strings,
                                      text_languages(agenda, language),
                                      size.width_px,
                                      size.height_px,
                                      {},
                                      "",
                                      {},
                                      {},
                                      request.logo ? absolute_logo(*request.logo) : std::string{},
                                      &shaper};
    core::PagePosition page;
    for (int i = 0; i < request.page; ++i) page = core::next_page(context, room, *at, page);
    const core::Frame frame = core::build_screen(context, room, *at, page);

    render::export_png(frame, shaper, data / "assets", request.out);
    out << request.out << ": " << layout << ", " << size.width_px << "x" << size.height_px
        << ", room " << (agenda.rooms().empty() ? "-" : agenda.rooms()[room].id) << ", "
        << core::format_local_iso(*at, agenda.time_zone()) << "\n";
    return 0;
  } catch (const std::exception& e) {
    err << e.what() << "\n";
    return 2;
  }
}

}  // namespace nownext::app
