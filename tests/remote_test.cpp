// normalise_remote: remote text as files write it (SPEC 2.5).
#include <catch2/catch.hpp>

#include "normalise/remote.hpp"

using jobsight::normalise_remote;

TEST_CASE("remote values are normalised to onsite, hybrid or remote", "[normaliser]") {
  CHECK(normalise_remote("On-site") == "onsite");
  CHECK(normalise_remote("false") == "onsite");
  CHECK(normalise_remote("0") == "onsite");
  CHECK(normalise_remote("50") == "hybrid");
  CHECK(normalise_remote("Hybrid") == "hybrid");
  CHECK(normalise_remote("100") == "remote");
  CHECK(normalise_remote("True") == "remote");
  CHECK_FALSE(normalise_remote(""));
  CHECK_FALSE(normalise_remote("sometimes"));
  CHECK_FALSE(normalise_remote("150"));
}
