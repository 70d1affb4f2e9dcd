// The app tests' main: libcurl is initialised once, before any test starts a thread.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "net/http_client.hpp"

int main(int argc, char** argv) {
  const nownext::net::CurlGlobal curl;
  doctest::Context context(argc, argv);
  return context.run();
}
