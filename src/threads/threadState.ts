/**
 * The state of the Python thread running on this worker, and the safepoint protocol.
 *
 * One worker runs one Python thread at a time, so the thread state is a per-worker
 * singleton (`ts`). Its shadow stack lives in the heap; `ts.sp` is this thread's stack
 * pointer (an F index) and is published to its thread block at every safepoint and before
 * blocking, which is when other threads may read it.
 *
 * Stop-the-world protocol (invariant: a collection runs only while every other registered
 * thread is Parked or Blocked, and none of them touches the heap until CTRL_SAFEPOINT is 0):
 *   - a collector wins CTRL_SAFEPOINT 0 -> 2 by compare-exchange, then waits until
 *     CTRL_RUNNING counts only itself;
 *   - a thread that finds CTRL_SAFEPOINT non-zero at a safepoint publishes its sp,
 *     decrements CTRL_RUNNING, and waits until CTRL_SAFEPOINT is 0 again;
 *   - a thread about to block (lock, sleep, join, I/O) publishes its sp and leaves the
 *     running count; on return it re-enters only while no collection is in progress.
 * CTRL_SAFEPOINT = 1 means "a collection is wanted" (set by an allocator); 2 = in progress.
 */
import { I32, F } from '../heap/memory';
import {
  THREAD_BLOCKS, THREAD_BLOCK_BYTES, TB_STATE, TB_SP, TB_STACK_BASE, TB_EXC, TB_ROOT2, TB_FINALIZE,
  CTRL_SAFEPOINT, CTRL_RUNNING, CTRL_THREADS, CTRL_GC_EPOCH, CTRL_GC_STRESS, CTRL_SIGNAL,
  ThreadRun, MAX_THREADS, CTRL_GIL_ENABLED, Layout, META_PERMANENT, CTRL_POLL, TB_HEADS, CTRL_THREAD_HIGH, CTRL_OBJECT_LOCKS,
} from '../heap/layout';
import { collect } from '../heap/collector';
import { resetThreadAllocator, clearGcRequest, gcRequested, allocBytes, setStressBudget, placeThreadHeads } from '../heap/allocator';
import * as fs from 'fs';
import { NULL } from '../heap/memory';

export const STACK_SLOTS = 1 << 20; // 8 MiB of shadow stack per thread
const STACK_SLACK = 256; //           slots above the frames' limit, for natives' roots

export interface ThreadState {
  index: number; //        thread block index
  tb: number; //           byte address of the thread block
  sp: number; //           next free shadow-stack slot (F index)
  stackBase: number;
  stackLimit: number; //   frames must end below this
  depth: number; //        Python call depth
  recursionLimit: number;
  isMain: boolean;
  gcEpoch: number;
  /** Hooks installed by threads/gil.ts when the GIL is on. */
  gilEnabled: boolean;
  /** fp of the frame calling a frame-reading builtin (globals, locals, vars, dir, eval, exec). */
  callerFp: number;
  /** Line of that call (sys._getframe's f_lineno). */
  callerLine: number;
  /**
   * The exception handled outside the generators running now (NULL: none). A generator
   * runs with its own handled exception in the TB_EXC word; this is what it falls back to
   * (CPython's exc_info stack, collapsed to the one value that topHandled can return).
   * Rooted by genResume while it is set.
   */
  excOuter: number;
}

export const ts: ThreadState = {
  index: -1, tb: 0, sp: 0, stackBase: 0, stackLimit: 0, depth: 0, recursionLimit: 1000,
  isMain: false, gcEpoch: 0, gilEnabled: false, callerFp: 0, callerLine: 0, excOuter: NULL,
};

const SP_WORD = CTRL_SAFEPOINT >> 2;
const RUNNING_WORD = CTRL_RUNNING >> 2;
const POLL_WORD = CTRL_POLL >> 2;
/** Other reasons to keep polling (pending signal, GIL drop request), set by their modules. */
let pollReasons: () => boolean = () => I32[CTRL_SIGNAL >> 2] !== 0;
export function setPollReasons(f: () => boolean): void { pollReasons = f; }

/** Register this worker's Python thread: claim a thread block and a shadow stack. */
export function attachThread(isMain: boolean): void {
  let index = -1;
  for (let t = 0; t < MAX_THREADS; t++) {
    const w = (THREAD_BLOCKS + t * THREAD_BLOCK_BYTES + TB_STATE) >> 2;
    const old = I32[w];
    if ((old === ThreadRun.Free || old === ThreadRun.Exited) && Atomics.compareExchange(I32, w, old, ThreadRun.Blocked) === old) {
      index = t;
      break;
    }
  }
  if (index < 0) throw new Error('too many threads');
  // The collector scans thread blocks below CTRL_THREAD_HIGH only: raise it before this
  // thread can be seen running (a CAS loop: the mark only grows).
  for (;;) {
    const high = Atomics.load(I32, CTRL_THREAD_HIGH >> 2);
    if (high > index || Atomics.compareExchange(I32, CTRL_THREAD_HIGH >> 2, high, index + 1) === high) break;
  }
  ts.index = index;
  ts.tb = THREAD_BLOCKS + index * THREAD_BLOCK_BYTES;
  ts.isMain = isMain;
  ts.gilEnabled = I32[CTRL_GIL_ENABLED >> 2] !== 0;
  // A worker started after setStressMode learns it here.
  if (I32[CTRL_GC_STRESS >> 2] !== 0 && !stressMode) { stressMode = true; setStressBudget(true); }
  // Per-object locks are skipped while one Python thread runs (wordLock.ts lockObject): a
  // second one must have turned them on before it could get here.
  if (Atomics.add(I32, CTRL_THREADS >> 2, 1) > 0 && Atomics.load(I32, CTRL_OBJECT_LOCKS >> 2) === 0) {
    throw new Error('internal error: a second Python thread started with per-object locks off (CTRL_OBJECT_LOCKS)');
  }
  placeThreadHeads(ts.tb + TB_HEADS);
  // The stack is allocated while this thread counts as Blocked-but-registered: enter first.
  enterRunning();
  const stackAddr = allocStack();
  ts.stackBase = stackAddr >>> 3;
  ts.sp = ts.stackBase;
  ts.stackLimit = ts.stackBase + STACK_SLOTS - STACK_SLACK;
  ts.depth = 0;
  F[(ts.tb + TB_STACK_BASE) >> 3] = ts.stackBase;
  F[(ts.tb + TB_SP) >> 3] = ts.sp;
  F[(ts.tb + TB_EXC) >> 3] = NULL;
  F[(ts.tb + TB_ROOT2) >> 3] = NULL;
}

/** A thread's stack is a large raw allocation that stays with the thread block. */
function allocStack(): number {
  // Stacks are allocated once per thread block and kept in the second word of the
  // block's state so a later thread reusing the block reuses the memory.
  const w = (ts.tb + TB_ROOT2 + 8) >> 2;
  if (I32[w] !== 0) return I32[w];
  const a = allocBytes(STACK_SLOTS * 8 + 8);
  // A permanent raw object: never freed, never traced (the collector scans it up to sp).
  I32[a >> 2] = 0;
  I32[(a >> 2) + 1] = Layout.Raw | META_PERMANENT;
  I32[w] = a;
  return a + 8;
}

export function detachThread(): void {
  publishSp();
  Atomics.sub(I32, RUNNING_WORD, 1);
  Atomics.notify(I32, RUNNING_WORD);
  Atomics.store(I32, (ts.tb + TB_STATE) >> 2, ThreadRun.Exited);
  Atomics.sub(I32, CTRL_THREADS >> 2, 1);
}

function publishSp(): void {
  F[(ts.tb + TB_SP) >> 3] = ts.sp;
}

/** Enter the running state, waiting out any collection in progress. */
function enterRunning(): void {
  for (;;) {
    Atomics.add(I32, RUNNING_WORD, 1);
    if (Atomics.load(I32, SP_WORD) !== 2) break;
    Atomics.sub(I32, RUNNING_WORD, 1);
    Atomics.notify(I32, RUNNING_WORD);
    Atomics.wait(I32, SP_WORD, 2);
  }
  Atomics.store(I32, (ts.tb + TB_STATE) >> 2, ThreadRun.Running);
  checkEpoch();
}

function checkEpoch(): void {
  const epoch = Atomics.load(I32, CTRL_GC_EPOCH >> 2);
  if (epoch !== ts.gcEpoch) {
    ts.gcEpoch = epoch;
    resetThreadAllocator();
    for (const f of afterCollectionHooks) f();
  }
}

/** Per-worker caches keyed by heap address register here to be cleared after a collection. */
export const afterCollectionHooks: (() => void)[] = [];

/** Leave the running state before blocking; the heap must not be touched until reenter. */
export function beginBlocking(): void {
  // GC stress: while this thread blocks, another one may collect. Collect here (after an
  // allocation) so that a native holding an unrooted reference across a blocking call is
  // caught in a single-threaded program too.
  if (stressMode && Atomics.load(I32, SP_WORD) === 1 && Atomics.compareExchange(I32, SP_WORD, 1, 2) === 1) runCollection();
  publishSp();
  Atomics.store(I32, (ts.tb + TB_STATE) >> 2, ThreadRun.Blocked);
  Atomics.sub(I32, RUNNING_WORD, 1);
  Atomics.notify(I32, RUNNING_WORD);
}
export function endBlocking(): void {
  enterRunning();
}

/** Pending-signal handler (installed by the runtime: raises KeyboardInterrupt). */
export let onSignal: (signum: number) => void = () => {};
export function setSignalHandler(f: (signum: number) => void): void { onSignal = f; }

/**
 * The safepoint: compiled code calls this when the CTRL_POLL word is non-zero (in GC-stress
 * mode, always). Everything this thread needs is in its shadow stack by now.
 *
 * GC stress: the allocation budget is 0, so every allocation (by any thread) posts a
 * collection request (CTRL_SAFEPOINT = 1), and the next safepoint of any thread collects
 * (and so does a thread about to block: beginBlocking).
 * A safepoint reached with no allocation since the last collection does not collect: no
 * object was made since the last proof of liveness, and a normal-mode collection can only
 * ever start after an allocation too, so stress still runs a collection at every point
 * where one can happen outside gc.collect().
 */
export function safepoint(): void {
  if (!stressMode) {
    // Clear the poll request, then look again at every reason to poll (no lost wake-up:
    // a reason set after the clear is seen by the checks below or sets POLL again).
    Atomics.store(I32, POLL_WORD, 0);
    // Generators to close (objects/generatorFinalizer.ts) keep compiled code polling too.
    if (Atomics.load(I32, SP_WORD) !== 0 || pollReasons() || I32[(ts.tb + TB_FINALIZE) >> 2] !== 0) Atomics.store(I32, POLL_WORD, 1);
  }
  const s = Atomics.load(I32, SP_WORD);
  if (s === 0) {
    if (stressMode) stressSkipped++;
    pollSignals();
    return;
  }
  if (gcRequested || stressMode) {
    if (Atomics.compareExchange(I32, SP_WORD, s, 2) === s) {
      runCollection();
      pollSignals();
      return;
    }
  }
  if (Atomics.load(I32, SP_WORD) !== 0) parkForCollection();
  pollSignals();
}

function pollSignals(): void {
  if (ts.isMain) {
    const sig = I32[CTRL_SIGNAL >> 2];
    if (sig !== 0) {
      I32[CTRL_SIGNAL >> 2] = 0;
      onSignal(sig);
    }
  }
}

function parkForCollection(): void {
  publishSp();
  Atomics.store(I32, (ts.tb + TB_STATE) >> 2, ThreadRun.Parked);
  Atomics.sub(I32, RUNNING_WORD, 1);
  Atomics.notify(I32, RUNNING_WORD);
  for (;;) {
    const s = Atomics.load(I32, SP_WORD);
    if (s === 0) break;
    if (s === 1 && (gcRequested || stressMode)) {
      // The requester has not started: we may collect ourselves.
      if (Atomics.compareExchange(I32, SP_WORD, 1, 2) === 1) {
        Atomics.add(I32, RUNNING_WORD, 1);
        runCollection();
        return;
      }
      continue;
    }
    Atomics.wait(I32, SP_WORD, s, 50);
  }
  enterRunning();
}

/** Called with CTRL_SAFEPOINT = 2 held by this thread. */
function runCollection(): void {
  publishSp();
  // Wait until every other thread is parked or blocked.
  for (;;) {
    const running = Atomics.load(I32, RUNNING_WORD);
    if (running <= 1) break;
    Atomics.wait(I32, RUNNING_WORD, running, 50);
  }
  clearGcRequest();
  const stats = collect();
  collections++;
  collectionMs += stats.ms;
  // writeSync: asynchronous writes from a worker are lost if the process exits first.
  if (traceGc) fs.writeSync(2, `gc: live ${(stats.liveBytes / 1024).toFixed(0)} KiB, freed ${(stats.freedBytes / 1024).toFixed(0)} KiB, swept ${stats.sweptPages} of ${stats.pages} pages, ${stats.ms.toFixed(3)} ms\n`);
  Atomics.add(I32, CTRL_GC_EPOCH >> 2, 1);
  Atomics.store(I32, SP_WORD, 0);
  Atomics.notify(I32, SP_WORD);
  checkEpoch();
}

export let stressMode = false;
const traceGc = process.env.PYRALLEL_TRACE_GC === '1';
// This worker's collection statistics (PYRALLEL_TRACE_GC=1 prints them at exit).
let collections = 0, collectionMs = 0, stressSkipped = 0;
export function setStressMode(on: boolean): void {
  stressMode = on;
  setStressBudget(on);
  I32[CTRL_GC_STRESS >> 2] = on ? 1 : 0;
  if (on) Atomics.store(I32, POLL_WORD, 1);
}
/** Under PYRALLEL_TRACE_GC=1, one summary line for this worker's collections. */
export function traceGcSummary(): void {
  if (!traceGc) return;
  const stress = stressMode ? `, ${stressSkipped} stress safepoints without allocation skipped` : '';
  fs.writeSync(2, `gc: ${collections} collections in ${collectionMs.toFixed(1)} ms${stress}\n`);
}

/** Force a collection now (gc.collect()). */
export function collectNow(): void {
  for (;;) {
    if (Atomics.compareExchange(I32, SP_WORD, 0, 2) === 0 || Atomics.compareExchange(I32, SP_WORD, 1, 2) === 1) {
      runCollection();
      return;
    }
    parkForCollection();
  }
}

/**
 * Temporary roots for natives: a reference a native holds in a JS variable across a call
 * that may run Python code (and so reach a safepoint) must sit in a shadow-stack slot.
 * Usage: const mark = rootMark(); pushRoot(v); try { ... } finally { rootRelease(mark); }
 */
/**
 * The exception being handled, as sys.exception(), implicit chaining and a bare `raise` see
 * it: the running frame's own, else the one a generator's caller was handling.
 */
export function topHandled(): number { const v = F[(ts.tb + TB_EXC) >> 3]; return v !== NULL ? v : ts.excOuter; }

export function rootMark(): number { return ts.sp; }
export function pushRoot(v: number): number {
  const slot = ts.sp++;
  // Frames stop at stackLimit; the slack above it is for natives' roots. A native that
  // pushes one root per item of an iterable would run off the end of the stack into
  // other objects: fail loudly instead (such a native must root a heap container).
  if (slot >= ts.stackLimit + STACK_SLACK) throw new Error('shadow stack overflow (a native pushes too many roots)');
  F[slot] = v;
  return slot;
}
export function rootRelease(mark: number): void { ts.sp = mark; }
