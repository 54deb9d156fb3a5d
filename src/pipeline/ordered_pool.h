// Work done on N threads, its results handed back in the order the work was given: what
// makes `claims -j N` write exactly what `-j 1` writes.
//
//   OrderedPool pool(threads, [&](Result&& r) { write(r); });
//   pool.submit([](std::size_t worker) { return work_on(worker); });  // delivers what is done
//   pool.drain();  // waits for everything given so far and delivers it
//
// Results are delivered on the thread that calls submit() and drain(), never concurrently.
// At most 2 x threads pieces of work are pending at once; submit() waits for room, so memory
// stays bounded. With one thread the work runs inside submit(), with no thread started.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace claims {

// What a piece of work gives back: text for standard output and for standard error, a
// count, and whether to write it out at once (a live pipe's rows).
struct PoolResult {
  std::string out;
  std::string err;
  std::size_t count = 0;
  bool flush = false;
  // For a sink that keeps one row per key (claims --unique): where each row of `out` ends,
  // and its group and key. Empty when every row is kept.
  struct RowKey {
    std::size_t end;
    std::string group, key;
  };
  std::vector<RowKey> row_keys;
};

class OrderedPool {
 public:
  using Work = std::function<PoolResult(std::size_t worker)>;
  using Deliver = std::function<void(PoolResult&&)>;

  OrderedPool(std::size_t threads, Deliver deliver);
  ~OrderedPool();  // drains
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  std::size_t threads() const { return threads_; }
  void submit(Work work);
  void drain();

 private:
  struct Slot {
    Work work;
    PoolResult result;
    bool done = false;
  };
  void run_worker(std::size_t worker);
  void deliver_ready(std::unique_lock<std::mutex>& lock, bool wait_for_all);

  std::size_t threads_;
  Deliver deliver_;
  std::mutex mutex_;
  std::condition_variable work_ready_;  // workers wait for work
  std::condition_variable work_done_;   // the submitting thread waits for results
  std::deque<Slot> slots_;              // in submission order, oldest first
  std::size_t next_to_take_ = 0;        // index in slots_ of the oldest work not yet taken
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace claims
