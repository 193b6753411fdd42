// MappedArena: the counting maps' memory, mapped apart from the heap and given back whole.
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <memory_resource>
#include <new>
#include <unordered_map>
#include <utility>
#include <vector>

#include "util/freed_memory.hpp"
#include "util/mapped_arena.hpp"

TEST_CASE("a mapped arena hands out aligned, separate memory of any size", "[util]") {
  jobsight::MappedArena arena;
  std::vector<std::pair<unsigned char*, std::size_t>> given;
  // Small requests share chunks; one past a quarter chunk gets its own mapping.
  for (std::size_t bytes : {std::size_t{1}, std::size_t{24}, std::size_t{7}, std::size_t{4096},
                            jobsight::MappedArena::kChunkBytes / 4 + 1, std::size_t{3},
                            jobsight::MappedArena::kChunkBytes * 3, std::size_t{40}}) {
    for (std::size_t alignment : {std::size_t{1}, std::size_t{8}, std::size_t{16}, std::size_t{64},
                                  jobsight::MappedArena::kPageBytes}) {
      auto* p = static_cast<unsigned char*>(arena.allocate(bytes, alignment));
      CHECK(reinterpret_cast<std::uintptr_t>(p) % alignment == 0);
      std::memset(p, static_cast<int>(given.size()), bytes);
      given.emplace_back(p, bytes);
    }
  }
  // Every block still holds, in every byte, what was written to it: none overlaps another.
  for (std::size_t i = 0; i < given.size(); ++i) {
    const auto [p, bytes] = given[i];
    std::size_t kept = 0;
    for (std::size_t b = 0; b < bytes; ++b) kept += p[b] == static_cast<unsigned char>(i) ? 1 : 0;
    CHECK(kept == bytes);
  }
  CHECK_THROWS_AS(arena.allocate(8, jobsight::MappedArena::kPageBytes * 2), std::bad_alloc);
  // A map of 300,000 counts in it, as the import keeps them.
  std::pmr::unordered_map<std::int64_t, std::int64_t> counts(&arena);
  for (std::int64_t i = 0; i < 600'000; ++i) ++counts[i % 300'000];
  CHECK(counts.size() == 300'000);
  CHECK(counts.at(299'999) == 2);
}

TEST_CASE("a mapped arena gives back a large block when it is deallocated", "[util]") {
  jobsight::MappedArena arena;
  CHECK(arena.mapped_bytes() == 0);
  // A block of its own is unmapped when deallocated; a small one stays in its shared chunk.
  const std::size_t large = jobsight::MappedArena::kChunkBytes;
  void* first = arena.allocate(large, 8);
  std::memset(first, 1, large);
  CHECK(arena.mapped_bytes() == large);
  void* small = arena.allocate(64, 8);
  CHECK(arena.mapped_bytes() == large + jobsight::MappedArena::kChunkBytes);
  arena.deallocate(first, large, 8);
  CHECK(arena.mapped_bytes() == jobsight::MappedArena::kChunkBytes);
  arena.deallocate(small, 64, 8);
  CHECK(arena.mapped_bytes() == jobsight::MappedArena::kChunkBytes);
  // A vector growing to 8 MB outgrows blocks of its own, each given back as it is outgrown:
  // only its last block stays mapped, and its figures survive every move.
  {
    std::pmr::vector<std::int64_t> figures(&arena);
    for (std::int64_t i = 0; i < 1'000'000; ++i) figures.push_back(i * 3);
    std::int64_t wrong = 0;
    for (std::size_t i = 0; i < figures.size(); ++i) {
      wrong += figures[i] != static_cast<std::int64_t>(i) * 3;
    }
    CHECK(wrong == 0);
    CHECK(arena.mapped_bytes() ==
          jobsight::MappedArena::kChunkBytes + figures.capacity() * sizeof(std::int64_t));
  }
  CHECK(arena.mapped_bytes() == jobsight::MappedArena::kChunkBytes);
}

TEST_CASE("freed memory goes back to the system under glibc", "[util]") {
#if defined(__GLIBC__)  // <cstdint> above brought a C library header in
  // Under glibc, malloc_trim and mallopt are called: the library's own check for glibc must
  // come after a C library header, or both do nothing (they did, unseen, until this test).
  CHECK(jobsight::can_return_freed_memory());
#endif
  jobsight::return_large_blocks_when_freed();
  jobsight::return_freed_memory();
}
