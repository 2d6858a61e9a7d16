/**
 * The collector: non-moving mark-sweep over the whole heap, run by one thread while every
 * other thread is stopped (parked at a safepoint, or blocked outside the heap).
 *
 * Invariants (docs/design.md, "Memory"):
 *   - Roots are: the root table, every registered thread's shadow stack between its base and
 *     its published stack pointer, and the value words of each thread block. A JS variable is
 *     never a root: compiled code and natives keep any reference they need across a
 *     safepoint in a shadow-stack slot.
 *   - Mark bits are written only here, while mutators are stopped. Collections alternate
 *     between two mark bits (CTRL_MARK_PARITY): an object is marked by this collection iff
 *     it carries this collection's bit; marking one clears the other bit, so a bit left
 *     behind by the previous collection is never mistaken for a current mark.
 *   - Memory is reused only after a collection proves it unreachable; since that proof is
 *     taken with every thread stopped outside any read, no thread can be reading it
 *     (this is our quiescent state: the role QSBR plays in CPython's free-threaded build).
 *   - A small page is swept only if it may have changed since its last sweep: a thread took
 *     its free list (PE_DIRTY), or fewer of its cells were marked than its last sweep left
 *     live (something died). Otherwise its cells, free list and live count are exactly as
 *     that sweep left them, and skipping it changes nothing. A sweep stops at the page's
 *     free tail (PE_TAIL; layout.ts), which no thread has allocated from.
 */
import { I32, F, REF_BASE } from './memory';
import {
  META_MARK, META_MARK2, META_MARKS, META_PERMANENT, META_LAYOUT_MASK, ROOT_TABLE, ROOT_COUNT,
  THREAD_BLOCKS, THREAD_BLOCK_BYTES, TB_STATE, TB_SP, TB_STACK_BASE, TB_EXC, TB_ROOT2, MAX_THREADS,
  ThreadRun, PAGE_BYTES, PAGE_SHIFT, CTRL_BYTES, CTRL_PAGE_TOP, PE_CLASS, PE_FREE, PE_LIVE, PE_RUN,
  PE_MARKED, PE_SWEPT_LIVE, PE_DIRTY, PE_TAIL, TB_HEADS, PAGE_TABLE, PAGE_ENTRY_BYTES, SIZE_CLASS_LARGE, CTRL_GC_COUNT,
  CTRL_HEAP_LIVE, CTRL_SEALED_TOP, CTRL_SEALED_ROOTS, CTRL_MARK_PARITY, CTRL_ROOT_HIGH, CTRL_THREAD_HIGH, Layout,
} from './layout';
import { CLASS_SIZES, CTRL_AVAIL, pageEntry, setAllocationBudget, allocBytes, resetThreadAllocator } from './allocator';

/**
 * A tracer calls `visit` on every value word of the object at byte address `a`.
 * Registered by each object file for its layout.
 */
export type Tracer = (a: number, visit: (v: number) => void) => void;
const tracers: (Tracer | undefined)[] = [];
export function registerTracer(layout: Layout, tracer: Tracer): void {
  tracers[layout] = tracer;
}
/** Visit `count` value words starting at word index w64 (F index). */
export function visitRange(fIndex: number, count: number, visit: (v: number) => void): void {
  for (let i = 0; i < count; i++) visit(F[fIndex + i]);
}

/**
 * How a sealed (permanent) mutable object of a layout is traced at each collection, when
 * its layout needs more than "trace it every time" (traceSealedRoots):
 *   - ownedLayout / owned: a table only this object refers to (a dict's keys, a list's
 *     array), replaced by a new one when it grows and never written again once replaced.
 *     Tables are not sealed roots (a replaced one is garbage): a sealed owner whose table is
 *     the sealed one traces it itself.
 *   - version: a word that changes at every write of a reference into the object or its
 *     table, except the words `unversioned` visits. A sealed object whose version is still
 *     the one stamped at sealing refers only to permanent objects: it is not traced.
 *     `restamp`: the object's versions never repeat (they only grow), so a changed object
 *     found to refer to permanent objects only may be stamped again with its version.
 *     null: no version, traced at every collection.
 */
export interface SealedTracing {
  ownedLayout: Layout | null;
  owned: (a: number) => number; //              byte address of the owned table, 0 if none
  version: ((a: number) => number) | null;
  restamp: boolean;
  unversioned: (a: number, visit: (v: number) => void) => void;
}
const sealedTracings: (SealedTracing | undefined)[] = [];
export function registerSealedTracing(layout: Layout, t: SealedTracing): void {
  sealedTracings[layout] = t;
}

/** Byte address of the end of the sealed region (0 before sealing): objects below it are permanent. */
export function sealedLimit(): number { return I32[CTRL_SEALED_TOP >> 2] * PAGE_BYTES; }

const PAGE_MARKED_BASE = (PAGE_TABLE >> 2) + PE_MARKED;
const PAGE_ENTRY_WORDS = PAGE_ENTRY_BYTES >> 2;

const markStack: number[] = [];
/** This collection's mark bit (META_MARK or META_MARK2). */
let markBit = META_MARK;
/** Byte address of the end of the sealed region: everything below is permanent. */
let sealedEnd = 0;
function mark(v: number): void {
  // Only references pass (ints, immediate floats and NULL = REF_BASE are below or equal).
  if (!(v > REF_BASE)) return;
  const a = v - REF_BASE;
  // Sealed objects (every object's type, mostly) without touching their headers.
  if (a < sealedEnd) return;
  const m = (a >>> 2) + 1;
  const meta = I32[m];
  // Marked already, or permanent (sealed at start-up: never freed; the mutable ones among
  // them are traced from the sealed-roots array instead).
  if (meta & (markBit | META_PERMANENT)) return;
  I32[m] = (meta & ~META_MARKS) | markBit;
  I32[PAGE_MARKED_BASE + (a >>> PAGE_SHIFT) * PAGE_ENTRY_WORDS]++;
  // The object's type is an object too: traced when popped.
  markStack.push(a);
}

/**
 * Hooks run after marking and before sweeping, while every object is still readable, for
 * lists that must not keep their members alive (weak lists): they unlink (and may read) the
 * members that die. `isLive(a)` tells whether the object at byte address `a` survives.
 */
const beforeSweepHooks: ((isLive: (a: number) => boolean) => void)[] = [];
export function registerBeforeSweep(hook: (isLive: (a: number) => boolean) => void): void { beforeSweepHooks.push(hook); }
/**
 * A hook that may keep dead objects alive (finalization: objects.generatorFinalizer) runs
 * before the weak-list hooks, with `keep(a)` marking the object at byte address `a` and all
 * it reaches, so that the hooks after it see them live.
 */
let resurrectHook: ((isLive: (a: number) => boolean, keep: (a: number) => void) => void) | null = null;
export function registerResurrectHook(hook: (isLive: (a: number) => boolean, keep: (a: number) => void) => void): void { resurrectHook = hook; }
function keepAlive(a: number): void {
  mark(a + REF_BASE);
  drainMarkStack();
}
function isLive(a: number): boolean {
  return a < sealedEnd || (I32[(a >>> 2) + 1] & (markBit | META_PERMANENT)) !== 0;
}

/** Trace everything reachable from the objects on the mark stack. */
function drainMarkStack(): void {
  while (markStack.length > 0) {
    const a = markStack.pop()!;
    const w = a >>> 2;
    const typeAddr = I32[w];
    if (typeAddr !== 0) mark(typeAddr + REF_BASE);
    const layout = I32[w + 1] & META_LAYOUT_MASK;
    const tracer = tracers[layout];
    if (tracer !== undefined) tracer(a, mark);
  }
}

export interface CollectionStats { liveBytes: number; freedBytes: number; ms: number; sweptPages: number; pages: number }

/** Run a full collection. The caller has stopped every other thread. */
export function collect(): CollectionStats {
  const t0 = performance.now();
  const parity = I32[CTRL_MARK_PARITY >> 2] ^ 1;
  I32[CTRL_MARK_PARITY >> 2] = parity;
  markBit = parity ? META_MARK2 : META_MARK;
  sealedEnd = sealedLimit();
  markStack.length = 0;
  const rootHigh = Math.min(ROOT_COUNT, I32[CTRL_ROOT_HIGH >> 2]);
  for (let i = 0; i < rootHigh; i++) mark(F[(ROOT_TABLE >> 3) + i]);
  traceSealedRoots();
  const threadHigh = Math.min(MAX_THREADS, I32[CTRL_THREAD_HIGH >> 2]);
  for (let t = 0; t < threadHigh; t++) {
    const tb = THREAD_BLOCKS + t * THREAD_BLOCK_BYTES;
    const state = I32[(tb + TB_STATE) >> 2];
    if (state === ThreadRun.Free || state === ThreadRun.Exited) continue;
    const base = F[(tb + TB_STACK_BASE) >> 3];
    const sp = F[(tb + TB_SP) >> 3];
    for (let s = base; s < sp; s++) mark(F[s]);
    mark(F[(tb + TB_EXC) >> 3]);
    mark(F[(tb + TB_ROOT2) >> 3]);
  }
  drainMarkStack();
  if (resurrectHook !== null) resurrectHook(isLive, keepAlive);
  for (const hook of beforeSweepHooks) hook(isLive);
  noteAllocationFronts();
  const stats = sweep();
  if (verifyHeap) verifyPages();
  I32[CTRL_GC_COUNT >> 2]++;
  I32[CTRL_HEAP_LIVE >> 2] = Math.round(stats.liveBytes / 1024);
  // Next collection after the heap has grown by max(32 MiB, live size): amortised cost.
  setAllocationBudget(Math.max(32 << 20, stats.liveBytes));
  stats.ms = performance.now() - t0;
  return stats;
}

/**
 * For each page a thread is allocating from, where allocation stopped: the thread's next
 * free cell. Its page's list from there on is untouched, so cells at or above both this and
 * the page's free tail need no sweep. A page taken and used up leaves no head: the whole
 * page is swept (front = cell count).
 */
const frontOf = new Map<number, number>();
function noteAllocationFronts(): void {
  frontOf.clear();
  const threadHigh = Math.min(MAX_THREADS, I32[CTRL_THREAD_HIGH >> 2]);
  for (let t = 0; t < threadHigh; t++) {
    const tb = THREAD_BLOCKS + t * THREAD_BLOCK_BYTES;
    const state = I32[(tb + TB_STATE) >> 2];
    if (state === ThreadRun.Free || state === ThreadRun.Exited) continue;
    const heads = (tb + TB_HEADS) >> 2;
    for (let c = 1; c < CLASS_SIZES.length; c++) {
      const h = I32[heads + c];
      if (h !== 0) frontOf.set(h >>> PAGE_SHIFT, ((h & (PAGE_BYTES - 1)) / CLASS_SIZES[c]) | 0);
    }
  }
}

/**
 * Rebuild the free list of every small page that may have changed (see the header) from
 * the mark bits, below its free tail; free unmarked large objects.
 */
function sweep(): CollectionStats {
  let liveBytes = 0;
  let freedBytes = 0;
  let sweptPages = 0;
  let pages = 0;
  const keep = markBit | META_PERMANENT;
  const top = I32[CTRL_PAGE_TOP >> 2];
  const availBase = CTRL_AVAIL >> 2;
  for (let c = 0; c < CLASS_SIZES.length; c++) I32[availBase + c] = 0;
  for (let p = I32[CTRL_SEALED_TOP >> 2] || CTRL_BYTES >> PAGE_SHIFT; p < top; p++) {
    const pe = pageEntry(p);
    const cls = I32[pe + PE_CLASS];
    if (cls === 0 || cls === -1) continue;
    const marked = I32[pe + PE_MARKED];
    I32[pe + PE_MARKED] = 0;
    const start = p << PAGE_SHIFT;
    if (cls === SIZE_CLASS_LARGE) {
      const n = I32[pe + PE_RUN];
      if (I32[(start >>> 2) + 1] & keep) {
        liveBytes += n * PAGE_BYTES;
      } else {
        I32[start >>> 2] = 0;
        for (let k = 0; k < n; k++) I32[pageEntry(p + k) + PE_CLASS] = 0;
        freedBytes += n * PAGE_BYTES;
      }
      p += n - 1;
      continue;
    }
    const size = CLASS_SIZES[cls];
    pages++;
    if (I32[pe + PE_DIRTY] === 0 && marked === I32[pe + PE_SWEPT_LIVE]) {
      // Unchanged since its last sweep (marked cells are a subset of that sweep's live ones).
      liveBytes += I32[pe + PE_LIVE] * size;
      if (I32[pe + PE_FREE] !== 0) {
        I32[pe + PE_RUN] = I32[availBase + cls];
        I32[availBase + cls] = p + 1;
      }
      continue;
    }
    sweptPages++;
    const count = Math.floor(PAGE_BYTES / size);
    // Cells from `bound` on are the untouched free tail (PE_TAIL): keep their links.
    let bound = I32[pe + PE_TAIL];
    if (I32[pe + PE_DIRTY] !== 0) bound = Math.max(bound, frontOf.get(p) ?? count);
    let free = bound < count ? start + bound * size : 0;
    let live = 0;
    let permanent = 0;
    let tail = 0;
    // Build the list back to front so allocation proceeds in address order.
    for (let k = bound - 1; k >= 0; k--) {
      const a = start + k * size;
      const w = a >>> 2;
      if (I32[w] !== 0) {
        const meta = I32[w + 1];
        if (meta & keep) {
          if (live === 0) tail = k + 1;
          live++;
          if (meta & META_PERMANENT) permanent++;
          continue;
        }
        freedBytes += size;
        I32[w] = 0;
      }
      I32[w + 1] = free;
      free = a;
    }
    liveBytes += live * size;
    I32[pe + PE_LIVE] = live;
    I32[pe + PE_SWEPT_LIVE] = live - permanent;
    I32[pe + PE_DIRTY] = 0;
    I32[pe + PE_TAIL] = tail;
    if (live === 0) {
      // The whole page is free: give it back for any size class.
      I32[pe + PE_CLASS] = 0;
      I32[pe + PE_FREE] = 0;
      continue;
    }
    I32[pe + PE_FREE] = free;
    if (free !== 0) {
      I32[pe + PE_RUN] = I32[availBase + cls];
      I32[availBase + cls] = p + 1;
    }
  }
  return { liveBytes, freedBytes, sweptPages, pages, ms: 0 };
}

/**
 * PYRALLEL_GC_VERIFY=1 (debugging the collector): after each sweep, check every page above
 * the sealed region in full: each allocated cell survived this collection (marked or
 * permanent), the free list holds exactly the free cells in address order, the free tail
 * is free, and the counts are right. So no page skipped or cut short by the sweep kept
 * garbage or lost a free cell.
 */
const verifyHeap = typeof process !== 'undefined' && process.env.PYRALLEL_GC_VERIFY === '1';
function verifyPages(): void {
  const fail = (p: number, what: string) => { throw new Error(`gc verify: page ${p}: ${what}`); };
  const top = I32[CTRL_PAGE_TOP >> 2];
  for (let p = I32[CTRL_SEALED_TOP >> 2] || CTRL_BYTES >> PAGE_SHIFT; p < top; p++) {
    const pe = pageEntry(p);
    const cls = I32[pe + PE_CLASS];
    if (cls === 0 || cls === -1) continue;
    const start = p << PAGE_SHIFT;
    if (cls === SIZE_CLASS_LARGE) {
      if ((I32[(start >>> 2) + 1] & (markBit | META_PERMANENT)) === 0) fail(p, 'unmarked large object');
      p += I32[pe + PE_RUN] - 1;
      continue;
    }
    const size = CLASS_SIZES[cls];
    const count = Math.floor(PAGE_BYTES / size);
    let live = 0, permanent = 0, free = 0;
    for (let k = 0; k < count; k++) {
      const w = (start + k * size) >>> 2;
      if (I32[w] === 0) { free++; continue; }
      if (k >= I32[pe + PE_TAIL]) fail(p, `allocated cell ${k} in the free tail`);
      const meta = I32[w + 1];
      if ((meta & (markBit | META_PERMANENT)) === 0) fail(p, `unmarked cell ${k} survived`);
      live++;
      if (meta & META_PERMANENT) permanent++;
    }
    if (live !== I32[pe + PE_LIVE] || live - permanent !== I32[pe + PE_SWEPT_LIVE]) fail(p, 'live counts');
    let listed = 0;
    for (let c = I32[pe + PE_FREE], last = -1; c !== 0; c = I32[(c >>> 2) + 1]) {
      if (c >>> PAGE_SHIFT !== p || (c - start) % size !== 0 || c <= last) fail(p, `free list order at ${c}`);
      if (I32[c >>> 2] !== 0) fail(p, 'allocated cell in the free list');
      last = c;
      listed++;
    }
    if (listed !== free) fail(p, `free list holds ${listed} of ${free} free cells`);
  }
}

// ---- sealing the start-up heap ------------------------------------------------------------
/**
 * After the builtin world is built, every object in it becomes permanent: never freed,
 * never marked, and its pages are never swept (nor allocated from again), so a collection
 * costs in proportion to what the program made, not to the runtime's own objects (this is
 * what makes GC stress, a collection at every safepoint, affordable). The permanent objects
 * that can still be mutated to point at new objects (dicts, lists, types, modules,
 * instances, functions, sets, cells) are listed in the sealed-roots block and traced at
 * every collection, as their layout's SealedTracing says (dicts and builtin types only once
 * their version changed; tables through their owner). New allocations go to pages above
 * the sealed region.
 */
const MUTABLE_LAYOUTS = new Set<number>([Layout.Dict, Layout.DictKeys, Layout.List, Layout.ValueArray, Layout.Type,
  Layout.Module, Layout.Object, Layout.Function, Layout.Set, Layout.SetTable, Layout.Cell, Layout.ByteArray,
  Layout.Exception, Layout.Property, Layout.Generator, Layout.Frame, Layout.Iterator, Layout.Values]);
export function sealHeap(): void {
  const top = I32[CTRL_PAGE_TOP >> 2];
  const roots: number[] = [];
  // Owned tables (dict keys, list arrays) are traced through their owner, never as roots.
  const owned = new Set<number>();
  for (const t of sealedTracings) if (t !== undefined && t.ownedLayout !== null) owned.add(t.ownedLayout);
  const visitObject = (a: number) => {
    const w = a >>> 2;
    if (I32[w] === 0 && (I32[w + 1] & META_PERMANENT) === 0) return;
    I32[w + 1] = (I32[w + 1] & ~META_MARKS) | META_PERMANENT;
    const layout = I32[w + 1] & META_LAYOUT_MASK;
    if (MUTABLE_LAYOUTS.has(layout) && !owned.has(layout)) roots.push(a);
  };
  for (let p = CTRL_BYTES >> PAGE_SHIFT; p < top; p++) {
    const pe = pageEntry(p);
    const cls = I32[pe + PE_CLASS];
    if (cls === 0 || cls === -1) continue;
    const start = p << PAGE_SHIFT;
    if (cls === SIZE_CLASS_LARGE) { visitObject(start); p += I32[pe + PE_RUN] - 1; continue; }
    const size = CLASS_SIZES[cls];
    const count = Math.floor(PAGE_BYTES / size);
    for (let k = 0; k < count; k++) if (I32[(start + k * size) >>> 2] !== 0) visitObject(start + k * size);
    // No further allocation in sealed pages.
    I32[pe + PE_FREE] = 0;
  }
  for (let c = 0; c < CLASS_SIZES.length; c++) I32[(CTRL_AVAIL >> 2) + c] = 0;
  I32[CTRL_SEALED_TOP >> 2] = top;
  // This thread's cached free cells are in sealed pages: drop them.
  resetThreadAllocator();
  publishSealedRoots(roots);
}
/**
 * The sealed-roots block lives in the heap so every worker's collector sees it: a
 * permanent untraced block referenced from CTRL_SEALED_ROOTS. After its header and count,
 * one 16-byte entry per root: int32 byte address, then (f64) its version stamp (the
 * version at sealing, for a layout with a version).
 */
const SR_HEADER_WORDS = 2; // f64 words before the first entry
function publishSealedRoots(roots: number[]): void {
  const a = allocRaw(8 * SR_HEADER_WORDS + 16 * roots.length);
  I32[(a >>> 2) + 2] = roots.length;
  for (let i = 0; i < roots.length; i++) {
    const o = roots[i];
    const e = (a >>> 3) + SR_HEADER_WORDS + 2 * i;
    I32[e * 2] = o;
    const t = sealedTracings[I32[(o >>> 2) + 1] & META_LAYOUT_MASK];
    F[e + 1] = t === undefined || t.version === null ? 0 : t.version(o);
  }
  I32[CTRL_SEALED_ROOTS >> 2] = a;
}
/** A permanent untraced block (its type word points at itself: non-zero, never followed). */
function allocRaw(bytes: number): number {
  const a = allocBytes(bytes);
  I32[a >>> 2] = a;
  I32[(a >>> 2) + 1] = Layout.Raw | META_PERMANENT;
  return a;
}
function traceSealedRoots(): void {
  const a = I32[CTRL_SEALED_ROOTS >> 2];
  if (a === 0) return;
  const n = I32[(a >>> 2) + 2];
  for (let i = 0; i < n; i++) {
    const e = (a >>> 3) + SR_HEADER_WORDS + 2 * i;
    const o = I32[e * 2] >>> 0;
    const layout = I32[(o >>> 2) + 1] & META_LAYOUT_MASK;
    const t = sealedTracings[layout];
    if (t !== undefined) {
      let version = 0;
      if (t.version !== null) {
        t.unversioned(o, mark);
        version = t.version(o);
        if (version === F[e + 1]) continue;
      }
      // Trace it, and its table through it if that is the sealed one (written in place).
      // Changed since its stamp, and still referring to permanent objects only (say the
      // intern table, whose new strs are permanent): stamp it again.
      transientRefs = 0;
      const table = t.owned(o);
      if (table !== 0 && (I32[(table >>> 2) + 1] & META_PERMANENT) !== 0) tracers[t.ownedLayout!]!(table, markCounting);
      tracers[layout]!(o, markCounting);
      if (t.version !== null && t.restamp && transientRefs === 0) F[e + 1] = version;
      continue;
    }
    const tracer = tracers[layout];
    if (tracer !== undefined) tracer(o, mark);
  }
}
/** mark, counting the references to objects that are not permanent. */
let transientRefs = 0;
function markCounting(v: number): void {
  if (v > REF_BASE) {
    const a = v - REF_BASE;
    if (a >= sealedEnd && (I32[(a >>> 2) + 1] & META_PERMANENT) === 0) transientRefs++;
  }
  mark(v);
}
