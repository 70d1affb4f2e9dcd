// The line texture cache: hits and misses, eviction by count and by bytes, least recently used
// first, clearing after a device reset, and frames prepared before they are drawn.
#include "render/text_cache.hpp"
#include "render/canvas.hpp"
#include "render_env.hpp"
#include "support/sample_frames.hpp"

#include <doctest/doctest.h>

using namespace nownext;
using render::TextKey;

namespace {

struct SoftwareTarget {
  render::SurfacePtr surface = render::make_argb_surface(64, 64);
  render::RendererPtr renderer{SDL_CreateSoftwareRenderer(surface.get())};

  render::TexturePtr texture(int w, int h) const {
    return render::TexturePtr{SDL_CreateTexture(renderer.get(), SDL_PIXELFORMAT_ARGB8888,
                                                SDL_TEXTUREACCESS_STATIC, w, h)};
  }
};

TextKey key(std::string text) {
  return {core::TextRole::body, 20, {}, false, std::move(text)};
}

}  // namespace

TEST_SUITE("text cache") {
  TEST_CASE("a line is found after it was added but not in another colour or direction") {
    testing::RenderEnv env;
    SoftwareTarget target;
    render::TextCache cache{8, 1 << 20};
    CHECK(cache.find(key("a")).texture == nullptr);
    cache.add(key("a"), target.texture(10, 10), 10, 10);
    CHECK(cache.find(key("a")).texture != nullptr);
    TextKey other = key("a");
    other.rtl = true;
    CHECK(cache.find(other).texture == nullptr);
    other = key("a");
    other.color = {1, 2, 3, 255};
    CHECK(cache.find(other).texture == nullptr);
    CHECK(cache.stats().hits == 1);
    CHECK(cache.stats().misses == 3);
    CHECK(cache.stats().bytes == 400);
  }

  TEST_CASE("over the count bound the least recently used line goes first") {
    testing::RenderEnv env;
    SoftwareTarget target;
    render::TextCache cache{2, 1 << 20};
    cache.add(key("a"), target.texture(4, 4), 4, 4);
    cache.add(key("b"), target.texture(4, 4), 4, 4);
    (void)cache.find(key("a"));
    cache.add(key("c"), target.texture(4, 4), 4, 4);
    CHECK(cache.find(key("a")).texture != nullptr);
    CHECK(cache.find(key("b")).texture == nullptr);
    CHECK(cache.stats().evictions == 1);
    CHECK(cache.stats().entries == 2);
  }

  TEST_CASE("over the byte bound old lines go until the bytes fit") {
    testing::RenderEnv env;
    SoftwareTarget target;
    render::TextCache cache{100, 1000};
    cache.add(key("a"), target.texture(10, 10), 10, 10);  // 400 bytes
    cache.add(key("b"), target.texture(10, 10), 10, 10);
    cache.add(key("c"), target.texture(10, 10), 10, 10);  // 1200 > 1000: "a" goes
    CHECK(cache.stats().bytes == 800);
    CHECK(cache.find(key("a")).texture == nullptr);
    cache.clear();
    CHECK(cache.stats().entries == 0);
    CHECK(cache.stats().bytes == 0);
  }

  TEST_CASE("redrawing an unchanged card draws every line from the cache") {
    testing::RenderEnv env;
    render::SoftwareCanvas canvas{960, 540, env.shaper, testing::source_path("assets")};
    const core::Frame frame = testing::card_frame(960, 540, testing::english_card());
    canvas.draw(frame);
    const render::CacheStats first = canvas.painter().text_stats();
    CHECK(first.entries > 5);
    canvas.draw(frame);
    const render::CacheStats second = canvas.painter().text_stats();
    CHECK(second.misses == first.misses);
    CHECK(second.hits == first.hits + first.entries);
    // After a device reset everything is rebuilt from the frame.
    canvas.painter().reset();
    canvas.draw(frame);
    CHECK(canvas.painter().text_stats().entries == first.entries);
  }

  TEST_CASE("a prepared frame is then drawn from the cache alone, in any colour's alpha") {
    testing::RenderEnv env;
    render::SoftwareCanvas canvas{960, 540, env.shaper, testing::source_path("assets")};
    core::Frame frame = testing::card_frame(960, 540, testing::english_card());
    canvas.painter().prepare(frame);
    const render::CacheStats prepared = canvas.painter().text_stats();
    CHECK(prepared.entries > 5);
    // Half-faded text, as a cross-fade draws it: the same cached lines.
    for (core::Element& element : frame.elements) {
      if (auto* box = std::get_if<core::TextBox>(&element)) box->color.a = 128;
    }
    canvas.draw(frame);
    const render::CacheStats drawn = canvas.painter().text_stats();
    CHECK(drawn.misses == prepared.misses);
    CHECK(drawn.entries == prepared.entries);
    CHECK(drawn.hits >= prepared.entries);
  }
}
