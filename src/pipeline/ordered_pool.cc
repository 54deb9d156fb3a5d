#include "pipeline/ordered_pool.h"

namespace claims {

OrderedPool::OrderedPool(std::size_t threads, Deliver deliver)
    : threads_(threads == 0 ? 1 : threads), deliver_(std::move(deliver)) {
  if (threads_ == 1) return;
  for (std::size_t i = 0; i < threads_; ++i) workers_.emplace_back([this, i] { run_worker(i); });
}

OrderedPool::~OrderedPool() {
  drain();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (auto& worker : workers_) worker.join();
}

void OrderedPool::submit(Work work) {
  if (threads_ == 1) {
    deliver_(work(0));
    return;
  }
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {  // room is made by delivering the oldest results
    deliver_ready(lock, false);
    if (slots_.size() < 2 * threads_) break;
    work_done_.wait(lock, [&] { return slots_.front().done; });
  }
  slots_.push_back(Slot{std::move(work), {}, false});
  work_ready_.notify_one();
}

void OrderedPool::drain() {
  if (threads_ == 1) return;
  std::unique_lock<std::mutex> lock(mutex_);
  deliver_ready(lock, true);
}

// Hands the finished results at the front of the queue to deliver_, outside the lock; with
// `wait_for_all`, until the queue is empty.
void OrderedPool::deliver_ready(std::unique_lock<std::mutex>& lock, bool wait_for_all) {
  for (;;) {
    if (wait_for_all) work_done_.wait(lock, [&] { return slots_.empty() || slots_.front().done; });
    if (slots_.empty() || !slots_.front().done) return;
    PoolResult result = std::move(slots_.front().result);
    slots_.pop_front();
    --next_to_take_;
    lock.unlock();
    deliver_(std::move(result));
    lock.lock();
  }
}

void OrderedPool::run_worker(std::size_t worker) {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    work_ready_.wait(lock, [&] { return stopping_ || next_to_take_ < slots_.size(); });
    if (next_to_take_ >= slots_.size()) return;  // stopping, nothing left
    Slot& slot = slots_[next_to_take_++];
    Work work = std::move(slot.work);
    lock.unlock();
    PoolResult result = work(worker);
    lock.lock();
    slot.result = std::move(result);  // deque references stay valid: only the front is popped
    slot.done = true;
    work_done_.notify_all();
  }
}

}  // namespace claims
