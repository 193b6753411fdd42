#!/usr/bin/env bash
# The README's second command: installs what is missing, builds jobsight and its tests, and runs
# every test with ctest. `--sanitize` does the same in build-asan/ with ASan+UBSan.
# With CI=true, compiler warnings are errors.
set -euo pipefail
cd "$(dirname "$0")/.."
# chromium renders the dashboard in one end-to-end test (its install took 31 s on 2 cores); Ninja
# builds (scripts/configure.sh).
scripts/install-deps.sh chromium ninja-build
build_dir=build-tests
flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
skip=()
if [ "${1:-}" = "--sanitize" ]; then
  build_dir=build-asan
  # Debug with line tables only (-g1: file and line in the sanitizers' reports); the program's
  # code is compiled at -O1 there but for the command layer (cmake/Sanitizers.cmake,
  # src/CMakeLists.txt), the test files at -O0 and not instrumented.
  flags=(-DCMAKE_BUILD_TYPE=Debug -DJOBSIGHT_SANITIZE=ON)
  # Six process-level tests that import large generated files took 471 of the sanitized run's
  # 1,361 s of test time on 2 cores (a killed first import, readers during an import, a busy
  # second import, the progress line, hostile report options), and 32 s more for imports killed
  # at random points; they run in the plain build.
  # The DuckDB view tests check SQL, which the sanitizers do not see (the files they import are
  # imported there by fixture_imports_under_the_sanitizers, tests/CMakeLists.txt).
  skip=(-E "first import killed midway|readers see the state before an import|second import waits a bounded time|progress line never wraps|report options with hostile values|import killed at random points|^duckdb_")
fi
if [ "${CI:-}" = "true" ]; then flags+=(-DJOBSIGHT_WARNINGS_AS_ERRORS=ON); fi
scripts/configure.sh "$build_dir" "${flags[@]}"
cmake --build "$build_dir" -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build_dir" --output-on-failure -j"$(nproc)" "${skip[@]}"
