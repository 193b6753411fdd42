#pragma once
// Memory for counting maps, mapped apart from the heap (util layer).

#include <cstddef>
#include <memory_resource>
#include <vector>

namespace jobsight {

// A memory resource mapped from the system apart from the heap. Requests up to a quarter chunk
// share 1 MB chunks, monotonically: deallocating one frees nothing until the arena is destroyed.
// A larger request (a hash map's array) has a mapping of its own, unmapped when it is
// deallocated, so a map that grows gives back the array it outgrew. Counting maps that grow to
// tens of megabytes while the heap holds other things (SQLite's page cache) would leave their
// freed memory scattered through the heap, which no malloc_trim can give back: it would stay in
// the process's peak for the rest of an import. Not thread-safe.
class MappedArena : public std::pmr::memory_resource {
 public:
  MappedArena() = default;
  ~MappedArena() override;
  MappedArena(const MappedArena&) = delete;
  MappedArena& operator=(const MappedArena&) = delete;

  static constexpr std::size_t kChunkBytes = std::size_t{1} << 20;

  // The bytes mapped now: the shared chunks and the blocks of their own not deallocated.
  std::size_t mapped_bytes() const;
  // The largest alignment served (std::bad_alloc beyond it): a mapping starts on a page.
  static constexpr std::size_t kPageBytes = 4096;

 private:
  void* do_allocate(std::size_t bytes, std::size_t alignment) override;
  void do_deallocate(void* start, std::size_t bytes, std::size_t alignment) override;
  bool do_is_equal(const std::pmr::memory_resource& other) const noexcept override {
    return this == &other;
  }

  struct Chunk {
    void* start;
    std::size_t bytes;
  };
  std::vector<Chunk> chunks_;
  char* next_ = nullptr;  // the free part of the last ordinary chunk
  std::size_t left_ = 0;
};

}  // namespace jobsight
