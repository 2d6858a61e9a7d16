/**
 * list: mutable arrays of values.
 *
 * Heap layout:  list  [header][i32 lock, i32 length][array ref][instance dict]
 *               array [header][i32 capacity, i32 0][values...]  (Layout.ValueArray)
 *
 * Concurrency: writers hold the list's lock word. Readers take no lock: they read the
 * array reference, then check the index against both the length and the array's own
 * capacity, so a reader racing a resize reads either the old array (intact, freed only by
 * a later collection) or the new one, never past the end of either. Slots past the
 * length are NULL; a reader that sees NULL raced a removal and reports the index as out of
 * range. Append writes the value before publishing the new length (atomic store).
 */
import { I32, F, REF_BASE, NULL } from '../heap/memory';
import { floatTypeAddress } from './float';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { registerTracer, visitRange, registerSealedTracing } from '../heap/collector';
import { lockObject, unlockObject } from '../threads/wordLock';

export let ListType = 0;
let listTypeAddr = 0;
let arrayTypeAddr = 0;
export function setArrayType(t: number): void { arrayTypeAddr = t - REF_BASE; }

const L_LOCK = 2, L_LEN = 3; // i32 offsets
const L_ARRAY = 2, L_DICT = 3; // f64 offsets
export const LIST_BYTES = 32;

registerTracer(Layout.List, (a, visit) => { visit(F[(a >> 3) + L_ARRAY]); visit(F[(a >> 3) + L_DICT]); });
registerTracer(Layout.ValueArray, (a, visit) => visitRange((a >> 3) + 2, I32[(a >> 2) + 2], visit));
// A list's array is referenced by the list only, and a replaced array is never written
// again: a sealed list traces its sealed array itself, and arrays are not sealed roots
// (the old arrays of lists that grew while the builtin world was built are garbage).
registerSealedTracing(Layout.List, {
  ownedLayout: Layout.ValueArray,
  owned: (a) => { const arr = F[(a >> 3) + L_ARRAY]; return arr > REF_BASE ? arr - REF_BASE : 0; },
  version: null,
  restamp: false,
  unversioned: () => {},
});

export function newValueArray(capacity: number): number {
  const ref = allocObject(16 + 8 * capacity, arrayTypeAddr, Layout.ValueArray);
  const a = ref - REF_BASE;
  I32[(a >> 2) + 2] = capacity;
  I32[(a >> 2) + 3] = 0;
  F.fill(NULL, (a >> 3) + 2, (a >> 3) + 2 + capacity);
  return ref;
}

export function newListOfType(typeRef: number, items: ArrayLike<number>): number {
  const n = items.length;
  const arr = newValueArray(Math.max(n, 4));
  const ref = allocObject(LIST_BYTES, typeRef - REF_BASE, Layout.List);
  const a = ref - REF_BASE;
  I32[(a >> 2) + L_LOCK] = 0;
  I32[(a >> 2) + L_LEN] = n;
  F[(a >> 3) + L_ARRAY] = arr;
  F[(a >> 3) + L_DICT] = NULL;
  const base = ((arr - REF_BASE) >> 3) + 2;
  for (let i = 0; i < n; i++) F[base + i] = items[i];
  return ref;
}
export function newList(items: ArrayLike<number>): number { return newListOfType(ListType, items); }

export function listLength(l: number): number { return I32[((l - REF_BASE) >> 2) + L_LEN]; }

/** Item i (0 <= i), or NULL if out of range (including a race with a removal). */
export function listGet(l: number, i: number): number {
  const a = l - REF_BASE;
  const arr = F[(a >> 3) + L_ARRAY];
  if (i >= I32[(a >> 2) + L_LEN]) return NULL;
  const aa = arr - REF_BASE;
  if (i >= I32[(aa >> 2) + 2]) return NULL;
  return F[(aa >> 3) + 2 + i];
}

/** Snapshot of the items as a JS array. */
export function listItems(l: number): number[] {
  const a = l - REF_BASE;
  const arr = F[(a >> 3) + L_ARRAY];
  const aa = arr - REF_BASE;
  const n = Math.min(I32[(a >> 2) + L_LEN], I32[(aa >> 2) + 2]);
  const out = new Array<number>(n);
  const base = (aa >> 3) + 2;
  let k = 0;
  for (let i = 0; i < n; i++) { const v = F[base + i]; if (v !== NULL) out[k++] = v; }
  out.length = k;
  return out;
}


/** Ensure capacity for n items (caller holds the lock). Growth like CPython's (~1.125x + 6). */
function reserve(l: number, n: number): number {
  const a = l - REF_BASE;
  const arr = F[(a >> 3) + L_ARRAY];
  const cap = I32[((arr - REF_BASE) >> 2) + 2];
  if (n <= cap) return arr;
  const newCap = Math.max(n + (n >> 3) + (n < 9 ? 3 : 6), 4);
  const fresh = newValueArray(newCap);
  const len = I32[(a >> 2) + L_LEN];
  F.copyWithin(((fresh - REF_BASE) >> 3) + 2, ((arr - REF_BASE) >> 3) + 2, ((arr - REF_BASE) >> 3) + 2 + len);
  // Publish after the copy is complete; the old array stays valid for racing readers.
  Atomics.store(I32, ((fresh - REF_BASE) >> 2) + 3, 0);
  F[(a >> 3) + L_ARRAY] = fresh;
  return fresh;
}

export function listAppend(l: number, v: number): void {
  const a = l - REF_BASE;
  const held = lockObject(I32, (a >> 2) + L_LOCK);
  try {
    const len = I32[(a >> 2) + L_LEN];
    const arr = reserve(l, len + 1); // may raise MemoryError: the lock must not stay held
    F[((arr - REF_BASE) >> 3) + 2 + len] = v;
    Atomics.store(I32, (a >> 2) + L_LEN, len + 1);
  } finally {
    unlockObject(I32, (a >> 2) + L_LOCK, held);
  }
}

/** Replace the whole contents (caller-built JS array), under the lock. */
export function listSetItems(l: number, items: ArrayLike<number>): void {
  const a = l - REF_BASE;
  const held = lockObject(I32, (a >> 2) + L_LOCK);
  try {
    const n = items.length;
    const fresh = newValueArray(Math.max(n, 4));
    const base = ((fresh - REF_BASE) >> 3) + 2;
    for (let i = 0; i < n; i++) F[base + i] = items[i];
    Atomics.store(I32, ((fresh - REF_BASE) >> 2) + 3, 0);
    // Shrinking: publish the length first so readers never index past the new array.
    if (n < I32[(a >> 2) + L_LEN]) Atomics.store(I32, (a >> 2) + L_LEN, n);
    F[(a >> 3) + L_ARRAY] = fresh;
    Atomics.store(I32, (a >> 2) + L_LEN, n);
  } finally {
    unlockObject(I32, (a >> 2) + L_LOCK, held);
  }
}

/** Set item i (0 <= i < len) under the lock; returns false if out of range. */
export function listSet(l: number, i: number, v: number): boolean {
  const a = l - REF_BASE;
  const held = lockObject(I32, (a >> 2) + L_LOCK);
  try {
    if (i >= I32[(a >> 2) + L_LEN]) return false;
    F[((F[(a >> 3) + L_ARRAY] - REF_BASE) >> 3) + 2 + i] = v;
    return true;
  } finally {
    unlockObject(I32, (a >> 2) + L_LOCK, held);
  }
}

/** Remove and return item i (normalised, in range) under the lock; NULL if out of range. */
export function listPopAt(l: number, i: number): number {
  const a = l - REF_BASE;
  const held = lockObject(I32, (a >> 2) + L_LOCK);
  try {
    const len = I32[(a >> 2) + L_LEN];
    if (i < 0 || i >= len) return NULL;
    const base = ((F[(a >> 3) + L_ARRAY] - REF_BASE) >> 3) + 2;
    const v = F[base + i];
    F.copyWithin(base + i, base + i + 1, base + len);
    Atomics.store(I32, (a >> 2) + L_LEN, len - 1);
    F[base + len - 1] = NULL;
    return v;
  } finally {
    unlockObject(I32, (a >> 2) + L_LOCK, held);
  }
}

/** Insert v before index i (clamped) under the lock. */
export function listInsert(l: number, i: number, v: number): void {
  const a = l - REF_BASE;
  const held = lockObject(I32, (a >> 2) + L_LOCK);
  try {
    const len = I32[(a >> 2) + L_LEN];
    if (i < 0) i = Math.max(0, len + i);
    if (i > len) i = len;
    const arr = reserve(l, len + 1);
    const base = ((arr - REF_BASE) >> 3) + 2;
    F.copyWithin(base + i + 1, base + i, base + len);
    F[base + i] = v;
    Atomics.store(I32, (a >> 2) + L_LEN, len + 1);
  } finally {
    unlockObject(I32, (a >> 2) + L_LOCK, held);
  }
}

/** Append many values under one lock acquisition. */
export function listExtendItems(l: number, items: ArrayLike<number>): void {
  const a = l - REF_BASE;
  const held = lockObject(I32, (a >> 2) + L_LOCK);
  try {
    const len = I32[(a >> 2) + L_LEN];
    const arr = reserve(l, len + items.length);
    const base = ((arr - REF_BASE) >> 3) + 2;
    for (let i = 0; i < items.length; i++) F[base + len + i] = items[i];
    Atomics.store(I32, (a >> 2) + L_LEN, len + items.length);
  } finally {
    unlockObject(I32, (a >> 2) + L_LOCK, held);
  }
}

export function listArrayBase(l: number): number { return ((F[((l - REF_BASE) >> 3) + L_ARRAY] - REF_BASE) >> 3) + 2; }
export { NULL, listTypeAddr };

// ---- the list type ------------------------------------------------------------------------
import { defineBuiltinType } from './registry';
import { raise, PyException } from '../runtime/errors';
import { exc } from './exceptions';
import { None, NotImplemented, bool, reprJs, typeName, isInstance, eqBool, indexSmall, indexCheck, asSsize, asCInt, repeatCount, richCompare, Cmp, compareBool } from '../runtime/protocol';
import { newStr, isExactStr, jsString } from './str';
import { iterableToArray, newIterator, IterKind, sequenceFast } from '../runtime/iteration';
import { callObject } from '../runtime/call';
import { builtinAllocators } from './object';
import { enterRepr, leaveRepr } from '../runtime/reprGuard';
import { rootMark, pushRoot, rootRelease } from '../threads/threadState';
import { isSlice, sliceIndices } from './slice';

function checkIndex(l: number, key: number, what: string): number {
  if (!indexCheck(key)) raise(exc.TypeError, `list indices must be integers or slices, not ${typeName(key)}`);
  let i = indexSmall(key, `cannot fit 'int' into an index-sized integer`);
  const n = listLength(l);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(exc.IndexError, `list ${what} out of range`);
  return i;
}

export function listGetItem(l: number, key: number): number {
  if (key < REF_BASE && Number.isInteger(key)) {
    let i = key;
    if (i < 0) i += listLength(l);
    const v = i >= 0 ? listGet(l, i) : NULL;
    if (v === NULL) raise(exc.IndexError, 'list index out of range');
    return v;
  }
  if (isSlice(key)) {
    const items = listItems(l);
    const [start, , step, n] = sliceIndices(key, items.length);
    const out = new Array<number>(n);
    for (let i = 0, k = start; i < n; i++, k += step) out[i] = items[k];
    return newList(out);
  }
  const i = checkIndex(l, key, 'index');
  const v = listGet(l, i);
  if (v === NULL) raise(exc.IndexError, 'list index out of range');
  return v;
}

export function listSetItem(l: number, key: number, value: number): void {
  if (isSlice(key)) {
    const items = listItems(l);
    const [start, stop, step, n] = sliceIndices(key, items.length);
    const mark = rootMark();
    pushRoot(value);
    try {
      const vals = value === NULL ? [] : sequenceFast(value, step === 1 ? 'can only assign an iterable' : 'must assign iterable to extended slice');
      if (step === 1) {
        const hi = Math.max(start, stop);
        items.splice(start, hi - start, ...vals);
      } else {
        if (value === NULL) {
          const drop = new Set<number>();
          for (let i = 0, k = start; i < n; i++, k += step) drop.add(k);
          listSetItems(l, items.filter((_, i) => !drop.has(i)));
          return;
        }
        if (vals.length !== n) raise(exc.ValueError, `attempt to assign sequence of size ${vals.length} to extended slice of size ${n}`);
        for (let i = 0, k = start; i < n; i++, k += step) items[k] = vals[i];
      }
      listSetItems(l, items);
    } finally { rootRelease(mark); }
    return;
  }
  if (value === NULL) {
    const i = checkIndex(l, key, 'assignment index');
    listPopAt(l, i);
    return;
  }
  const i = checkIndex(l, key, 'assignment index');
  if (!listSet(l, i, value)) raise(exc.IndexError, 'list assignment index out of range');
}

export function listRepr(l: number): string {
  const n = listLength(l);
  if (n === 0) return '[]';
  if (!enterRepr(l)) return '[...]';
  try {
    const parts: string[] = [];
    for (let i = 0; i < listLength(l); i++) { const v = listGet(l, i); if (v !== NULL) parts.push(reprJs(v)); }
    return `[${parts.join(', ')}]`;
  } finally { leaveRepr(l); }
}

function listCompare(a: number, b: number, op: Cmp): number {
  if (!isInstance(b, ListType)) return NotImplemented;
  const x = listItems(a), y = listItems(b);
  if ((op === Cmp.EQ || op === Cmp.NE) && x.length !== y.length) return bool(op === Cmp.NE);
  let i = 0;
  for (; i < x.length && i < y.length; i++) if (!eqBool(x[i], y[i])) break;
  if (i >= x.length || i >= y.length) {
    const c = x.length - y.length;
    switch (op) { case Cmp.LT: return bool(c < 0); case Cmp.LE: return bool(c <= 0); case Cmp.EQ: return bool(c === 0); case Cmp.NE: return bool(c !== 0); case Cmp.GT: return bool(c > 0); default: return bool(c >= 0); }
  }
  if (op === Cmp.EQ) return bool(false);
  if (op === Cmp.NE) return bool(true);
  return richCompare(x[i], y[i], op);
}

/** Stable sort with optional key and reverse (list.sort): a merge sort over a snapshot. */
function listSort(l: number, key: number, reverse: number): number {
  // reverse is converted like a C int before anything happens, as CPython's parser does.
  const rev = reverse !== NULL && asCInt(reverse) !== 0;
  const mark = rootMark();
  try {
    const items = listItems(l);
    // Empty the list while sorting, as CPython does, so mutation during sort is detected.
    listSetItems(l, []);
    const keysList = newList([]);
    pushRoot(keysList);
    pushRoot(newList(items));
    let keys = items;
    if (key !== NULL && key !== None) {
      keys = [];
      for (const it of items) { const k = callObject(key, [it], null); listAppend(keysList, k); keys.push(k); }
    }
    let error: unknown = null;
    let sorted: number[];
    if (keys === items && allImmediate(items)) {
      // No key, every item an immediate: equal values are the same object, so the typed
      // array's own numeric sort (not stable) gives the same list.
      const a = Float64Array.from(items).sort();
      sorted = Array.from(rev ? a.reverse() : a);
    } else {
      const idx = items.map((_, i) => i);
      const js = numericKeys(keys) ?? strKeys(keys);
      // Otherwise Python comparisons: `less(i, j)`, key i sorts before key j. Reverse keeps
      // stability: elements that compare equal keep their order.
      const order = js !== null ? sortIndicesBy(idx, js, rev) : mergeSort(idx, (i, j) => {
        if (error) return false;
        try {
          return rev ? compareBool(keys[j], keys[i], Cmp.LT) : compareBool(keys[i], keys[j], Cmp.LT);
        } catch (e) { error = e; return false; }
      });
      sorted = error ? items : order.map((i) => items[i]);
    }
    if (listLength(l) !== 0 && !error) raise(exc.ValueError, 'list modified during sort');
    listSetItems(l, sorted);
    if (error) throw error;
    return None;
  } finally { rootRelease(mark); }
}
/** The keys as doubles when every one is an int immediate or an exact float other than NaN. */
function numericKeys(keys: number[]): Float64Array | null {
  const out = new Float64Array(keys.length);
  const floatT = floatTypeAddress();
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k < REF_BASE) { out[i] = k; continue; }
    if (I32[(k - REF_BASE) >> 2] !== floatT) return null;
    const v = F[((k - REF_BASE) >> 3) + 1];
    if (v !== v) return null;
    out[i] = v;
  }
  return out;
}
/**
 * Sort indices by keys JS compares as Python does: numbers (ints, floats other than NaN)
 * or strs without surrogates (JS's `<` is then code point order). V8's sort is stable, and
 * a descending comparison keeps equal keys in their order too, as reverse=True does.
 */
function sortIndicesBy(idx: number[], k: ArrayLike<number | string>, rev: boolean): number[] {
  return idx.sort(rev ? (i, j) => (k[j] < k[i] ? -1 : k[j] > k[i] ? 1 : 0) : (i, j) => (k[i] < k[j] ? -1 : k[i] > k[j] ? 1 : 0));
}
function allImmediate(items: number[]): boolean {
  for (let i = 0; i < items.length; i++) if (!(items[i] < REF_BASE)) return false;
  return true;
}
const SURROGATE = /[\uD800-\uDFFF]/;
/** The keys as JS strings when every one is an exact str without surrogates. */
function strKeys(keys: number[]): string[] | null {
  if (keys.length === 0 || !isExactStr(keys[0])) return null;
  const out: string[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    if (!isExactStr(keys[i])) return null;
    const s = jsString(keys[i]);
    if (SURROGATE.test(s)) return null;
    out[i] = s;
  }
  return out;
}
/** Stable merge sort of indices; `less(i, j)`: i sorts strictly before j. */
function mergeSort(a: number[], less: (i: number, j: number) => boolean): number[] {
  if (a.length < 2) return a;
  const mid = a.length >> 1;
  const left = mergeSort(a.slice(0, mid), less), right = mergeSort(a.slice(mid), less);
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < left.length && j < right.length) {
    // Take from the right only when it is strictly less (stability).
    if (less(right[j], left[i])) out.push(right[j++]); else out.push(left[i++]);
  }
  while (i < left.length) out.push(left[i++]);
  while (j < right.length) out.push(right[j++]);
  return out;
}

function listNew(cls: number): number { return newListOfType(cls, []); }
function listInit(self: number, iterable: number): number {
  if (iterable === NULL) { listSetItems(self, []); return None; }
  const mark = rootMark();
  pushRoot(self);
  try { listSetItems(self, iterableToArray(iterable)); } finally { rootRelease(mark); }
  return None;
}
function listRemove(l: number, v: number): number {
  const n = listLength(l);
  for (let i = 0; i < n; i++) {
    const x = listGet(l, i);
    if (x !== NULL && eqBool(x, v)) { listPopAt(l, i); return None; }
  }
  raise(exc.ValueError, 'list.remove(x): x not in list');
}
function listIndex(l: number, v: number, start: number, stop: number): number {
  const n = listLength(l);
  let a = start === NULL ? 0 : indexSmall(start), b = stop === NULL ? n : indexSmall(stop);
  if (a < 0) a = Math.max(0, a + n);
  if (b < 0) b = Math.max(0, b + n);
  for (let i = a; i < b && i < listLength(l); i++) {
    const x = listGet(l, i);
    if (x !== NULL && eqBool(x, v)) return i;
  }
  raise(exc.ValueError, `${reprJs(v)} is not in list`);
}
/** l * n: n any __index__ object (sq_repeat); anything else is left to the other operand. */
function listRepeat(l: number, n: number): number {
  if (!indexCheck(n)) return NotImplemented;
  const k = repeatCount(n, listLength(l));
  const items = listItems(l);
  const out: number[] = [];
  for (let i = 0; i < k; i++) for (const x of items) out.push(x);
  return out.length === 0 && k > 0 ? newList([]) : newList(out);
}

export const listHandle = defineBuiltinType({
  name: 'list', layout: Layout.List, size: LIST_BYTES,
  doc: 'Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.',
  setRef: (r) => { ListType = r; listTypeAddr = r - REF_BASE; },
  methods: [
    { name: '__new__', sig: '__new__(cls, *args, **kwargs)', fn: listNew, kind: 'staticmethod' },
    { name: '__init__', sig: '__init__(self, iterable=(), /)', fn: listInit },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => newStr(listRepr(s)) },
    { name: '__len__', sig: '__len__(self, /)', fn: (s: number) => listLength(s) },
    { name: '__iter__', sig: '__iter__(self, /)', fn: (s: number) => newIterator(IterKind.List, s, 0) },
    { name: '__reversed__', sig: '__reversed__(self, /)', fn: (s: number) => newIterator(IterKind.ListReverse, s, 0, listLength(s) - 1) },
    { name: '__getitem__', sig: '__getitem__(self, index, /)', fn: listGetItem },
    { name: '__setitem__', sig: '__setitem__(self, key, value, /)', fn: (s: number, k: number, v: number) => { listSetItem(s, k, v); return None; } },
    { name: '__delitem__', sig: '__delitem__(self, key, /)', fn: (s: number, k: number) => { listSetItem(s, k, NULL); return None; } },
    { name: '__contains__', sig: '__contains__(self, key, /)', fn: (s: number, k: number) => { for (let i = 0; i < listLength(s); i++) { const x = listGet(s, i); if (x !== NULL && eqBool(x, k)) return bool(true); } return bool(false); } },
    { name: '__eq__', sig: '__eq__(self, value, /)', fn: (s: number, o: number) => listCompare(s, o, Cmp.EQ) },
    { name: '__ne__', sig: '__ne__(self, value, /)', fn: (s: number, o: number) => listCompare(s, o, Cmp.NE) },
    { name: '__lt__', sig: '__lt__(self, value, /)', fn: (s: number, o: number) => listCompare(s, o, Cmp.LT) },
    { name: '__le__', sig: '__le__(self, value, /)', fn: (s: number, o: number) => listCompare(s, o, Cmp.LE) },
    { name: '__gt__', sig: '__gt__(self, value, /)', fn: (s: number, o: number) => listCompare(s, o, Cmp.GT) },
    { name: '__ge__', sig: '__ge__(self, value, /)', fn: (s: number, o: number) => listCompare(s, o, Cmp.GE) },
    { name: '__add__', sig: '__add__(self, value, /)', fn: (s: number, o: number) => { if (!isInstance(o, ListType)) return NotImplemented; return newList([...listItems(s), ...listItems(o)]); } },
    { name: '__iadd__', sig: '__iadd__(self, value, /)', fn: (s: number, o: number) => { listExtendItems(s, iterableToArray(o)); return s; } },
    { name: '__mul__', sig: '__mul__(self, value, /)', fn: listRepeat },
    { name: '__rmul__', sig: '__rmul__(self, value, /)', fn: listRepeat },
    { name: '__imul__', sig: '__imul__(self, value, /)', fn: (s: number, n: number) => {
      const r = listRepeat(s, n);
      if (r === NotImplemented) return r;
      listSetItems(s, listItems(r)); return s;
    } },
    { name: '__hash__', sig: '__hash__(self, /)', fn: () => raise(exc.TypeError, "unhashable type: 'list'") },
    { name: '__sizeof__', sig: '__sizeof__(self, /)', fn: (s: number) => 40 + 8 * listLength(s) },
    { name: 'append', sig: 'append(self, object, /)', fn: (s: number, v: number) => { listAppend(s, v); return None; } },
    { name: 'extend', sig: 'extend(self, iterable, /)', fn: (s: number, it: number) => { listExtendItems(s, iterableToArray(it)); return None; } },
    { name: 'insert', sig: 'insert(self, index, object, /)', fn: (s: number, i: number, v: number) => { listInsert(s, indexSmall(i), v); return None; } },
    { name: 'pop', sig: 'pop(self, index=-1, /)', fn: (s: number, i: number) => {
      const k0 = i === NULL ? -1 : asSsize(i);
      const n = listLength(s);
      if (n === 0) raise(exc.IndexError, 'pop from empty list');
      let k = k0;
      if (k < 0) k += n;
      if (k < 0 || k >= n) raise(exc.IndexError, 'pop index out of range');
      const v = listPopAt(s, k);
      if (v === NULL) raise(exc.IndexError, 'pop index out of range');
      return v;
    } },
    { name: 'remove', sig: 'remove(self, value, /)', fn: listRemove },
    { name: 'index', sig: 'index(self, value, start=0, stop=sys.maxsize, /)', fn: listIndex },
    { name: 'count', sig: 'count(self, value, /)', fn: (s: number, v: number) => { let c = 0; for (const x of listItems(s)) if (eqBool(x, v)) c++; return c; } },
    { name: 'clear', sig: 'clear(self, /)', fn: (s: number) => { listSetItems(s, []); return None; } },
    { name: 'copy', sig: 'copy(self, /)', fn: (s: number) => newList(listItems(s)) },
    { name: 'reverse', sig: 'reverse(self, /)', fn: (s: number) => { listSetItems(s, listItems(s).reverse()); return None; } },
    { name: 'sort', sig: 'sort(self, /, *, key=None, reverse=False)', fn: listSort },
  ],
});
builtinAllocators.set(listHandle.index, (cls) => newListOfType(cls, []));

void PyException;
