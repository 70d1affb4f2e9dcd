// Tasks run in forked worker processes: outputs in task order whatever the number of workers,
// each worker's state made once in the worker, a failing task reported with its message.
#include "app/worker_pool.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>

using nownext::app::run_in_workers;
using nownext::app::TaskRunner;

namespace {

// Each task's output: its number and the process that ran it.
TaskRunner numbering_runner() {
  return [](std::size_t task) {
    return std::to_string(task) + " " + std::to_string(static_cast<long>(::getpid()));
  };
}

std::string task_of(const std::string& output) {
  return output.substr(0, output.find(' '));
}

}  // namespace

TEST_SUITE("worker pool") {
  TEST_CASE("outputs come in task order, from as many processes as workers") {
    for (const int workers : {1, 2, 3}) {
      CAPTURE(workers);
      const auto outputs = run_in_workers(7, workers, numbering_runner);
      REQUIRE(outputs.size() == 7);
      std::set<std::string> processes;
      for (std::size_t i = 0; i < outputs.size(); ++i) {
        CHECK(task_of(outputs[i]) == std::to_string(i));
        processes.insert(outputs[i].substr(outputs[i].find(' ') + 1));
      }
      CHECK(processes.size() == static_cast<std::size_t>(workers));
      // One worker runs here.
      CHECK((workers > 1) != (processes.count(std::to_string(::getpid())) == 1));
    }
  }

  TEST_CASE("a worker makes its state once and keeps it for all its tasks") {
    const auto outputs = run_in_workers(6, 2, [] {
      auto calls = std::make_shared<int>(0);
      return TaskRunner{[calls](std::size_t) { return std::to_string(++*calls); }};
    });
    // Worker 0 runs tasks 0, 2, 4; worker 1 runs 1, 3, 5.
    CHECK(outputs == std::vector<std::string>{"1", "1", "2", "2", "3", "3"});
  }

  TEST_CASE("large outputs from several workers arrive whole") {
    const auto outputs = run_in_workers(4, 2, [] {
      return TaskRunner{[](std::size_t task) { return std::string(300000, char('a' + task)); }};
    });
    for (std::size_t i = 0; i < outputs.size(); ++i) {
      CHECK(outputs[i] == std::string(300000, char('a' + i)));
    }
  }

  TEST_CASE("a task that throws stops the run with its message") {
    const auto failing = [] {
      return TaskRunner{[](std::size_t task) -> std::string {
        if (task == 3) throw std::runtime_error("task 3 cannot read its layout");
        return "ok";
      }};
    };
    CHECK_THROWS_WITH(run_in_workers(5, 2, failing), "task 3 cannot read its layout");
    CHECK_THROWS_WITH(run_in_workers(5, 1, failing), "task 3 cannot read its layout");
  }

  TEST_CASE("the caller hears of each task once, as it ends") {
    for (const int workers : {1, 2, 3}) {
      CAPTURE(workers);
      std::vector<std::size_t> heard;
      const auto outputs = run_in_workers(9, workers, numbering_runner,
                                          [&heard](std::size_t task) { heard.push_back(task); });
      REQUIRE(outputs.size() == 9);
      std::sort(heard.begin(), heard.end());
      CHECK(heard == std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6, 7, 8});
    }
  }
}
