#!/usr/bin/env node
// Benchmark runner: times every workload in bench/ under pyrallel (GIL off and on) and
// CPython, at 1 and N threads, in one run, and reports ratios. See bench/README.md.
//
// Usage: node bench/run.mjs [options] [NAME...]
//   NAME...          only workloads whose name contains one of these substrings
//   --repeat R       runs per configuration (default 3); medians are reported
//   --quick          same as --repeat 1
//   --threads N      the "N threads" configuration (default os.availableParallelism(), at least 2)
//   --cpython-only   do not run pyrallel (its columns show n/a)
//   --timeout S      kill a run after S seconds (default 600)
//   --strict         exit 1 if a pyrallel run fails (a MISMATCH or a CPython failure always does)
//   --list           print the workload names and exit
//
// Each process is started through bench/maxrss.py (run by python3 -I -S), which reports
// the process's wall time and peak RSS; the program itself reports kernel_seconds on
// stderr. Configurations of one workload are interleaved run by run, so that a noisy
// machine disturbs all of them alike.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.dirname(benchDir);

// workScales: total work grows with the thread count (T threads each do a fixed share),
// so the speedup shown is throughput: (work_N / t_N) / (work_1 / t_1) = N * t_1 / t_N.
const WORKLOADS = [
  { name: 'heavy_computation', workScales: false },
  { name: 'matmul', workScales: false },
  { name: 'monte_carlo', workScales: false },
  { name: 'tree_traversal', workScales: false },
  { name: 'etl', workScales: false },
  { name: 'row_apply', workScales: false },
  { name: 'shared_counter', workScales: true },
  { name: 'million_tuples', workScales: false },
];

const IMPLS = ['pyrallel', 'pyrallel-gil', 'cpython'];

// ---------------------------------------------------------------------------------
// Command line

function usage() {
  const text = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8');
  const lines = text.split('\n').slice(1);
  const end = lines.findIndex((l) => !l.startsWith('//'));
  return lines.slice(0, end).map((l) => l.slice(3)).join('\n');
}

function parseArgs(argv) {
  const opts = {
    repeat: 3,
    threads: Math.max(2, os.availableParallelism ? os.availableParallelism() : os.cpus().length),
    cpythonOnly: false,
    timeout: 600,
    strict: false,
    list: false,
    filters: [],
  };
  const value = (i, name) => {
    if (i >= argv.length) fail(`${name} needs a value`);
    return argv[i];
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--repeat') opts.repeat = positiveInt(value(++i, arg), arg);
    else if (arg === '--quick') opts.repeat = 1;
    else if (arg === '--threads') opts.threads = positiveInt(value(++i, arg), arg);
    else if (arg === '--cpython-only') opts.cpythonOnly = true;
    else if (arg === '--timeout') opts.timeout = Number(value(++i, arg));
    else if (arg === '--strict') opts.strict = true;
    else if (arg === '--list') opts.list = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(usage());
      process.exit(0);
    } else if (arg.startsWith('-')) fail(`unknown option ${arg}\n\n${usage()}`);
    else opts.filters.push(arg);
  }
  if (!(opts.timeout > 0)) fail('--timeout must be a positive number of seconds');
  return opts;
}

function positiveInt(text, name) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) fail(`${name} must be a positive integer, not ${text}`);
  return n;
}

function fail(message) {
  console.error(`bench/run.mjs: ${message}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------
// Running one process

const PYTHON = 'python3';

function probePython() {
  const r = spawnSync(PYTHON, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], {
    encoding: 'utf8',
  });
  return r.status === 0 ? r.stdout.trim() : null;
}

function commandFor(impl, workload, threads) {
  const script = path.join('bench', `${workload.name}.py`);
  if (impl === 'cpython') return [PYTHON, script, String(threads)];
  const gil = impl === 'pyrallel-gil' ? ['-X', 'gil=1'] : [];
  return [process.execPath, path.join('bin', 'pyrallel.js'), ...gil, script, String(threads)];
}

// Runs argv through maxrss.py; resolves to
// { ok, exit, wall, kernel, rssKb, stdout, stderr } (ok: exit status 0 and a kernel time).
function runOnce(argv, timeoutSeconds) {
  const wrapped = ['-I', '-S', path.join(benchDir, 'maxrss.py'), '--timeout', String(timeoutSeconds), '--', ...argv];
  return new Promise((resolve) => {
    const child = spawn(PYTHON, wrapped, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', (e) => resolve({ ok: false, exit: 'spawn-error', stdout: '', stderr: String(e) }));
    child.on('close', () => {
      const stdout = Buffer.concat(out).toString('utf8');
      let stderr = Buffer.concat(err).toString('utf8');
      const m = /(?:^|\n)maxrss_kb=(\d+) wall_seconds=([\d.]+) exit=(\S+)\n?$/.exec(stderr);
      let exit = 'unknown';
      let wall = null;
      let rssKb = null;
      if (m) {
        rssKb = Number(m[1]);
        wall = Number(m[2]);
        exit = m[3];
        stderr = stderr.slice(0, m.index + (m[0].startsWith('\n') ? 1 : 0));
      }
      const k = /(?:^|\n)kernel_seconds=([\d.eE+-]+)\s*$/m.exec(stderr);
      const kernel = k ? Number(k[1]) : null;
      resolve({ ok: exit === '0' && kernel !== null, exit, wall, kernel, rssKb, stdout, stderr });
    });
  });
}

// ---------------------------------------------------------------------------------
// Statistics and formatting

function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

const ratio = (a, b) => (a == null || b == null || b === 0 ? null : a / b);
const fmt = (x, digits = 3) => (x == null ? 'n/a' : x.toFixed(digits));
const fmtRatio = (x) => (x == null ? 'n/a' : `${x.toFixed(2)}x`);
const fmtMB = (kb) => (kb == null ? 'n/a' : (kb / 1024).toFixed(1));

function tail(text, lines = 12) {
  const all = text.trimEnd().split('\n');
  return all.slice(-lines).map((l) => `    | ${l}`).join('\n');
}

function gitCommit() {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

// ---------------------------------------------------------------------------------
// Main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const workloads = WORKLOADS.filter(
    (w) => opts.filters.length === 0 || opts.filters.some((f) => w.name.includes(f)),
  );
  if (opts.list) {
    for (const w of WORKLOADS) console.log(w.name);
    return 0;
  }
  if (workloads.length === 0) fail(`no workload matches ${opts.filters.join(', ')}`);

  const pythonVersion = probePython();
  if (!pythonVersion) fail(`${PYTHON} is needed (it runs the CPython side and bench/maxrss.py)`);
  if (!pythonVersion.startsWith('3.11.')) {
    console.error(`note: ${PYTHON} is ${pythonVersion}; the reference is CPython 3.11`);
  }

  let impls = IMPLS;
  let pyrallelNote = null;
  if (opts.cpythonOnly) {
    impls = ['cpython'];
    pyrallelNote = 'skipped (--cpython-only)';
  } else if (!fs.existsSync(path.join(repoRoot, 'bin', 'pyrallel.js'))) {
    impls = ['cpython'];
    pyrallelNote = 'missing: bin/pyrallel.js not found';
  } else if (!fs.existsSync(path.join(repoRoot, 'dist', 'cli.js'))) {
    impls = ['cpython'];
    pyrallelNote = 'missing: dist/cli.js not built (run `npm run build`, or `npm run bench`)';
  }
  if (pyrallelNote) console.error(`pyrallel: ${pyrallelNote}`);

  const N = opts.threads;
  const threadCounts = N === 1 ? [1] : [1, N];
  console.error(
    `bench: ${workloads.length} workload(s), threads 1 and ${N}, ${opts.repeat} run(s) each, ` +
      `configurations: ${impls.join(', ')}`,
  );

  let mismatches = 0;
  let cpythonFailures = 0;
  let pyrallelFailures = 0;
  const report = [];

  for (const workload of workloads) {
    // One cell per (implementation, thread count), all measured interleaved.
    const cells = [];
    for (const threads of threadCounts) {
      for (const impl of impls) {
        cells.push({ impl, threads, argv: commandFor(impl, workload, threads), runs: [], failed: null });
      }
    }
    for (let rep = 0; rep < opts.repeat; rep++) {
      // Rotate the starting configuration each repetition so no configuration always
      // runs right after the same neighbour.
      for (let j = 0; j < cells.length; j++) {
        const cell = cells[(j + rep) % cells.length];
        if (cell.failed) continue;
        const label = `${workload.name} ${cell.impl} T=${cell.threads} run ${rep + 1}/${opts.repeat}`;
        const r = await runOnce(cell.argv, opts.timeout);
        if (!r.ok) {
          cell.failed = r;
          console.error(`  ${label}: FAILED (exit ${r.exit})\n    $ ${cell.argv.join(' ')}\n${tail(r.stderr)}`);
          if (cell.impl === 'cpython') cpythonFailures++;
          else pyrallelFailures++;
          continue;
        }
        if (cell.runs.length > 0 && r.stdout !== cell.runs[0].stdout) {
          console.error(`  ${label}: UNSTABLE output: differs from run 1`);
          cell.unstable = true;
        }
        cell.runs.push(r);
        console.error(`  ${label}: wall ${fmt(r.wall)}s kernel ${fmt(r.kernel)}s rss ${fmtMB(r.rssKb)} MB`);
      }
    }

    const summarize = (cell) => {
      if (!cell) return null;
      const ok = cell.runs.length > 0 && !cell.failed;
      return {
        command: cell.argv.join(' '),
        ok,
        exit: cell.failed ? cell.failed.exit : 0,
        error: cell.failed ? cell.failed.stderr.trimEnd().split('\n').slice(-20).join('\n') : null,
        wall: ok ? median(cell.runs.map((r) => r.wall)) : null,
        kernel: ok ? median(cell.runs.map((r) => r.kernel)) : null,
        rssKb: ok ? median(cell.runs.map((r) => r.rssKb)) : null,
        walls: cell.runs.map((r) => r.wall),
        kernels: cell.runs.map((r) => r.kernel),
        rssKbs: cell.runs.map((r) => r.rssKb),
        stdout: cell.runs.length > 0 ? cell.runs[0].stdout : null,
        unstable: Boolean(cell.unstable),
      };
    };

    const rows = [];
    for (const threads of threadCounts) {
      const get = (impl) => summarize(cells.find((c) => c.impl === impl && c.threads === threads));
      const results = { pyrallel: get('pyrallel'), 'pyrallel-gil': get('pyrallel-gil'), cpython: get('cpython') };
      const check = {};
      for (const impl of ['pyrallel', 'pyrallel-gil']) {
        const mine = results[impl];
        const ref = results.cpython;
        if (!mine || !mine.ok || !ref || !ref.ok) check[impl] = null;
        else check[impl] = mine.stdout === ref.stdout;
        if (check[impl] === false) {
          mismatches++;
          console.error(
            `\n  !!! MISMATCH: ${workload.name} T=${threads} ${impl} printed\n${tail(mine.stdout)}\n` +
              `  !!! but CPython printed\n${tail(ref.stdout)}\n`,
          );
        }
      }
      const p = results.pyrallel;
      const c = results.cpython;
      rows.push({
        threads,
        results,
        checksumMatch: check,
        ratioKernel: ratio(p && p.kernel, c && c.kernel),
        ratioWall: ratio(p && p.wall, c && c.wall),
        ratioRss: ratio(p && p.rssKb, c && c.rssKb),
        ratioKernelGil: ratio(results['pyrallel-gil'] && results['pyrallel-gil'].kernel, c && c.kernel),
      });
    }

    // Speedup at N threads over 1 thread, on kernel time (throughput for workScales).
    const speedup = {};
    if (threadCounts.length === 2) {
      for (const impl of IMPLS) {
        const t1 = rows[0].results[impl];
        const tN = rows[1].results[impl];
        const s = ratio(t1 && t1.kernel, tN && tN.kernel);
        speedup[impl] = s == null ? null : workload.workScales ? s * N : s;
      }
    }
    report.push({ name: workload.name, workScales: workload.workScales, rows, speedup });
  }

  printTable(report, N, pyrallelNote);

  const json = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    machine: { cpus: os.cpus().length, availableParallelism: os.availableParallelism?.(), model: os.cpus()[0]?.model },
    node: process.version,
    python: pythonVersion,
    threads: N,
    repeat: opts.repeat,
    pyrallel: pyrallelNote ?? 'ran',
    speedupBasis: 'kernel_seconds; throughput (N * t1 / tN) for workloads with workScales',
    workloads: report,
    mismatches,
    cpythonFailures,
    pyrallelFailures,
  };
  const outDir = path.join(benchDir, 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const outFile = path.join(outDir, 'latest.json');
  fs.writeFileSync(outFile, JSON.stringify(json, null, 2) + '\n');
  console.log(`\nwritten: ${path.relative(repoRoot, outFile)}`);

  if (mismatches > 0) console.log(`\n!!! ${mismatches} MISMATCH(ES) between pyrallel and CPython output !!!`);
  if (cpythonFailures > 0) console.log(`\n!!! ${cpythonFailures} CPython run(s) failed: the workload itself is broken !!!`);
  if (pyrallelFailures > 0) console.log(`\n${pyrallelFailures} pyrallel configuration(s) failed (shown as FAIL; stderr tails above)`);
  return mismatches > 0 || cpythonFailures > 0 || (opts.strict && pyrallelFailures > 0) ? 1 : 0;
}

function printTable(report, N, pyrallelNote) {
  const header = [
    'workload', 'T', 'pyrallel k/w s', 'pyr-gil k/w s', 'cpython k/w s',
    'ratio k', 'ratio w', 'gil ratio k', `speedup T=${N} pyr/gil/cpy`, 'RSS MB pyr/cpy', 'RSS ratio', 'check',
  ];
  const lines = [];
  const kw = (r) => (!r ? 'n/a' : r.ok ? `${fmt(r.kernel)}/${fmt(r.wall)}` : `FAIL(exit ${r.exit})`);
  for (const w of report) {
    for (const row of w.rows) {
      const res = row.results;
      let speedup = '';
      if (row.threads !== 1 && Object.keys(w.speedup).length) {
        speedup = IMPLS.map((i) => (w.speedup[i] == null ? 'n/a' : w.speedup[i].toFixed(2))).join('/');
        if (w.workScales) speedup += ' *';
      }
      const checks = ['pyrallel', 'pyrallel-gil']
        .map((i) =>
          res[i] && !res[i].ok ? 'FAIL' : row.checksumMatch[i] == null ? null : row.checksumMatch[i] ? 'ok' : 'MISMATCH',
        )
        .filter(Boolean);
      const unstable = IMPLS.some((i) => res[i] && res[i].unstable);
      lines.push([
        w.name,
        String(row.threads),
        kw(res.pyrallel),
        kw(res['pyrallel-gil']),
        kw(res.cpython),
        fmtRatio(row.ratioKernel),
        fmtRatio(row.ratioWall),
        fmtRatio(row.ratioKernelGil),
        speedup,
        `${fmtMB(res.pyrallel && res.pyrallel.rssKb)}/${fmtMB(res.cpython && res.cpython.rssKb)}`,
        fmtRatio(row.ratioRss),
        (checks.length ? [...new Set(checks)].join(',') : 'n/a') + (unstable ? ' UNSTABLE' : ''),
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const render = (cols) => cols.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log('');
  console.log(render(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(render(l));
  console.log('');
  console.log('k = kernel_seconds printed by the program (no start-up); w = wall time of the whole process;');
  console.log('medians over the runs. ratio = pyrallel / CPython at the same T (lower is better);');
  console.log('gil ratio = pyrallel -X gil=1 / CPython. speedup = kernel time at T=1 / at T=N');
  console.log('(* = total work grows with T, so throughput speedup N*t1/tN). RSS = peak resident set.');
  if (pyrallelNote) console.log(`pyrallel: ${pyrallelNote}`);
}

process.exitCode = await main();
