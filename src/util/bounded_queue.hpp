#pragma once
// A bounded queue between one producing and one consuming thread (util layer): the import reads
// and normalises on one thread while the other writes to SQLite, and the queue's bound keeps the
// rows in flight, and so the memory they take, small.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <utility>

namespace jobsight {

template <typename T>
class BoundedQueue {
 public:
  // A queue that holds at most `capacity` (at least 1) items.
  explicit BoundedQueue(std::size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}

  // Adds `item`, waiting while the queue is full. False, dropping the item, once the queue is
  // closed (the consumer gave up: the producer should stop).
  bool push(T item) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return closed_ || items_.size() < capacity_; });
    if (closed_) return false;
    items_.push_back(std::move(item));
    lock.unlock();
    ready_.notify_one();
    return true;
  }

  // The oldest item, waiting while the queue is empty and open; nullopt once it is closed and
  // every item pushed before was taken.
  std::optional<T> pop() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return closed_ || !items_.empty(); });
    if (items_.empty()) return std::nullopt;
    T item = std::move(items_.front());
    items_.pop_front();
    lock.unlock();
    room_.notify_one();
    return item;
  }

  // No more items: pop returns what is left and then nullopt, push returns false. Either side
  // may close, more than once.
  void close() {
    {
      std::lock_guard lock(mutex_);
      closed_ = true;
    }
    ready_.notify_all();
    room_.notify_all();
  }

 private:
  const std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::condition_variable room_;
  std::deque<T> items_;
  bool closed_ = false;
};

}  // namespace jobsight
