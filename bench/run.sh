#!/usr/bin/env bash
# The import and report benchmark of issue 10: jobsight against SQLite's own .import (the floor),
# DuckDB (npm @duckdb/node-api) and sqlite-utils, on the same generated file, in the same run.
#
# Usage: bench/run.sh [--sizes 100000,1000000[,10000000]] [--runs N]
#   --sizes  rows of generated postings (default 100000,1000000; 10000000 only when asked: its
#            CSV is about 3.3 GB and the run takes hours with the reports as they are)
#   --runs   runs of every step, the contenders alternating within each run (default 3)
#
# For each size: `jobsight-generate --rows N --seed 7` writes bench/data/postings-N.csv (kept as a
# cache; bench/data is ignored by git). Every step is a whole process timed around /usr/bin/time
# (wall time in ns, its peak RSS): imports into fresh databases (jobsight, sqlite3 .import, DuckDB
# read_csv, sqlite-utils once), then every report of `jobsight report list` with its defaults,
# with --country US --year 2025, with the segments --ai, --level senior, --skill python where
# the report takes them, and with the free-text --title engineer (a whole word, any case),
# beside DuckDB running its equivalent SQL (bench/duckdb_reports/; the title through
# regexp_matches' \b, which differs from jobsight's words only on _ and non-ASCII letters, which
# the generated titles do not have) minus a node process that only opens DuckDB; and each
# report_* view read by sqlite3. Medians, min-max, ratios and targets go to
# bench/results/latest.md and, newest first, into BENCHMARKS.md; the raw timings to
# bench/results/timings-DATE.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=100000,1000000
runs=3
while [ $# -gt 0 ]; do
  case $1 in
    --sizes|--runs)
      [ $# -ge 2 ] || { echo "bench/run.sh: $1 needs a value (see --help)" >&2; exit 2; }
      if [ "$1" = --sizes ]; then sizes=$2; else runs=$2; fi
      shift 2 ;;
    -h|--help) sed -n '2,19p' "$0" | cut -c3-; exit 0 ;;
    *) echo "bench/run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ $sizes =~ ^[0-9]+(,[0-9]+)*$ ]] || { echo "bench/run.sh: --sizes takes N[,N...]" >&2; exit 2; }
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "bench/run.sh: --runs takes a positive number" >&2; exit 2; }
IFS=, read -r -a size_list <<<"$sizes"

log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }

# Tools: the project's packages and GNU time; sqlite-utils when the distribution has it; node.
scripts/install-deps.sh time
have_sqlite_utils=1
if ! command -v sqlite-utils >/dev/null; then
  scripts/install-deps.sh sqlite-utils >/dev/null 2>&1 || true
  command -v sqlite-utils >/dev/null || have_sqlite_utils=0
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "bench/run.sh: node and npm are needed for the DuckDB side (apt-get install nodejs npm)" >&2
  exit 1
fi
scripts/install-duckdb.sh bench/.duckdb
duckdb_version=$(node -p "require('./bench/.duckdb/node_modules/@duckdb/node-api/package.json').version")

# One job: the machine may be shared, and the build is cached after the first run.
log "building Release into build-bench"
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DJOBSIGHT_BUILD_TESTS=OFF >/dev/null
cmake --build build-bench -j"${BENCH_BUILD_JOBS:-1}" --target jobsight jobsight-generate >/dev/null
js=build-bench/jobsight

mkdir -p bench/data bench/results
stamp=$(date +%Y-%m-%dT%H%M%S)
tsv=bench/results/timings-$stamp.tsv
printf 'size\tstep\tcontender\trun\twall_s\trss_kb\tinner_s\n' >"$tsv"
sizes_tsv=bench/results/sizes-$stamp.tsv
printf 'size\tfile\tbytes\n' >"$sizes_tsv"
work=$(mktemp -d "$PWD/bench/data/work.XXXXXX")
trap 'rm -rf "$work"' EXIT

# measure SIZE STEP CONTENDER RUN CMD...: one whole-process timing, one line of the TSV. The
# command's stdout goes to $work/out (DuckDB's script prints its inner time there).
measure() {
  local size=$1 step=$2 contender=$3 run=$4
  shift 4
  local start end wall rss inner
  start=$(date +%s%N)
  if ! /usr/bin/time -f '%e %M' -o "$work/time" "$@" <"/dev/null" >"$work/out" 2>"$work/err"; then
    echo "bench/run.sh: failed: $*" >&2
    cat "$work/err" >&2
    exit 1
  fi
  end=$(date +%s%N)
  # /usr/bin/time's %e has 10 ms steps: the wall time is taken around it in nanoseconds instead.
  wall=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.4f", ns / 1e9 }')
  read -r _ rss <"$work/time"
  inner=$(awk '$1 == "inner_s" { print $2 }' "$work/out")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$step" "$contender" "$run" "$wall" "$rss" \
    "${inner:-}" >>"$tsv"
}

# Database bytes, with a WAL left beside it if any.
db_bytes() { du -cb "$1" "$1-wal" 2>/dev/null | tail -1 | cut -f1; }

# The DuckDB condition for each jobsight filter variant.
declare -A duck_filter=(
  [defaults]=TRUE
  [country-year]="country = 'US' AND year = 2025"
  [ai]=is_ai
  [level-senior]="seniority = 'senior'"
  [skill-python]="list_contains(skills, 'python')"
  [title-engineer]="regexp_matches(lower(title), '\\bengineer\\b')"
)
declare -A js_args=(
  [defaults]=""
  [country-year]="--country US --year 2025"
  [ai]="--ai"
  [level-senior]="--level senior"
  [skill-python]="--skill python"
  [title-engineer]="--title engineer"
)
declare -A needs_option=([ai]=--ai [level-senior]=--level [skill-python]=--skill
  [title-engineer]=--title)

for size in "${size_list[@]}"; do
  csv=bench/data/postings-$size.csv
  if [ ! -f "$csv" ]; then
    log "generating $csv"
    build-bench/jobsight-generate --rows "$size" --seed 7 --out "$csv.part" >&2
    mv "$csv.part" "$csv"
  fi
  printf '%s\tcsv\t%s\n' "$size" "$(stat -c %s "$csv")" >>"$sizes_tsv"

  # Imports, each into a fresh database; the last run's databases are kept for the reports.
  for run in $(seq "$runs"); do
    log "$size rows: imports, run $run of $runs"
    rm -f "$work"/js.db* "$work"/floor.db* "$work"/duck.db*
    measure "$size" import jobsight "$run" "$js" --db "$work/js.db" import postings "$csv" --quiet
    measure "$size" import sqlite3 "$run" sqlite3 "$work/floor.db" -cmd '.mode csv' ".import $csv raw"
    measure "$size" import duckdb "$run" node bench/duckdb_bench.mjs load "$work/duck.db" "$csv"
    measure "$size" prepare duckdb "$run" node bench/duckdb_bench.mjs prepare "$work/duck.db"
  done
  if [ "$have_sqlite_utils" = 1 ] && [ "$size" -le 1000000 ]; then
    # One run, up to 1M rows: sqlite-utils is pure Python and much slower (about 20k rows/s, so
    # 10M would take nearly ten minutes); it is there for the README's table.
    log "$size rows: sqlite-utils insert"
    rm -f "$work/su.db"
    measure "$size" import sqlite-utils 1 sqlite-utils insert "$work/su.db" raw "$csv" --csv
    printf '%s\tsqlite-utils.db\t%s\n' "$size" "$(db_bytes "$work/su.db")" >>"$sizes_tsv"
    rm -f "$work/su.db"
  fi
  {
    printf '%s\tjobsight.db\t%s\n' "$size" "$(db_bytes "$work/js.db")"
    printf '%s\tfloor.db\t%s\n' "$size" "$(db_bytes "$work/floor.db")"
    printf '%s\tduckdb.db\t%s\n' "$size" "$(db_bytes "$work/duck.db")"
  } >>"$sizes_tsv"

  # Reports: every report and variant, jobsight and DuckDB alternating, then the open baseline.
  catalogue=$("$js" --db "$work/js.db" report list --format csv |
    sqlite3 :memory: -cmd '.mode csv' '.import /dev/stdin r' '.mode tabs' 'SELECT report, options FROM r')
  views=$(sqlite3 "$work/js.db" \
    "SELECT name FROM sqlite_schema WHERE type = 'view' AND name LIKE 'report\_%' ESCAPE '\' ORDER BY name")
  for run in $(seq "$runs"); do
    log "$size rows: reports, run $run of $runs"
    while IFS=$'\t' read -r report options; do
      for variant in defaults country-year ai level-senior skill-python title-engineer; do
        opt=${needs_option[$variant]:-}
        if [ -n "$opt" ] && [[ " $options " != *" $opt "* ]]; then continue; fi
        # shellcheck disable=SC2086 # the variant's options are words
        measure "$size" "report $report $variant" jobsight "$run" \
          "$js" --db "$work/js.db" report "$report" --format csv ${js_args[$variant]}
        [ "$report" = summary ] && continue
        measure "$size" "report $report $variant" duckdb "$run" \
          node bench/duckdb_bench.mjs report "$work/duck.db" "$report" "${duck_filter[$variant]}"
        measure "$size" "report $report $variant" duckdb-open "$run" \
          node bench/duckdb_bench.mjs open "$work/duck.db"
      done
    done <<<"$catalogue"
    for view in $views; do
      measure "$size" "view $view" sqlite3 "$run" sqlite3 "$work/js.db" "SELECT * FROM $view"
    done
  done
  rm -f "$work"/js.db* "$work"/floor.db* "$work"/duck.db*
done

# The Markdown section: bench/results/latest.md, and BENCHMARKS.md newest first.
machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), \
$(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(sed -n 's/^PRETTY_NAME="\(.*\)"$/\1/p' /etc/os-release)"
versions="jobsight $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src sql migrations || echo '+changes'), \
SQLite $(sqlite3 --version | cut -d' ' -f1), DuckDB (@duckdb/node-api) $duckdb_version, node $(node --version)\
$([ "$have_sqlite_utils" = 1 ] && echo ", $(sqlite-utils --version)")"
node bench/summarise.mjs --timings "$tsv" --sizes "$sizes_tsv" --runs "$runs" \
  --machine "$machine" --versions "$versions" --sqlite-utils "$have_sqlite_utils" \
  >bench/results/latest.md
node bench/summarise.mjs --insert bench/results/latest.md BENCHMARKS.md
log "written bench/results/latest.md and BENCHMARKS.md (raw timings: $tsv)"
