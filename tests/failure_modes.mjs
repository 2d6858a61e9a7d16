#!/usr/bin/env node
// Failure modes that the differential runner cannot set up (tests/failure/*.py):
//   sigint_*.py   Ctrl-C: the program prints "ready", then gets SIGINT; stdout, stderr (paths
//                 made equal) and how the process ended (exit status or signal) must be
//                 CPython's: a KeyboardInterrupt traceback and death by SIGINT when uncaught.
//   memory_*.py   run with PYRALLEL_HEAP_MB=64: exhausting the heap is a MemoryError (an
//                 uncaught one prints its traceback and exits 1), never a crash. The expected
//                 stdout is in memory_*.py.out.
//   unawaited_*.py  "coroutine ... was never awaited" warnings, which CPython prints when the
//                 coroutine dies and we print at a collection or at exit: stdout and status
//                 must be CPython's, stderr must be the lines of unawaited_*.py.err, each
//                 once, in any order; run normally and under PYRALLEL_GC_STRESS=1.
// Usage: node tests/failure_modes.mjs [filter]   (after npm run build)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TESTS = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(TESTS);
const DIR = path.join(TESTS, 'failure');
const PYRALLEL = [process.execPath, path.join(ROOT, 'bin', 'pyrallel.js')];
const filter = process.argv[2] ?? '';

function run(cmd, file, { env = {}, sigint = false, timeoutMs = 60000 } = {}) {
  return new Promise((resolve) => {
    const p = spawn(cmd[0], [...cmd.slice(1), file], { cwd: DIR, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '', err = '', sent = false;
    p.stdout.on('data', (d) => {
      out += d;
      if (sigint && !sent && out.includes('ready')) { sent = true; setTimeout(() => p.kill('SIGINT'), 400); }
    });
    p.stderr.on('data', (d) => { err += d; });
    const timer = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
    p.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out, err: err.split(DIR + path.sep).join('') });
    });
  });
}

const show = (r) => `status ${r.code} signal ${r.signal}\n--- stdout\n${r.out}--- stderr\n${r.err}`;
let failed = 0, passed = 0;
for (const name of fs.readdirSync(DIR).filter((f) => f.endsWith('.py') && f.includes(filter)).sort()) {
  const file = path.join(DIR, name);
  let problem = null;
  if (name.startsWith('sigint_')) {
    const [want, got] = await Promise.all([run(['python3'], file, { sigint: true }), run(PYRALLEL, file, { sigint: true })]);
    if (want.code !== got.code || want.signal !== got.signal || want.out !== got.out || want.err !== got.err) {
      problem = `expected (python3):\n${show(want)}\ngot (pyrallel):\n${show(got)}`;
    }
  } else if (name.startsWith('memory_')) {
    const got = await run(PYRALLEL, file, { env: { PYRALLEL_HEAP_MB: '64' } });
    const outFile = file + '.out';
    const wantOut = fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8') : '';
    const uncaught = !fs.existsSync(outFile);
    if (got.out !== wantOut) problem = `stdout differs:\n${show(got)}`;
    else if (uncaught && (got.code !== 1 || !/\nMemoryError\n$/.test(got.err))) problem = `expected an uncaught MemoryError and status 1:\n${show(got)}`;
    else if (!uncaught && (got.code !== 0 || got.err !== '')) problem = `expected status 0 and no stderr:\n${show(got)}`;
  } else if (name.startsWith('unawaited_')) {
    const lines = (s) => s.split('\n').filter((l) => l !== '').sort().join('\n');
    const wantErr = lines(fs.readFileSync(file + '.err', 'utf8'));
    const [want, got, stressed] = await Promise.all([run(['python3'], file), run(PYRALLEL, file), run(PYRALLEL, file, { env: { PYRALLEL_GC_STRESS: '1' } })]);
    for (const [mode, r] of [['', got], [' (GC stress)', stressed]]) {
      if (problem) break;
      if (r.code !== want.code || r.out !== want.out) problem = `stdout or status differ${mode}: expected (python3):\n${show(want)}\ngot (pyrallel):\n${show(r)}`;
      else if (lines(r.err) !== wantErr) problem = `stderr lines differ${mode}: expected\n${wantErr}\ngot (pyrallel):\n${show(r)}`;
    }
  }
  if (problem) { failed++; console.log(`FAIL  failure/${name}\n${problem.replace(/^/gm, '    ')}`); }
  else { passed++; console.log(`ok    failure/${name}`); }
}
console.log(`passed ${passed}, failed ${failed}`);
process.exit(failed ? 1 : 0);
