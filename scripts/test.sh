#!/usr/bin/env bash
# The README's second command: installs what is missing, builds jobsight and its tests, and runs
# every test with ctest. `--sanitize` does the same in build-asan/ with ASan+UBSan.
# With CI=true, compiler warnings are errors.
set -euo pipefail
cd "$(dirname "$0")/.."
# chromium renders the dashboard in one end-to-end test (its install took 31 s on 2 cores).
scripts/install-deps.sh chromium
build_dir=build-tests
flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [ "${1:-}" = "--sanitize" ]; then
  build_dir=build-asan
  flags=(-DCMAKE_BUILD_TYPE=Debug -DJOBSIGHT_SANITIZE=ON)
fi
if [ "${CI:-}" = "true" ]; then flags+=(-DJOBSIGHT_WARNINGS_AS_ERRORS=ON); fi
cmake -S . -B "$build_dir" "${flags[@]}" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build_dir" --output-on-failure -j"$(nproc)"
