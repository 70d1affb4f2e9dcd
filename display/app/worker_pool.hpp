// Running independent tasks in forked worker processes, for work whose libraries are not
// thread-safe (SDL_ttf keeps one FreeType library for the whole process). POSIX only.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace nownext::app {

// What a worker does with task i: its output, as text. Made once per worker, in the worker.
using TaskRunner = std::function<std::string(std::size_t task)>;

// Runs tasks 0..count-1 and returns their outputs in task order. With `workers` > 1 (and more
// than one task), forks that many processes, each making its runner with `make_runner` and
// taking every workers-th task; the caller must not have started threads or SDL before. With one
// worker, runs here. Throws std::runtime_error when a task throws (with its message) or a worker
// dies. `on_done`, when given, is called here with each task as it ends (as its output arrives),
// for a progress line.
[[nodiscard]] std::vector<std::string> run_in_workers(
    std::size_t count, int workers, const std::function<TaskRunner()>& make_runner,
    const std::function<void(std::size_t task)>& on_done = {});

}  // namespace nownext::app
