#!/usr/bin/env node
// Differential test runner: every tests/python/**/test_*.py (and tests/threads/**/test_*.py)
// is run under python3 and under pyrallel; stdout and exit status must be equal
// (and stderr too when the test says `# compare: stderr` in its first lines).
//
// Usage: node tests/run.mjs [options] [filter]
//   filter              substring of the test path (relative to tests/python) to select tests
//   --jobs N, -j N      programs run concurrently (default: number of CPUs)
//   --gc-stress         run pyrallel with PYRALLEL_GC_STRESS=1 (collect at every safepoint)
//   --gil               run pyrallel with -X gil=1
//   --verbose, -v       full diffs instead of the first differing lines
//   --update-xfail      rewrite tests/python/xfail.txt to exactly the failing tests
//                       (only allowed without a filter, so the list stays complete)
//   --impl CMD          command used instead of `node bin/pyrallel.js` (split on spaces);
//                       `--impl python3` checks the corpus against CPython itself
//   --python CMD        reference interpreter (default: python3)
//   --list              print the selected tests and exit
//   --slowest N         at the end, list the N slowest pyrallel runs with their times
//
// Per-test files and headers (headers are read from the first 10 lines):
//   test_x.py.stdin (or test_x.stdin)  stdin for both runs (else empty)
//   test_x.py.out   (or test_x.out)    expected stdout, used instead of python3's (behaviour
//                                      of CPython 3.12+ that 3.11 lacks); python3 is not run.
//                                      The expected exit status is then `# exit: N` (default 0).
//   # compare: stderr   compare stderr too, after replacing the test directory's absolute
//                       path with `.` in both outputs
//   # timeout: N        seconds per program (default 60)
//   # exit: N          expected exit status for tests with a .out file
//
// tests/python/xfail.txt lists tests (paths relative to tests/python, `#` comments) known to
// fail today. A failing xfail test is reported as xfail; a passing one is an XPASS and fails
// the run. Exit status 0 iff no unexpected failure and no xpass.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TESTS_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(TESTS_DIR);
const PY_DIR = path.join(TESTS_DIR, 'python');
const THREADS_DIR = path.join(TESTS_DIR, 'threads');
const XFAIL_FILE = path.join(PY_DIR, 'xfail.txt');
const timeoutArg = process.argv.indexOf('--timeout');
const DEFAULT_TIMEOUT_S = timeoutArg > 0 ? Number(process.argv[timeoutArg + 1]) : 60;
const MAX_OUTPUT = 64 * 1024 * 1024;
const SHORT_DIFF_LINES = 6;
const TRIM_COLUMNS = 160;

// ---------------------------------------------------------------- options

function usage(message) {
  if (message) console.error(`run.mjs: ${message}`);
  console.error('usage: node tests/run.mjs [--jobs N] [--gc-stress] [--gil] [--verbose] ' +
    '[--update-xfail] [--impl CMD] [--python CMD] [--list] [--slowest N] [filter]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = {
    jobs: (os.availableParallelism ? os.availableParallelism() : os.cpus().length) || 1,
    gcStress: false, gil: false, verbose: false, updateXfail: false, list: false,
    impl: null, python: ['python3'], filter: null, slowest: 0,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--jobs' || arg === '-j') {
      opts.jobs = Number(value());
      if (!Number.isInteger(opts.jobs) || opts.jobs < 1) usage('--jobs needs a positive integer');
    } else if (arg.startsWith('--jobs=')) {
      opts.jobs = Number(arg.slice(7));
      if (!Number.isInteger(opts.jobs) || opts.jobs < 1) usage('--jobs needs a positive integer');
    } else if (arg === '--gc-stress') opts.gcStress = true;
    else if (arg === '--gil') opts.gil = true;
    else if (arg === '--verbose' || arg === '-v') opts.verbose = true;
    else if (arg === '--update-xfail') opts.updateXfail = true;
    else if (arg === '--list') opts.list = true;
    else if (arg === '--slowest') {
      opts.slowest = Number(value());
      if (!Number.isInteger(opts.slowest) || opts.slowest < 0) usage('--slowest needs a count');
    }
    else if (arg === '--timeout') value(); // read above: default seconds per program
    else if (arg === '--impl') opts.impl = value().split(' ').filter(Boolean);
    else if (arg === '--python') opts.python = value().split(' ').filter(Boolean);
    else if (arg === '--help' || arg === '-h') usage();
    else if (arg.startsWith('-')) usage(`unknown option ${arg}`);
    else if (opts.filter === null) opts.filter = arg;
    else usage('only one filter allowed');
  }
  if (opts.updateXfail && opts.filter !== null) usage('--update-xfail cannot be combined with a filter');
  return opts;
}

// ---------------------------------------------------------------- discovery

function findTests(dir) {
  const found = [];
  if (!fs.existsSync(dir)) return found;
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      if (entry.name === '__pycache__' || entry.name.startsWith('.')) continue;
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && /^test_.*\.py$/.test(entry.name)) found.push(full);
    }
  };
  walk(dir);
  return found;
}

// Name of a test: its path relative to tests/python, with forward slashes.
function testName(file) {
  return path.relative(PY_DIR, file).split(path.sep).join('/');
}

function readHeaders(file) {
  const head = fs.readFileSync(file, 'latin1').split('\n').slice(0, 10);
  const headers = { compareStderr: false, timeout: DEFAULT_TIMEOUT_S, exit: 0 };
  for (const line of head) {
    let m;
    if (/^#\s*compare:\s*stderr\b/.test(line)) headers.compareStderr = true;
    else if ((m = /^#\s*timeout:\s*(\d+(?:\.\d+)?)/.exec(line))) headers.timeout = Number(m[1]);
    else if ((m = /^#\s*exit:\s*(-?\d+)/.exec(line))) headers.exit = Number(m[1]);
  }
  return headers;
}

function sidecar(file, ext) {
  for (const candidate of [file + ext, file.replace(/\.py$/, ext)]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

function readXfail() {
  const set = new Set();
  if (!fs.existsSync(XFAIL_FILE)) return set;
  for (const raw of fs.readFileSync(XFAIL_FILE, 'utf8').split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (line) set.add(line);
  }
  return set;
}

// ---------------------------------------------------------------- running

function runProgram(argv, { cwd, env, stdin, timeoutS }) {
  return new Promise((resolve) => {
    const started = Date.now();
    let child;
    try {
      child = spawn(argv[0], argv.slice(1), {
        cwd, env, stdio: ['pipe', 'pipe', 'pipe'], detached: process.platform !== 'win32',
      });
    } catch (err) {
      resolve({ status: null, signal: null, stdout: '', stderr: '', timedOut: false,
        spawnError: String(err), ms: 0 });
      return;
    }
    const out = [], err = [];
    let outLen = 0, errLen = 0, timedOut = false, spawnError = null, settled = false;
    const killTree = () => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { try { child.kill('SIGKILL'); } catch { /* gone */ } }
    };
    const timer = setTimeout(() => { timedOut = true; killTree(); }, timeoutS * 1000);
    child.stdout.on('data', (chunk) => {
      outLen += chunk.length;
      if (outLen <= MAX_OUTPUT) out.push(chunk); else killTree();
    });
    child.stderr.on('data', (chunk) => {
      errLen += chunk.length;
      if (errLen <= MAX_OUTPUT) err.push(chunk); else killTree();
    });
    child.stdin.on('error', () => { /* program exited without reading its stdin */ });
    child.on('error', (e) => { spawnError = String(e); });
    child.on('close', (status, signal) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({
        status, signal, timedOut, spawnError, ms: Date.now() - started,
        stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'),
      });
    });
    child.stdin.end(stdin);
  });
}

function describeStatus(r) {
  if (r.spawnError) return `could not start (${r.spawnError})`;
  if (r.timedOut) return 'timed out';
  if (r.signal) return `killed by ${r.signal}`;
  return `exit ${r.status}`;
}

// ---------------------------------------------------------------- diffs

// Control characters are made visible; everything else is shown as is.
function visible(line) {
  return line.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/\t/g, '\\t');
}

function trimLine(line, verbose) {
  const shown = visible(line);
  if (verbose || shown.length <= TRIM_COLUMNS) return shown;
  return shown.slice(0, TRIM_COLUMNS) + '...';
}

// A unified-style diff of the region between the common prefix and the common suffix.
function diff(label, expected, actual, verbose) {
  const a = expected.split('\n'), b = actual.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length, endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const limit = verbose ? Infinity : SHORT_DIFF_LINES;
  const lines = [`    --- ${label} (expected)  +++ ${label} (pyrallel)  @@ line ${start + 1} @@`];
  const ctx = verbose ? 3 : 1;
  for (let i = Math.max(0, start - ctx); i < start; i++) lines.push(`       ${trimLine(a[i], verbose)}`);
  const removed = a.slice(start, endA), added = b.slice(start, endB);
  removed.slice(0, limit).forEach((l) => lines.push(`     - ${trimLine(l, verbose)}`));
  if (removed.length > limit) lines.push(`     - ... ${removed.length - limit} more lines`);
  added.slice(0, limit).forEach((l) => lines.push(`     + ${trimLine(l, verbose)}`));
  if (added.length > limit) lines.push(`     + ... ${added.length - limit} more lines`);
  if (verbose) for (let i = endA; i < Math.min(a.length, endA + ctx); i++) lines.push(`       ${trimLine(a[i], verbose)}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------- one test

const HOST_STACK_TRACE = /^\s+at .*(?:\.[cm]?js|node:internal\/[\w/]+):\d+:\d+\)?\s*$/m;

async function runTest(file, opts) {
  const dir = path.dirname(file);
  const headers = readHeaders(file);
  const stdinFile = sidecar(file, '.stdin');
  const outFile = sidecar(file, '.out');
  const stdin = stdinFile ? fs.readFileSync(stdinFile) : Buffer.alloc(0);
  const baseEnv = { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1',
    PYTHONIOENCODING: 'utf-8', PYTHONUTF8: '1' };
  delete baseEnv.PYTHONSTARTUP;
  delete baseEnv.PYTHONPATH;
  const runOpts = { cwd: dir, stdin, timeoutS: headers.timeout };

  const implArgv = opts.impl ? [...opts.impl] : [process.execPath, path.join(ROOT, 'bin', 'pyrallel.js')];
  if (opts.gil) implArgv.push('-X', 'gil=1');
  implArgv.push(file);
  const implEnv = { ...baseEnv };
  if (opts.gcStress) implEnv.PYRALLEL_GC_STRESS = '1';

  // Sequentially, not concurrently: both runs share the test's directory, and tests may
  // create (and delete) scratch files there.
  const ref = outFile ? null : await runProgram([...opts.python, file], { ...runOpts, env: baseEnv });
  const got = await runProgram(implArgv, { ...runOpts, env: implEnv });

  const problems = [];
  let expected;
  if (outFile) {
    expected = { stdout: fs.readFileSync(outFile, 'utf8'), status: headers.exit, stderr: null };
  } else {
    if (ref.spawnError || ref.timedOut || ref.signal) {
      return { broken: true, problems: [`python3 ${describeStatus(ref)}: the test itself is wrong`] };
    }
    expected = { stdout: ref.stdout, status: ref.status, stderr: ref.stderr };
  }
  if (got.spawnError || got.timedOut || got.signal) {
    problems.push(`pyrallel ${describeStatus(got)} (expected exit ${expected.status})`);
  } else if (got.status !== expected.status) {
    problems.push(`exit status: expected ${expected.status}, got ${got.status}`);
  }
  if (got.stdout !== expected.stdout) problems.push(diff('stdout', expected.stdout, got.stdout, opts.verbose));
  if (headers.compareStderr && expected.stderr !== null) {
    const norm = (s) => s.split(dir + path.sep).join('.' + path.sep).split(dir).join('.');
    const e = norm(expected.stderr), g = norm(got.stderr);
    if (e !== g) problems.push(diff('stderr', e, g, opts.verbose));
  }
  if (HOST_STACK_TRACE.test(got.stderr) && !(expected.stderr && HOST_STACK_TRACE.test(expected.stderr))) {
    const firstLines = got.stderr.split('\n').slice(0, opts.verbose ? 40 : 4).map((l) => `     ! ${trimLine(l, opts.verbose)}`);
    problems.push(['    host JavaScript stack trace on stderr:', ...firstLines].join('\n'));
  }
  // When pyrallel failed and stderr is not compared anyway, show the end of its stderr
  // (usually the Python traceback): the last 3 lines, or 30 under --verbose.
  if (problems.length && !headers.compareStderr && got.stderr.trim() && !HOST_STACK_TRACE.test(got.stderr)) {
    const errLines = got.stderr.replace(/\n+$/, '').split('\n');
    const tail = errLines.slice(-(opts.verbose ? 30 : 3)).map((l) => `     ! ${trimLine(l, opts.verbose)}`);
    problems.push(['    pyrallel stderr (end):', ...tail].join('\n'));
  }
  return { broken: false, problems, ms: got.ms };
}

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  let tests = [...findTests(PY_DIR), ...findTests(THREADS_DIR)]
    .map((file) => ({ file, name: testName(file) }))
    .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  if (opts.filter !== null) tests = tests.filter((t) => t.name.includes(opts.filter));
  if (tests.length === 0) {
    console.error(`run.mjs: no tests match ${JSON.stringify(opts.filter)}`);
    return 2;
  }
  if (opts.list) {
    for (const t of tests) console.log(t.name);
    return 0;
  }
  if (!opts.impl && !fs.existsSync(path.join(ROOT, 'bin', 'pyrallel.js'))) {
    console.error('run.mjs: bin/pyrallel.js not found');
    return 2;
  }
  const xfail = readXfail();
  const counts = { passed: 0, failed: 0, xfail: 0, xpass: 0 };
  const failing = [];
  const times = [];
  let next = 0;
  const worker = async () => {
    while (next < tests.length) {
      const t = tests[next++];
      const r = await runTest(t.file, opts);
      if (r.ms !== undefined) times.push({ name: t.name, ms: r.ms });
      const expectedFail = xfail.has(t.name);
      if (r.broken) {
        counts.failed++;
        console.log(`BROKEN ${t.name}: ${r.problems.join('; ')}`);
      } else if (r.problems.length === 0) {
        if (expectedFail) {
          counts.xpass++;
          console.log(`XPASS  ${t.name} (remove it from tests/python/xfail.txt)`);
        } else counts.passed++;
      } else {
        failing.push(t.name);
        const [first, ...rest] = r.problems;
        const headline = first.includes('\n') ? '' : `: ${first}`;
        const details = first.includes('\n') ? [first, ...rest] : rest;
        if (expectedFail) {
          counts.xfail++;
          if (opts.verbose) console.log(`xfail  ${t.name}${headline}${details.length ? '\n' + details.join('\n') : ''}`);
        } else {
          counts.failed++;
          console.log(`FAIL   ${t.name}${headline}${details.length ? '\n' + details.join('\n') : ''}`);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.jobs, tests.length || 1) }, worker));

  if (opts.updateXfail) {
    failing.sort();
    const header = '# Tests known to fail today, relative to tests/python (rewritten by --update-xfail).\n';
    fs.writeFileSync(XFAIL_FILE, header + failing.map((n) => n + '\n').join(''));
    console.log(`wrote ${failing.length} entries to tests/python/xfail.txt`);
  }
  if (opts.slowest > 0) {
    times.sort((x, y) => y.ms - x.ms);
    console.log(`slowest ${Math.min(opts.slowest, times.length)} pyrallel runs:`);
    for (const t of times.slice(0, opts.slowest)) console.log(`  ${(t.ms / 1000).toFixed(1).padStart(7)} s  ${t.name}`);
  }
  const flags = [opts.gil && 'gil', opts.gcStress && 'gc-stress'].filter(Boolean);
  console.log(`passed ${counts.passed}, failed ${counts.failed}, xfail ${counts.xfail}, xpass ${counts.xpass}` +
    (flags.length ? ` (${flags.join(', ')})` : ''));
  if (opts.updateXfail) return 0;
  return counts.failed === 0 && counts.xpass === 0 ? 0 : 1;
}

main().then((code) => { process.exitCode = code; }, (err) => { console.error(err); process.exitCode = 2; });
