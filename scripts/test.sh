#!/usr/bin/env bash
# The README's second command: installs what is missing, builds jobsight and its tests, and runs
# every test with ctest. `--sanitize` does the same in build-asan/ with ASan+UBSan.
# With CI=true, compiler warnings are errors.
set -euo pipefail
cd "$(dirname "$0")/.."
# chromium renders the dashboard in one end-to-end test (its install took 31 s on 2 cores). Ninja
# compiles the test files beside the program's layers (Make waits for each target's dependencies).
scripts/install-deps.sh chromium ninja-build
build_dir=build-tests
# Line tables only (-g1): full debug information took 75% more time to compile (database.cpp:
# 14.4 s against 8.6 s) and no test reads it.
flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG")
skip=()
if [ "${1:-}" = "--sanitize" ]; then
  build_dir=build-asan
  # Debug with line tables only (-g1: file and line in the sanitizers' reports); the program's
  # code is compiled at -O1 there (cmake/Sanitizers.cmake), the test files at -O0.
  flags=(-DCMAKE_BUILD_TYPE=Debug -DJOBSIGHT_SANITIZE=ON -DCMAKE_CXX_FLAGS_DEBUG=-g1)
  # Six process-level tests that import large generated files took 471 of the sanitized run's
  # 1,361 s of test time on 2 cores (a killed first import, readers during an import, a busy
  # second import, the progress line, hostile report options), and 32 s more for imports killed
  # at random points; they run in the plain build.
  # The DuckDB view tests check SQL, which the sanitizers do not see.
  skip=(-E "first import killed midway|readers see the state before an import|second import waits a bounded time|progress line never wraps|report options with hostile values|import killed at random points|^duckdb_")
fi
if [ "${CI:-}" = "true" ]; then flags+=(-DJOBSIGHT_WARNINGS_AS_ERRORS=ON); fi
# A build folder made by an earlier version of this script with Make is made again with Ninja.
if [ -f "$build_dir/CMakeCache.txt" ] && ! grep -q "^CMAKE_GENERATOR:INTERNAL=Ninja$" "$build_dir/CMakeCache.txt"; then
  rm -rf "$build_dir"
fi
cmake -G Ninja -S . -B "$build_dir" "${flags[@]}" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build_dir" --output-on-failure -j"$(nproc)" "${skip[@]}"
