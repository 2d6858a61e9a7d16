/**
 * Allocation: size-segregated 64 KiB pages with free lists, owned per thread.
 *
 * Invariants:
 *   - A free cell has type word 0; its second int32 links to the next free cell (byte address,
 *     0 ends the list). A live cell's type word is non-zero.
 *   - A page's free list is owned by exactly one thread between collections: a thread takes a
 *     whole page's list (under CTRL_GC_LOCK) and pops cells from it without synchronisation.
 *     No other thread touches those cells until the next collection.
 *   - Allocation never collects. It counts bytes; past the budget it requests a collection,
 *     which happens at the requesting thread's next safepoint (docs/design.md, "Memory").
 *     So a reference held only in a JS variable stays valid until the next safepoint.
 *   - After a collection the sweeper has rebuilt every page's free list, so each thread
 *     drops its cached lists (resetThreadAllocator) before allocating again.
 */
import { I32, HEAP_BYTES, REF_BASE, buffer } from './memory';
import {
  PAGE_BYTES, PAGE_SHIFT, PAGE_TABLE, PAGE_ENTRY_BYTES, PE_CLASS, PE_FREE, PE_LIVE, PE_RUN,
  CTRL_PAGE_TOP, CTRL_GC_LOCK, CTRL_BYTES, SIZE_CLASS_LARGE, CTRL_SAFEPOINT, CTRL_POLL,
  CTRL_SEALED_TOP, PE_DIRTY, PE_TAIL,
} from './layout';
import { lockWord, unlockWord } from '../threads/wordLock';

// Size classes in bytes; index 0 unused so that class 0 means "page unused".
export const CLASS_SIZES: number[] = [0];
for (let s = 16; s <= 256; s += 16) CLASS_SIZES.push(s);
for (let base = 256; base < 8192; base *= 2) for (let k = 1; k <= 4; k++) CLASS_SIZES.push(base + (base / 4) * k);
export const MAX_SMALL = 8192;
export const CLASS_COUNT = CLASS_SIZES.length;
/** sizeClassOf[(bytes + 15) >> 4] = class index. */
const classBySixteenths = new Uint8Array((MAX_SMALL >> 4) + 1);
{
  let c = 1;
  for (let i = 0; i <= MAX_SMALL >> 4; i++) {
    while (CLASS_SIZES[c] < i * 16) c++;
    classBySixteenths[i] = c;
  }
}

/** Per-class head of the list of swept pages with free cells (int32 page indices + 1). */
export const CTRL_AVAIL = 1024;

const pageEntry = (page: number) => (PAGE_TABLE + page * PAGE_ENTRY_BYTES) >> 2;

// This thread's cached free lists (byte addresses), one per class: a view of its thread
// block (TB_HEADS) once attached, so that a collector can see where allocation stopped.
let freeHead: Int32Array<ArrayBufferLike> = new Int32Array(CLASS_COUNT);
export function placeThreadHeads(byteAddr: number): void {
  const heads = new Int32Array(buffer, byteAddr, CLASS_COUNT);
  heads.set(freeHead);
  freeHead = heads;
}
let bytesSinceCheck = 0;
/** Bytes a thread may allocate before it asks for a collection. Set by the collector. */
export let allocationBudget = 8 << 20;
/** GC stress: every allocation requests a collection (budget 0), see threadState.safepoint. */
let stressBudget = false;
export function setAllocationBudget(bytes: number): void { allocationBudget = stressBudget ? 0 : bytes; }
export function setStressBudget(on: boolean): void {
  stressBudget = on;
  allocationBudget = on ? 0 : 8 << 20;
}
export let bytesAllocated = 0;

export function resetThreadAllocator(): void {
  freeHead.fill(0);
}

/** Allocate `bytes` (>= 8) and return the byte address; the caller writes the header. */
export function allocBytes(bytes: number): number {
  if (bytes > MAX_SMALL) return allocLarge(bytes);
  const cls = classBySixteenths[(bytes + 15) >> 4];
  let cell = freeHead[cls];
  if (cell === 0) cell = refill(cls);
  freeHead[cls] = I32[(cell >> 2) + 1];
  bytesSinceCheck += CLASS_SIZES[cls];
  if (bytesSinceCheck > allocationBudget) budgetExhausted();
  return cell;
}

/** Allocate and return a reference, with the header written. */
export function allocObject(bytes: number, typeAddr: number, layout: number): number {
  const a = allocBytes(bytes);
  const w = a >> 2;
  I32[w] = typeAddr;
  I32[w + 1] = layout;
  return a + REF_BASE;
}

function budgetExhausted(): void {
  bytesAllocated += bytesSinceCheck;
  bytesSinceCheck = 0;
  // Ask every thread to stop; the collection runs at a safepoint (see collector.ts).
  Atomics.store(I32, CTRL_SAFEPOINT >> 2, 1);
  Atomics.store(I32, CTRL_POLL >> 2, 1);
  gcRequested = true;
}
export let gcRequested = false;
export function clearGcRequest(): void { gcRequested = false; bytesAllocated += bytesSinceCheck; bytesSinceCheck = 0; }
export function takeAllocatedBytes(): number { const b = bytesAllocated + bytesSinceCheck; bytesAllocated = 0; bytesSinceCheck = 0; return b; }

/** Take a page of class `cls` with free cells: a swept one, else a fresh one. */
function refill(cls: number): number {
  lockWord(I32, CTRL_GC_LOCK >> 2);
  try {
    const availIdx = (CTRL_AVAIL >> 2) + cls;
    const head = I32[availIdx];
    if (head !== 0) {
      const page = head - 1;
      const pe = pageEntry(page);
      I32[availIdx] = I32[pe + PE_RUN];
      I32[pe + PE_RUN] = 0;
      const first = I32[pe + PE_FREE];
      I32[pe + PE_FREE] = 0;
      I32[pe + PE_DIRTY] = 1;
      return first;
    }
    const page = takeFreePages(1);
    const pe = pageEntry(page);
    I32[pe + PE_CLASS] = cls;
    I32[pe + PE_LIVE] = 0;
    I32[pe + PE_RUN] = 0;
    I32[pe + PE_FREE] = 0;
    I32[pe + PE_DIRTY] = 1;
    return threadPage(page, CLASS_SIZES[cls]);
  } finally {
    unlockWord(I32, CTRL_GC_LOCK >> 2);
  }
}

/** Link every cell of a page into a free list; returns the first cell. */
export function threadPage(page: number, size: number): number {
  const start = page << PAGE_SHIFT;
  const count = Math.floor(PAGE_BYTES / size);
  I32[pageEntry(page) + PE_TAIL] = 0;
  for (let k = 0; k < count; k++) {
    const a = start + k * size;
    I32[a >> 2] = 0;
    I32[(a >> 2) + 1] = k + 1 < count ? a + size : 0;
  }
  return start;
}

/** Find `n` consecutive unused pages (caller holds CTRL_GC_LOCK). */
function takeFreePages(n: number): number {
  const top = I32[CTRL_PAGE_TOP >> 2];
  // Never below the sealed region: the collector does not sweep it.
  const first = I32[CTRL_SEALED_TOP >> 2] || CTRL_BYTES >> PAGE_SHIFT;
  // Reuse released pages first (first fit), then extend the used region.
  let run = 0;
  for (let p = first; p < top; p++) {
    if (I32[pageEntry(p) + PE_CLASS] === 0) {
      run++;
      if (run === n) return p - n + 1;
    } else run = 0;
  }
  const start = top - run;
  if ((start + n) * PAGE_BYTES > HEAP_BYTES) throw new HeapExhausted();
  I32[CTRL_PAGE_TOP >> 2] = start + n;
  return start;
}

export class HeapExhausted extends Error {
  constructor() { super('heap exhausted'); }
}

function allocLarge(bytes: number): number {
  const n = Math.ceil(bytes / PAGE_BYTES);
  lockWord(I32, CTRL_GC_LOCK >> 2);
  let page: number;
  try {
    page = takeFreePages(n);
    const pe = pageEntry(page);
    I32[pe + PE_CLASS] = SIZE_CLASS_LARGE;
    I32[pe + PE_RUN] = n;
    I32[pe + PE_FREE] = 0;
    for (let k = 1; k < n; k++) I32[pageEntry(page + k) + PE_CLASS] = -1;
  } finally {
    unlockWord(I32, CTRL_GC_LOCK >> 2);
  }
  bytesSinceCheck += n * PAGE_BYTES;
  if (bytesSinceCheck > allocationBudget) budgetExhausted();
  return page << PAGE_SHIFT;
}

/** Called once by the thread that creates the heap. */
export function initPages(): void {
  I32[CTRL_PAGE_TOP >> 2] = CTRL_BYTES >> PAGE_SHIFT;
}

export { pageEntry };
