// The queue between the import's reading and writing threads (src/util/bounded_queue.hpp).
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

#include "util/bounded_queue.hpp"

TEST_CASE("a bounded queue hands items over in order, and ends when closed", "[bounded_queue]") {
  jobsight::BoundedQueue<int> queue(3);
  std::thread producer([&] {
    for (int i = 0; i < 10'000; ++i) REQUIRE(queue.push(i));
    queue.close();
  });
  std::vector<int> got;
  while (std::optional<int> item = queue.pop()) got.push_back(*item);
  producer.join();
  REQUIRE(got.size() == 10'000);
  for (int i = 0; i < 10'000; ++i) CHECK(got[static_cast<std::size_t>(i)] == i);
  CHECK_FALSE(queue.pop().has_value());  // closed and empty: stays so
}

TEST_CASE("a full bounded queue holds the producer back until the consumer takes an item",
          "[bounded_queue]") {
  jobsight::BoundedQueue<int> queue(2);
  std::atomic<int> pushed{0};
  std::thread producer([&] {
    for (int i = 0; i < 3; ++i) {
      queue.push(i);
      ++pushed;
    }
  });
  while (pushed.load() < 2) std::this_thread::yield();
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  CHECK(pushed.load() == 2);  // the third waits for room
  CHECK(queue.pop() == 0);
  producer.join();
  CHECK(pushed.load() == 3);
  CHECK(queue.pop() == 1);
  CHECK(queue.pop() == 2);
}

TEST_CASE("a consumer that closes the queue stops a waiting producer", "[bounded_queue]") {
  jobsight::BoundedQueue<int> queue(1);
  REQUIRE(queue.push(1));
  bool second = true;
  std::thread producer([&] { second = queue.push(2); });  // waits: the queue is full
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  queue.close();
  producer.join();
  CHECK_FALSE(second);
  CHECK(queue.pop() == 1);  // what was there before the close is still handed over
  CHECK_FALSE(queue.pop().has_value());
}
