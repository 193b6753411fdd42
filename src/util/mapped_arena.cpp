#include "util/mapped_arena.hpp"

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <new>

#if __has_include(<sys/mman.h>)
#include <sys/mman.h>
#define JOBSIGHT_MMAP 1
#else
#include <cstdlib>
#endif

namespace jobsight {
namespace {

void* map_bytes(std::size_t bytes) {
#ifdef JOBSIGHT_MMAP
  void* start = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (start == MAP_FAILED) throw std::bad_alloc();
  return start;
#else
  void* start = std::malloc(bytes);
  if (start == nullptr) throw std::bad_alloc();
  return start;
#endif
}

void unmap_bytes(void* start, std::size_t bytes) {
#ifdef JOBSIGHT_MMAP
  munmap(start, bytes);
#else
  (void)bytes;
  std::free(start);
#endif
}

}  // namespace

MappedArena::~MappedArena() {
  for (const Chunk& chunk : chunks_) unmap_bytes(chunk.start, chunk.bytes);
}

void* MappedArena::do_allocate(std::size_t bytes, std::size_t alignment) {
  // Mappings start on a page, which serves any alignment up to a page: no more is asked here.
  if (alignment > kPageBytes) throw std::bad_alloc();
  // A request too large for a chunk has a mapping of its own.
  if (bytes > kChunkBytes / 4) {
    chunks_.reserve(chunks_.size() + 1);
    void* start = map_bytes(bytes);
    chunks_.push_back({start, bytes});
    return start;
  }
  auto skip_for = [alignment](const char* at) {
    return (alignment - reinterpret_cast<std::uintptr_t>(at) % alignment) % alignment;
  };
  if (next_ == nullptr || skip_for(next_) + bytes > left_) {
    chunks_.reserve(chunks_.size() + 1);
    void* start = map_bytes(kChunkBytes);
    chunks_.push_back({start, kChunkBytes});
    next_ = static_cast<char*>(start);
    left_ = kChunkBytes;
  }
  const std::size_t skip = skip_for(next_);
  void* given = next_ + skip;
  next_ += skip + bytes;
  left_ -= skip + bytes;
  return given;
}

void MappedArena::do_deallocate(void* start, std::size_t bytes, std::size_t) {
  if (bytes <= kChunkBytes / 4) return;  // in a shared chunk: freed with the arena
  for (std::size_t i = chunks_.size(); i-- > 0;) {
    if (chunks_[i].start == start) {
      unmap_bytes(start, chunks_[i].bytes);
      chunks_.erase(chunks_.begin() + static_cast<std::ptrdiff_t>(i));
      return;
    }
  }
  assert(false && "MappedArena: a block it did not give");
}

std::size_t MappedArena::mapped_bytes() const {
  std::size_t bytes = 0;
  for (const Chunk& chunk : chunks_) bytes += chunk.bytes;
  return bytes;
}

}  // namespace jobsight
