#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "pipeline/ordered_pool.h"

TEST_CASE("work done on several threads is delivered in the order it was given", "[pipeline]") {
  for (std::size_t threads : {1, 2, 4}) {
    std::vector<std::string> delivered;
    std::atomic<int> running{0}, most_running{0};
    std::set<std::thread::id> workers;
    std::mutex workers_mutex;
    {
      claims::OrderedPool pool(threads,
                               [&](claims::PoolResult&& r) { delivered.push_back(r.out); });
      for (int i = 0; i < 200; ++i) {
        pool.submit([&, i](std::size_t) {
          int now = ++running;
          for (int seen = most_running;
               now > seen && !most_running.compare_exchange_weak(seen, now);) {
          }
          std::this_thread::sleep_for(std::chrono::microseconds((i * 7919) % 300));
          {
            std::lock_guard<std::mutex> lock(workers_mutex);
            workers.insert(std::this_thread::get_id());
          }
          --running;
          return claims::PoolResult{std::to_string(i), {}, 1, false, {}};
        });
      }
      pool.drain();
      CHECK(delivered.size() == 200);
    }
    REQUIRE(delivered.size() == 200);
    for (int i = 0; i < 200; ++i)
      CHECK(delivered[static_cast<std::size_t>(i)] == std::to_string(i));
    CHECK(most_running <= static_cast<int>(threads));
    CHECK(workers.size() <= threads);
    if (threads > 1) CHECK(workers.size() >= 2);  // the work is shared
  }
}
