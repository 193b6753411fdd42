#!/usr/bin/env bash
# Import and report benchmark: N generated postings (default 1,000,000) loaded by sqlite3's own
# .import (the floor) and by `jobsight import postings` (with the skills column, then without it
# so that skills are found in the descriptions), then every report timed on the result.
# Usage: bench/run.sh [ROWS]. Results go to stdout; record them with the machine in BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
scripts/install-deps.sh
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DJOBSIGHT_BUILD_TESTS=OFF >/dev/null
cmake --build build-bench -j"$(nproc)" --target jobsight jobsight-generate >/dev/null
mkdir -p bench/data
csv=bench/data/postings-$rows.csv
[ -f "$csv" ] || build-bench/jobsight-generate --rows "$rows" --seed 7 --out "$csv"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now_ns() { date +%s%N; }
elapsed() { awk -v ns=$(($(now_ns) - $1)) 'BEGIN { printf "%.3f", ns / 1e9 }'; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "input: $csv ($(du -m "$csv" | cut -f1) MB, $rows rows)"

start=$(now_ns)
sqlite3 "$work/floor.db" -cmd '.mode csv' ".import $csv raw"
echo "sqlite3 .import (floor): $(elapsed "$start") s"

start=$(now_ns)
build-bench/jobsight --db "$work/jobsight.db" import postings "$csv" --quiet
echo "jobsight import postings: $(elapsed "$start") s, database $(du -m "$work/jobsight.db" | cut -f1) MB"

# The same postings without their skills column: skills are then found in the title and the
# description (SPEC 2.3), the multi-pattern matcher's cost.
nocsv=bench/data/postings-$rows-no-skills.csv
[ -f "$nocsv" ] || sqlite3 :memory: -cmd '.mode csv' ".import $csv raw" \
  'ALTER TABLE raw DROP COLUMN skills' '.headers on' ".once $nocsv" 'SELECT * FROM raw'
start=$(now_ns)
build-bench/jobsight --db "$work/text-skills.db" import postings "$nocsv" --quiet
echo "jobsight import postings, skills from text: $(elapsed "$start") s," \
  "$(sqlite3 "$work/text-skills.db" 'SELECT count(*) FROM posting_skills') skill links"

for report in $(build-bench/jobsight --db "$work/jobsight.db" report list --format csv | tail -n +2 | cut -d, -f1); do
  start=$(now_ns)
  build-bench/jobsight --db "$work/jobsight.db" report "$report" --format csv >/dev/null
  echo "report $report: $(elapsed "$start") s"
done
