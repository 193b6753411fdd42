#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) in build-fuzz/ and runs each for SECONDS
# (default 60) on its seed corpus in tests/fuzz/corpus/. New inputs go to build-fuzz/corpus/;
# a crash stops the run with the crashing input in build-fuzz/ and a non-zero exit.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (targets: csv_reader posting_row salary_row
#        field_parsers pay_text dates)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv_reader posting_row salary_row field_parsers pay_text dates)
scripts/install-deps.sh clang libclang-rt-14-dev ninja-build
CC=clang CXX=clang++ scripts/configure.sh build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DJOBSIGHT_FUZZ=ON -DJOBSIGHT_BUILD_TESTS=OFF
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]/#/fuzz_}" >/dev/null
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
for target in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$target"
  echo "fuzzing $target for ${seconds}s"
  log="build-fuzz/$target.log"
  status=0
  (cd build-fuzz && tests/fuzz/fuzz_"$target" -max_total_time="$seconds" -max_len=65536 \
     -rss_limit_mb=4096 -print_final_stats=1 "corpus/$target" "$OLDPWD/tests/fuzz/corpus/$target") \
     >"$log" 2>&1 || status=$?
  grep -E "^(stat::number_of_executed_units|stat::new_units_added|#[0-9]+ +DONE)" "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 40 "$log"
    echo "fuzz_$target failed (exit $status); see $log" >&2
    exit 1
  fi
done
