/**
 * The `pyrallel` command: parses a python-compatible command line, reserves the shared
 * heap and runs the main Python thread in a worker (so that this thread stays free to turn
 * Ctrl-C into KeyboardInterrupt).
 */
import { Worker } from 'worker_threads';
import * as v8 from 'v8';
import * as fs from 'fs';
import * as pathLib from 'path';
import { createHeap, I32, U8 } from './heap/memory';
import { CTRL_GIL_ENABLED, CTRL_SIGNAL, CTRL_POLL, CTRL_STDIN_STATE, CTRL_STDIN_LEN, CTRL_STDIN_BUF, CTRL_STDIN_BUF_BYTES } from './heap/layout';

/**
 * PYRALLEL_V8_FLAGS: V8 flags for experiments with tier-up and inlining (docs/design.md,
 * "V8 flags": none measured better than the defaults). Process-wide, so set here before
 * any worker starts.
 */
const V8_FLAGS = process.env.PYRALLEL_V8_FLAGS ?? '';
if (V8_FLAGS.trim() !== '') v8.setFlagsFromString(V8_FLAGS);

/** Atomics.waitAsync (Node >= 16; not in this TypeScript lib's typings). */
interface AtomicsWaitAsync {
  waitAsync(a: Int32Array, index: number, value: number): { async: boolean; value: Promise<string> | string };
}

/** Status the main worker reports for an uncaught KeyboardInterrupt (runtime/main.ts). */
const EXIT_BY_SIGINT = -2;

/**
 * Read stdin for the Python threads (runtime/stdio.ts readStdinChunk): when a chunk is
 * requested, read it asynchronously, put it in the control block and wake the reader. This
 * thread's event loop stays free for Ctrl-C meanwhile.
 */
function serveStdin(): void {
  const STATE = CTRL_STDIN_STATE >> 2;
  const buf = Buffer.alloc(CTRL_STDIN_BUF_BYTES);
  const next = (): void => {
    const s = Atomics.load(I32, STATE);
    if (s !== 1) {
      const w = (Atomics as unknown as AtomicsWaitAsync).waitAsync(I32, STATE, s);
      if (w.async) void (w.value as Promise<string>).then(next); else next();
      return;
    }
    fs.read(0, buf, 0, buf.length, null, (err, n) => {
      if (err) {
        if (err.code === 'EAGAIN') { setTimeout(next, 5); return; }
        n = err.code === 'EOF' ? 0 : -Math.abs(err.errno ?? 5);
      }
      if (n > 0) U8.set(buf.subarray(0, n), CTRL_STDIN_BUF);
      I32[CTRL_STDIN_LEN >> 2] = n;
      Atomics.store(I32, STATE, 2);
      Atomics.notify(I32, STATE);
      next();
    });
  };
  next();
}
import { VERSION } from './version';

const USAGE = `usage: pyrallel [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list)
-X opt : set implementation-specific option (gil=0|1)
-V     : print the Python version number and exit (also --version)
-h     : print this help message and exit (also --help)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
Environment: PYTHONPATH, PYTHON_GIL=0|1, PYRALLEL_GC_STRESS=1, PYRALLEL_HEAP_MB
`;

interface Parsed { mode: 'file' | 'command' | 'module' | 'stdin'; target: string; argv: string[]; gil: boolean }

function parseArgs(args: string[]): Parsed {
  let gil = process.env.PYTHON_GIL === '1';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--version' || a === '-V') { process.stdout.write(`Python ${VERSION}\n`); process.exit(0); }
    if (a === '-h' || a === '--help') { process.stdout.write(USAGE); process.exit(0); }
    if (a === '-c') {
      if (i + 1 >= args.length) { process.stderr.write('Argument expected for the -c option\n'); process.exit(2); }
      return { mode: 'command', target: args[i + 1], argv: ['-c', ...args.slice(i + 2)], gil };
    }
    if (a === '-m') {
      if (i + 1 >= args.length) { process.stderr.write('Argument expected for the -m option\n'); process.exit(2); }
      return { mode: 'module', target: args[i + 1], argv: [args[i + 1], ...args.slice(i + 2)], gil };
    }
    if (a === '-X') {
      const opt = args[++i] ?? '';
      if (opt === 'gil=1') gil = true;
      else if (opt === 'gil=0') gil = false;
      else if (opt.startsWith('gil=')) { process.stderr.write('Fatal Python error: config_read_gil: PYTHON_GIL / -X gil must be "0" or "1"\n'); process.exit(1); }
      continue;
    }
    if (a.startsWith('-X')) { const opt = a.slice(2); if (opt === 'gil=1') gil = true; else if (opt === 'gil=0') gil = false; continue; }
    if (a === '-') return { mode: 'stdin', target: '-', argv: ['-', ...args.slice(i + 1)], gil };
    if (a === '--dump-js') { process.env.PYRALLEL_DUMP_JS = '1'; continue; }
    if (a === '-u' || a === '-B' || a === '-E' || a === '-s' || a === '-S' || a === '-I' || a === '-O' || a === '-OO' || a === '-q') continue;
    if (a.startsWith('-') && a.length > 1) { process.stderr.write(`Unknown option: ${a}\n${USAGE.split('\n')[0]}\nTry \`python -h' for more information.\n`); process.exit(2); }
    return { mode: 'file', target: a, argv: args.slice(i), gil };
  }
  return { mode: 'stdin', target: '-', argv: [''], gil };
}

function main(): void {
  const parsed = parseArgs(process.argv.slice(2));
  const heapMb = Number(process.env.PYRALLEL_HEAP_MB ?? 4096);
  const sab = createHeap(Math.min(heapMb, 4095) * 1024 * 1024);
  I32[CTRL_GIL_ENABLED >> 2] = parsed.gil ? 1 : 0;
  const worker = new Worker(pathLib.join(__dirname, 'worker.js'), {
    workerData: {
      role: 'main', sab,
      options: { mode: parsed.mode, target: parsed.target, argv: parsed.argv, gcStress: process.env.PYRALLEL_GC_STRESS === '1' },
    },
    resourceLimits: { stackSizeMb: 256, maxOldGenerationSizeMb: 8192 },
    stdin: false, stdout: false, stderr: false,
  });
  let exitCode = 1;
  worker.on('message', (m: { exit?: number }) => { if (m.exit !== undefined) exitCode = m.exit; });
  worker.on('error', (e) => {
    process.stderr.write(`pyrallel: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    exitCode = 1;
  });
  worker.on('exit', () => {
    if (exitCode === EXIT_BY_SIGINT) {
      // Die by the signal itself, as CPython does after an uncaught KeyboardInterrupt.
      process.removeAllListeners('SIGINT');
      process.kill(process.pid, 'SIGINT');
      setTimeout(() => process.exit(130), 1000);
      return;
    }
    process.exit(exitCode);
  });
  process.on('SIGINT', () => {
    Atomics.store(I32, CTRL_SIGNAL >> 2, 2);
    Atomics.store(I32, CTRL_POLL >> 2, 1);
    Atomics.notify(I32, CTRL_STDIN_STATE >> 2); // wakes a thread waiting for stdin
  });
  serveStdin();
}

main();
