// Golden images: a frame rendered headless with the software renderer, compared with a reviewed
// PNG (per-channel tolerance, a small share of pixels may differ). With NOWNEXT_UPDATE_GOLDENS=1
// the PNG is rewritten instead, never silently otherwise.
#pragma once

#include "core/frame.hpp"

#include <string>

namespace nownext::testing {

// `relative_path`: the golden PNG inside the source tree, e.g. "tests/render/golden/x.png".
void check_golden(const std::string& relative_path, const core::Frame& frame);

}  // namespace nownext::testing
