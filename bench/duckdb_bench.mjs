// DuckDB's side of bench/run.sh, through the npm package @duckdb/node-api (installed by run.sh
// into bench/.duckdb, which git ignores). One step per process, so that run.sh can time it as a
// whole process with /usr/bin/time; the step's own time, measured inside node with
// performance.now() around runAndReadAll, is printed on stdout as `inner_s <seconds>`.
//
//   node bench/duckdb_bench.mjs open DB              open DuckDB and connect, nothing else (the
//                                                    baseline run.sh subtracts from each query)
//   node bench/duckdb_bench.mjs load DB CSV          CREATE TABLE raw AS read_csv(CSV, all_varchar)
//   node bench/duckdb_bench.mjs prepare DB           the typed postings table from raw
//                                                    (duckdb_reports/_postings.sql)
//   node bench/duckdb_bench.mjs report DB NAME [FILTER]
//                                                    duckdb_reports/NAME.sql with {{filter}}
//                                                    replaced by FILTER (a DuckDB condition on
//                                                    postings; default TRUE)
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '.duckdb', 'package.json'));
const { DuckDBInstance } = require('@duckdb/node-api');

const [step, db, arg, filter] = process.argv.slice(2);
if (!step || !db) {
  console.error('usage: duckdb_bench.mjs open|load|prepare|report DB [CSV|NAME] [FILTER]');
  process.exit(2);
}

let sql;
switch (step) {
  case 'open':
    break;
  case 'load':
    if (!arg) throw new Error('load needs the CSV file');
    sql = `CREATE OR REPLACE TABLE raw AS SELECT * FROM read_csv('${arg.replaceAll("'", "''")}', ` +
      'header = true, all_varchar = true)';
    break;
  case 'prepare':
    sql = readFileSync(join(here, 'duckdb_reports', '_postings.sql'), 'utf8');
    break;
  case 'report':
    if (!arg || !/^[a-z-]+$/.test(arg)) throw new Error('report needs a report name');
    sql = readFileSync(join(here, 'duckdb_reports', `${arg}.sql`), 'utf8')
      .replaceAll('{{filter}}', `(${filter || 'TRUE'})`);
    break;
  default:
    console.error(`unknown step ${step}`);
    process.exit(2);
}

const instance = await DuckDBInstance.create(db);
const connection = await instance.connect();
let rows = 0;
let inner = 0;
if (sql) {
  const start = performance.now();
  const reader = await connection.runAndReadAll(sql);
  inner = (performance.now() - start) / 1000;
  rows = reader.getRows().length;
}
console.log(`inner_s ${inner.toFixed(4)} rows ${rows}`);
connection.closeSync();
instance.closeSync();
