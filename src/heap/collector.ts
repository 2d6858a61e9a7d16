/**
 * The collector: non-moving mark-sweep over the whole heap, run by one thread while every
 * other thread is stopped (parked at a safepoint, or blocked outside the heap).
 *
 * Invariants (docs/design.md, "Memory"):
 *   - Roots are: the root table, every registered thread's shadow stack between its base and
 *     its published stack pointer, and the value words of each thread block. A JS variable is
 *     never a root: compiled code and natives keep any reference they need across a
 *     safepoint in a shadow-stack slot.
 *   - Mark bits are written only here, while mutators are stopped; they are clear whenever
 *     mutators run.
 *   - Memory is reused only after a collection proves it unreachable; since that proof is
 *     taken with every thread stopped outside any read, no thread can be reading it
 *     (this is our quiescent state: the role QSBR plays in CPython's free-threaded build).
 */
import { I32, F, REF_BASE, NULL } from './memory';
import {
  META_MARK, META_PERMANENT, META_LAYOUT_MASK, ROOT_TABLE, ROOT_COUNT, THREAD_BLOCKS, THREAD_BLOCK_BYTES,
  TB_STATE, TB_SP, TB_STACK_BASE, TB_EXC, TB_ROOT2, MAX_THREADS, ThreadRun, PAGE_BYTES, PAGE_SHIFT,
  CTRL_BYTES, CTRL_PAGE_TOP, PE_CLASS, PE_FREE, PE_LIVE, PE_RUN, SIZE_CLASS_LARGE, CTRL_GC_COUNT,
  CTRL_HEAP_LIVE, Layout,
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

let markStack: number[] = [];
function mark(v: number): void {
  if (v < REF_BASE || v === NULL) return;
  const a = v - REF_BASE;
  const m = (a >>> 2) + 1;
  const meta = I32[m];
  // Marked already, or permanent (sealed at start-up: never freed; the mutable ones among
  // them are traced from the sealed-roots array instead).
  if (meta & (META_MARK | META_PERMANENT)) return;
  I32[m] = meta | META_MARK;
  // The object's type is an object too.
  markStack.push(a);
}

export interface CollectionStats { liveBytes: number; freedBytes: number; ms: number }

/** Run a full collection. The caller has stopped every other thread. */
export function collect(): CollectionStats {
  const t0 = performance.now();
  markStack = [];
  for (let i = 0; i < ROOT_COUNT; i++) mark(F[(ROOT_TABLE >> 3) + i]);
  traceSealedRoots();
  for (let t = 0; t < MAX_THREADS; t++) {
    const tb = THREAD_BLOCKS + t * THREAD_BLOCK_BYTES;
    const state = I32[(tb + TB_STATE) >> 2];
    if (state === ThreadRun.Free || state === ThreadRun.Exited) continue;
    const base = F[(tb + TB_STACK_BASE) >> 3];
    const sp = F[(tb + TB_SP) >> 3];
    for (let s = base; s < sp; s++) mark(F[s]);
    mark(F[(tb + TB_EXC) >> 3]);
    mark(F[(tb + TB_ROOT2) >> 3]);
  }
  while (markStack.length > 0) {
    const a = markStack.pop()!;
    const w = a >>> 2;
    const typeAddr = I32[w];
    if (typeAddr !== 0) mark(typeAddr + REF_BASE);
    const layout = I32[w + 1] & META_LAYOUT_MASK;
    const tracer = tracers[layout];
    if (tracer !== undefined) tracer(a, mark);
  }
  const { liveBytes, freedBytes } = sweep();
  I32[CTRL_GC_COUNT >> 2]++;
  I32[CTRL_HEAP_LIVE >> 2] = Math.round(liveBytes / 1024);
  // Next collection after the heap has grown by max(32 MiB, live size): amortised cost.
  setAllocationBudget(Math.max(32 << 20, liveBytes));
  return { liveBytes, freedBytes, ms: performance.now() - t0 };
}

/** Rebuild every small page's free list from mark bits; free unmarked large objects. */
function sweep(): { liveBytes: number; freedBytes: number } {
  let liveBytes = 0;
  let freedBytes = 0;
  const top = I32[CTRL_PAGE_TOP >> 2];
  const availBase = CTRL_AVAIL >> 2;
  for (let c = 0; c < CLASS_SIZES.length; c++) I32[availBase + c] = 0;
  for (let p = I32[CTRL_SEALED_TOP >> 2] || CTRL_BYTES >> PAGE_SHIFT; p < top; p++) {
    const pe = pageEntry(p);
    const cls = I32[pe + PE_CLASS];
    if (cls === 0 || cls === -1) continue;
    const start = p << PAGE_SHIFT;
    if (cls === SIZE_CLASS_LARGE) {
      const n = I32[pe + PE_RUN];
      const m = (start >>> 2) + 1;
      if (I32[m] & (META_MARK | META_PERMANENT)) {
        I32[m] &= ~META_MARK;
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
    const count = Math.floor(PAGE_BYTES / size);
    let free = 0;
    let live = 0;
    // Build the list back to front so allocation proceeds in address order.
    for (let k = count - 1; k >= 0; k--) {
      const a = start + k * size;
      const w = a >>> 2;
      if (I32[w] !== 0) {
        if (I32[w + 1] & (META_MARK | META_PERMANENT)) {
          I32[w + 1] &= ~META_MARK;
          live++;
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
  return { liveBytes, freedBytes };
}

// ---- sealing the start-up heap ------------------------------------------------------------
/**
 * After the builtin world is built, every object in it becomes permanent: never freed,
 * never marked, and its pages are never swept, so a collection costs in proportion to what
 * the program made, not to the runtime's own objects (this is what makes GC stress, a
 * collection at every safepoint, affordable). The permanent objects that can still be
 * mutated to point at new objects (dicts, lists, types, modules, instances, functions,
 * sets, cells) are listed in the sealed-roots array and traced at every collection.
 * New allocations go to pages above the sealed region.
 */
export const CTRL_SEALED_TOP = 528; // first page above the sealed region (0 = not sealed)
const MUTABLE_LAYOUTS = new Set<number>([Layout.Dict, Layout.DictKeys, Layout.List, Layout.ValueArray, Layout.Type,
  Layout.Module, Layout.Object, Layout.Function, Layout.Set, Layout.SetTable, Layout.Cell, Layout.ByteArray,
  Layout.Exception, Layout.Property, Layout.Generator, Layout.Frame, Layout.Iterator, Layout.Values]);
let sealedRoots: number[] = [];
export function sealHeap(): void {
  const top = I32[CTRL_PAGE_TOP >> 2];
  const roots: number[] = [];
  const visitObject = (a: number) => {
    const w = a >>> 2;
    if (I32[w] === 0 && (I32[w + 1] & META_PERMANENT) === 0) return;
    I32[w + 1] |= META_PERMANENT;
    if (MUTABLE_LAYOUTS.has(I32[w + 1] & META_LAYOUT_MASK)) roots.push(a);
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
  sealedRoots = roots;
  publishSealedRoots(roots);
}
/** The sealed-roots list lives in the heap (a raw int32 block) so every worker's collector sees it. */
let sealedRootsAddr = 0;
function publishSealedRoots(roots: number[]): void {
  // Stored as byte addresses in an untraced block referenced from a control word.
  const bytes = 16 + 4 * roots.length;
  const a = allocRaw(bytes);
  I32[(a >>> 2) + 2] = roots.length;
  for (let i = 0; i < roots.length; i++) I32[(a >>> 2) + 4 + i] = roots[i];
  I32[CTRL_SEALED_ROOTS >> 2] = a;
  sealedRootsAddr = a;
}
export const CTRL_SEALED_ROOTS = 532;
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
    const o = I32[(a >>> 2) + 4 + i] >>> 0;
    const layout = I32[(o >>> 2) + 1] & META_LAYOUT_MASK;
    const tracer = tracers[layout];
    if (tracer !== undefined) tracer(o, mark);
  }
  void sealedRoots; void sealedRootsAddr;
}
