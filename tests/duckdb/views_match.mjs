// Checks that every report_* view of a jobsight database gives the same rows in DuckDB as in
// SQLite (issue 11): the view's text, as SQLite stores it, is run by DuckDB's own parser over a
// copy of the database's tables. DuckDB's sqlite extension cannot be downloaded here, so the
// tables are copied through CSV written by the sqlite3 shell (reals at full precision).
//
//   node tests/duckdb/views_match.mjs DUCKDB_DIR DATABASE
//
// DUCKDB_DIR holds node_modules/@duckdb/node-api (scripts/install-duckdb.sh). Prints one line per
// view; exits 1 when a view fails in DuckDB or gives other rows, 2 on a usage or set-up error.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [duckdbDir, database] = process.argv.slice(2);
if (!duckdbDir || !database) {
  console.error('usage: views_match.mjs DUCKDB_DIR DATABASE');
  process.exit(2);
}
const require = createRequire(join(resolve(duckdbDir), 'package.json'));
const { DuckDBInstance } = require('@duckdb/node-api');

function sqliteJson(sql) {
  const out = execFileSync('sqlite3', ['-readonly', '-json', database, sql], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return out.trim() === '' ? [] : JSON.parse(out);
}

function quoteIdent(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

// SQLite's declared type to the DuckDB column type with the same values (SQLite affinity rules).
function duckType(declared) {
  const t = (declared || '').toUpperCase();
  if (t.includes('INT')) return 'BIGINT';
  if (t.includes('CHAR') || t.includes('CLOB') || t.includes('TEXT')) return 'VARCHAR';
  if (t.includes('REAL') || t.includes('FLOA') || t.includes('DOUB')) return 'DOUBLE';
  return 'VARCHAR';
}

const work = mkdtempSync(join(tmpdir(), 'jobsight-duckdb-'));
let failures = 0;
try {
  const instance = await DuckDBInstance.create(':memory:');
  const duck = await instance.connect();

  const tables = sqliteJson(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  for (const { name } of tables) {
    const columns = sqliteJson(`SELECT name, type FROM pragma_table_info(${`'${name}'`})`);
    const types = columns.map((c) => [c.name, duckType(c.type)]);
    await duck.run(`CREATE TABLE ${quoteIdent(name)} (` +
      types.map(([c, t]) => `${quoteIdent(c)} ${t}`).join(', ') + ')');
    // Reals printed with 17 digits, so DuckDB reads the same doubles; NULL as \N, '' as "".
    const select = columns.map((c) => {
      const q = quoteIdent(c.name);
      return `CASE typeof(${q}) WHEN 'real' THEN printf('%.17g', ${q}) ELSE ${q} END`;
    }).join(', ');
    const csv = join(work, `${name}.csv`);
    const text = execFileSync('sqlite3', ['-readonly', '-csv', '-nullvalue', '\\N', database,
      `SELECT ${select} FROM ${quoteIdent(name)}`], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (text.length === 0) continue;
    writeFileSync(csv, text);
    await duck.run(`INSERT INTO ${quoteIdent(name)} SELECT * FROM read_csv('${csv}', ` +
      `header = false, nullstr = '\\N', quote = '"', escape = '"', auto_detect = false, ` +
      `columns = {${types.map(([c, t]) => `'${c}': '${t}'`).join(', ')}})`);
  }

  const views = sqliteJson(
    "SELECT name, sql FROM sqlite_master WHERE type = 'view' AND name LIKE 'report\\_%' ESCAPE '\\' " +
    'ORDER BY name');
  if (views.length === 0) throw new Error(`${database}: no report_* views`);
  for (const { name, sql } of views) {
    const expected = sqliteJson(`SELECT * FROM ${quoteIdent(name)}`);
    let actual;
    try {
      await duck.run(sql);
      const reader = await duck.runAndReadAll(`SELECT * FROM ${quoteIdent(name)}`);
      actual = reader.getRowObjectsJson();
    } catch (e) {
      console.log(`FAIL ${name}: DuckDB: ${e.message.split('\n')[0]}`);
      ++failures;
      continue;
    }
    const problem = compare(expected, actual);
    if (problem) {
      console.log(`FAIL ${name}: ${problem}`);
      ++failures;
    } else {
      console.log(`ok   ${name}: ${expected.length} rows`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failures === 0 ? 0 : 1);

// Same rows in the same order, column by column; numbers equal to 1e-9 relative (the two engines
// may sum doubles in another order), everything else exactly.
function compare(expected, actual) {
  if (expected.length !== actual.length) {
    return `${expected.length} rows in SQLite, ${actual.length} in DuckDB`;
  }
  for (let r = 0; r < expected.length; ++r) {
    const e = expected[r];
    const a = actual[r];
    const keys = Object.keys(e);
    if (keys.join(',') !== Object.keys(a).join(',')) {
      return `columns ${keys.join(',')} in SQLite, ${Object.keys(a).join(',')} in DuckDB`;
    }
    for (const k of keys) {
      if (!same(e[k], a[k])) {
        return `row ${r + 1} column ${k}: ${JSON.stringify(e[k])} in SQLite, ` +
          `${JSON.stringify(a[k])} in DuckDB (row ${JSON.stringify(e)})`;
      }
    }
  }
  return null;
}

function same(x, y) {
  if (x === null || y === null) return x === y;
  const nx = typeof x === 'number' ? x : null;
  const ny = typeof y === 'number' || (typeof y === 'string' && /^-?[0-9.eE+-]+$/.test(y) &&
    typeof x === 'number') ? Number(y) : null;
  if (nx !== null && ny !== null) {
    return nx === ny || Math.abs(nx - ny) <= 1e-9 * Math.max(Math.abs(nx), Math.abs(ny));
  }
  return String(x) === String(y);
}
