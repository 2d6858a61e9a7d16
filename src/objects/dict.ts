/**
 * dict: insertion-ordered hash tables (the compact layout: a sparse index array over a
 * dense, ordered entry array).
 *
 * Heap layout:
 *   dict:  [header][i32 lock, i32 used][f64 keys ref][f64 version][f64 instance dict (subclasses)]
 *   keys:  [header][i32 log2size, i32 usable][i32 nentries, i32 0]
 *          [i32 indices[size]] (padded to 8 bytes) [entries: f64 hash, key, value]...
 *   index: -1 empty, -2 deleted, else the entry number.
 *
 * Concurrency (ARCHITECTURE.md point 5): readers take no lock and write nothing.
 *   - Writers hold the dict's lock word. They never call Python code while holding it:
 *     key comparison that may run Python happens in an unlocked lookup first, and the
 *     write is done only if the dict's version did not change meanwhile (else retry).
 *   - An insert writes the entry (hash, key, value) before publishing its index with an
 *     atomic store, so a reader that sees the index sees the entry.
 *   - A resize builds a new keys table and publishes it with one store of the keys ref;
 *     the old table is never written again and stays readable until the next collection,
 *     which cannot happen while a reader is between two heap reads (no safepoint there).
 *   - A deleted entry has value NULL: a reader that matched its key reads NULL = absent.
 *   - A keys table's entry count only grows (deleted entries keep their position until a
 *     resize makes a new table): attributeCache.ts proves a name absent from an unchanged
 *     (table, count) pair.
 */
import { I32, F, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { registerTracer, registerSealedTracing } from '../heap/collector';
import { lockObject, unlockObject } from '../threads/wordLock';
import { StrType, strEquals, strHash } from './str';

export let DictType = 0;
let dictTypeAddr = 0;
let keysTypeAddr = 0;
export function setDictType(t: number): void { DictType = t; dictTypeAddr = t - REF_BASE; }
export function setKeysType(t: number): void { keysTypeAddr = t - REF_BASE; }

/** Hooks set by runtime/protocol.ts: generic hash and equality (may run Python code). */
let hashHook: (v: number) => number = () => { throw new Error('hash hook unset'); };
let eqHook: (a: number, b: number) => boolean = () => false;
export function setDictHooks(hash: (v: number) => number, eq: (a: number, b: number) => boolean): void {
  hashHook = hash; eqHook = eq;
}

const D_LOCK = 2; //    i32 index offset
const D_USED = 3; //    i32
const D_KEYS = 2; //    f64 index offset
const D_VERSION = 3; // f64
const D_DICT = 4; //    f64
export const DICT_BYTES = 40;

registerTracer(Layout.Dict, (a, visit) => {
  visit(F[(a >> 3) + D_KEYS]);
  visit(F[(a >> 3) + D_DICT]);
});
// Every write into a dict or its keys table changes the version (dictSetItemHashed, resize,
// dictPopHashed, dictClear, dictPopLast), except the instance dict of a dict subclass:
// sealed dicts are traced only once changed (collector.ts, traceSealedRoots).
registerSealedTracing(Layout.Dict, {
  ownedLayout: Layout.DictKeys,
  owned: (a) => { const k = F[(a >> 3) + D_KEYS]; return k > REF_BASE ? k - REF_BASE : 0; },
  version: (a) => F[(a >> 3) + D_VERSION],
  restamp: true, // a dict's version only grows
  unversioned: (a, visit) => visit(F[(a >> 3) + D_DICT]),
});
registerTracer(Layout.DictKeys, (a, visit) => {
  const w = a >> 2;
  const size = 1 << I32[w + 2];
  const n = I32[w + 4];
  const e = entriesBase(a, size);
  for (let i = 0; i < n; i++) {
    visit(F[e + 3 * i + 1]);
    visit(F[e + 3 * i + 2]);
  }
});

function entriesBase(keysAddr: number, size: number): number {
  return (keysAddr + 24 + ((size * 4 + 7) & ~7)) >> 3;
}
function usableFor(size: number): number { return ((size << 1) / 3) | 0; }

function newKeys(log2: number): number {
  const size = 1 << log2;
  const usable = usableFor(size);
  const bytes = 24 + ((size * 4 + 7) & ~7) + usable * 24;
  const ref = allocObject(bytes, keysTypeAddr, Layout.DictKeys);
  const a = ref - REF_BASE;
  const w = a >> 2;
  I32[w + 2] = log2;
  I32[w + 3] = usable;
  I32[w + 4] = 0;
  I32[w + 5] = 0;
  I32.fill(-1, w + 6, w + 6 + size);
  return ref;
}

let versionCounter = 0;
/** Versions are unique per dict lifetime: thread-local high bits + counter (see IC notes). */
export let versionBase = 0;
export function setVersionBase(threadIndex: number): void { versionBase = (threadIndex + 1) * 2 ** 40; versionCounter = 0; }
function freshVersion(): number { versionCounter += 1 << 20; return versionBase + versionCounter; }

export function newDictOfType(typeRef: number, sizeHint = 0): number {
  let log2 = 3;
  while (usableFor(1 << log2) < sizeHint) log2++;
  const keys = newKeys(log2);
  const ref = allocObject(DICT_BYTES, typeRef - REF_BASE, Layout.Dict);
  const a = ref - REF_BASE;
  I32[(a >> 2) + D_LOCK] = 0;
  I32[(a >> 2) + D_USED] = 0;
  F[(a >> 3) + D_KEYS] = keys;
  F[(a >> 3) + D_VERSION] = freshVersion();
  F[(a >> 3) + D_DICT] = NULL;
  return ref;
}
export function newDict(sizeHint = 0): number {
  return newDictOfType(DictType, sizeHint);
}

export function dictLen(d: number): number { return I32[((d - REF_BASE) >> 2) + D_USED]; }
export function dictVersion(d: number): number { return F[((d - REF_BASE) >> 3) + D_VERSION]; }
/** The F index of d's version word (compiled code checks global caches inline). */
export function dictVersionIndex(d: number): number { return ((d - REF_BASE) >> 3) + D_VERSION; }
export function dictKeysRef(d: number): number { return F[((d - REF_BASE) >> 3) + D_KEYS]; }
export function dictInstanceDict(d: number): number { return F[((d - REF_BASE) >> 3) + D_DICT]; }
export function setDictInstanceDict(d: number, v: number): void { F[((d - REF_BASE) >> 3) + D_DICT] = v; }

function keysEqual(stored: number, key: number): boolean {
  if (stored === key) return true;
  if (stored < REF_BASE || key < REF_BASE) return eqHook(stored, key);
  const sa = stored - REF_BASE, ka = key - REF_BASE;
  const st = I32[sa >> 2], kt = I32[ka >> 2];
  if (st === kt && st === StrType - REF_BASE) return strEquals(stored, key);
  return eqHook(stored, key);
}

/** Whether equality of these keys is decided without running Python code. */
function nativeEq(stored: number, key: number): boolean {
  if (stored < REF_BASE && key < REF_BASE) return true;
  if (stored < REF_BASE || key < REF_BASE) return false;
  const st = I32[(stored - REF_BASE) >> 2];
  return st === I32[(key - REF_BASE) >> 2] && st === StrType - REF_BASE;
}

/**
 * Probe for `key`: returns the entry number, or -1 with `lastSlot` set to the index slot
 * where it would be inserted. Probe order: CPython's (i = 5i + perturb + 1).
 */
let lastSlot = 0;
/** The index slot where findEntry found its entry (valid after a hit). */
let foundSlot = 0;
function findEntry(keysRef: number, key: number, hash: number): number {
  const ka = keysRef - REF_BASE;
  const w = ka >> 2;
  const size = 1 << I32[w + 2];
  const mask = size - 1;
  const idx = w + 6;
  const e = entriesBase(ka, size);
  let lo = hash | 0;
  let hi = Math.floor(hash / 4294967296) | 0;
  let i = lo & mask;
  let freeSlot = -1;
  for (;;) {
    const ix = I32[idx + i];
    if (ix === -1) {
      lastSlot = freeSlot >= 0 ? freeSlot : i;
      return -1;
    }
    if (ix === -2) {
      if (freeSlot < 0) freeSlot = i;
    } else {
      const ef = e + 3 * ix;
      const k = F[ef + 1];
      if (k === key || (F[ef] === hash && k !== NULL && keysEqual(k, key))) { foundSlot = i; return ix; }
    }
    // perturb >>= 5 over the 64-bit hash; i = (5i + perturb + 1) & mask
    lo = (lo >>> 5) | (hi << 27);
    hi = hi >>> 5;
    i = ((i * 5) + (lo >>> 0) + 1) & mask;
  }
}

/** Value for `key` with precomputed hash, or NULL. Lock-free. */
export function dictLookupHashed(d: number, key: number, hash: number): number {
  for (;;) {
    const keys = F[((d - REF_BASE) >> 3) + D_KEYS];
    const ix = findEntry(keys, key, hash);
    if (ix < 0) {
      // A comparison may have run Python code that replaced the table: look again.
      if (F[((d - REF_BASE) >> 3) + D_KEYS] !== keys) continue;
      return NULL;
    }
    const ka = keys - REF_BASE;
    return F[entriesBase(ka, 1 << I32[(ka >> 2) + 2]) + 3 * ix + 2];
  }
}

export function dictLookup(d: number, key: number): number {
  return dictLookupHashed(d, key, hashHook(key));
}

/** Lookup of an exact-str key (attribute names, globals): no Python code can run. */
export function dictLookupStr(d: number, key: number): number {
  const keys = F[((d - REF_BASE) >> 3) + D_KEYS];
  const ix = findEntry(keys, key, strHash(key));
  if (ix < 0) return NULL;
  const ka = keys - REF_BASE;
  return F[entriesBase(ka, 1 << I32[(ka >> 2) + 2]) + 3 * ix + 2];
}

// ---- slot hints for inline caches (runtime/attributeCache.ts) -----------------------------
// A hint is (log2 of the table size, index slot) where an exact-str key was found once.
// Checking it costs a few reads and no hashing or probing; a stale hint just misses. The
// checks read the table like any lock-free reader: the index slot, then its entry.

/** The index slot of exact-str `key` in d's current table, or -1 when absent. */
export function dictSlotOfStr(d: number, key: number): number {
  return findEntry(F[((d - REF_BASE) >> 3) + D_KEYS], key, strHash(key)) < 0 ? -1 : foundSlot;
}
/** How many entries (live or deleted) a keys table holds: it only grows. */
export function dictKeysEntryCount(keys: number): number { return I32[((keys - REF_BASE) >> 2) + 4]; }
/** log2 of the size of d's current table (the other half of a hint). */
export function dictLog2Size(d: number): number {
  return I32[((F[((d - REF_BASE) >> 3) + D_KEYS] - REF_BASE) >> 2) + 2];
}
/** F words from a keys table of size 2^log2 to its first entry (compiled code's inline read). */
export function dictEntriesOffset(log2: number): number { return entriesBase(0, 1 << log2); }
/** F index of the entry at the hinted slot of d's table if it holds `key`, else -1. */
function hintedEntry(d: number, key: number, log2: number, slot: number): number {
  const ka = F[((d - REF_BASE) >> 3) + D_KEYS] - REF_BASE;
  if (I32[(ka >> 2) + 2] !== log2) return -1;
  const ix = I32[(ka >> 2) + 6 + slot];
  if (ix < 0) return -1;
  const ef = entriesBase(ka, 1 << log2) + 3 * ix;
  return F[ef + 1] === key ? ef : -1;
}
/** Value of `key` if the hinted slot of d's table holds it; NULL if not (or deleted). */
export function dictLookupAtSlot(d: number, key: number, log2: number, slot: number): number {
  const ef = hintedEntry(d, key, log2, slot);
  return ef < 0 ? NULL : F[ef + 2];
}
/**
 * Replace the value of `key` (present and live) at the hinted slot, as dictSetItemHashed
 * does under the dict's lock; false (nothing written) if the hint no longer holds.
 */
export function dictReplaceAtSlot(d: number, key: number, log2: number, slot: number, value: number): boolean {
  const dw = (d - REF_BASE) >> 2;
  const df = (d - REF_BASE) >> 3;
  const held = lockObject(I32, dw + D_LOCK);
  try {
    const ef = hintedEntry(d, key, log2, slot);
    if (ef < 0 || F[ef + 2] === NULL) return false;
    F[ef + 2] = value;
    F[df + D_VERSION] += 1;
    return true;
  } finally {
    unlockObject(I32, dw + D_LOCK, held);
  }
}

export function dictSetItem(d: number, key: number, value: number): void {
  dictSetItemHashed(d, key, hashHook(key), value);
}

export function dictSetItemHashed(d: number, key: number, hash: number, value: number): void {
  const dw = (d - REF_BASE) >> 2;
  const df = (d - REF_BASE) >> 3;
  for (;;) {
    let version = F[df + D_VERSION];
    let keys = F[df + D_KEYS];
    let ix: number;
    let slot: number;
    // Unlocked probe when a comparison could run Python code.
    ix = findEntry(keys, key, hash);
    slot = lastSlot;
    const held = lockObject(I32, dw + D_LOCK);
    try {
      if (F[df + D_VERSION] !== version) {
        // Changed meanwhile: redo the probe under the lock if it is native-only.
        version = F[df + D_VERSION];
        keys = F[df + D_KEYS];
        if (!probeIsNative(keys, key, hash)) continue;
        ix = findEntry(keys, key, hash);
        slot = lastSlot;
      }
      const ka = keys - REF_BASE;
      const kw = ka >> 2;
      const size = 1 << I32[kw + 2];
      const e = entriesBase(ka, size);
      if (ix >= 0) {
        F[e + 3 * ix + 2] = value;
        F[df + D_VERSION] = version + 1;
        return;
      }
      const n = I32[kw + 4];
      if (n >= I32[kw + 3]) {
        resize(d, I32[dw + D_USED] + 1);
        F[df + D_VERSION] = version + 1;
        // Insert into the fresh table (no equal key can be there: we probed above).
        insertFresh(F[df + D_KEYS], key, hash, value);
        I32[dw + D_USED]++;
        return;
      }
      const ef = e + 3 * n;
      F[ef] = hash;
      F[ef + 1] = key;
      F[ef + 2] = value;
      I32[kw + 4] = n + 1;
      Atomics.store(I32, kw + 6 + slot, n);
      I32[dw + D_USED]++;
      F[df + D_VERSION] = version + 1;
      return;
    } finally {
      unlockObject(I32, dw + D_LOCK, held);
    }
  }
}

/** Whether probing for key in keys compares only with native equality. */
function probeIsNative(keys: number, key: number, hash: number): boolean {
  const ka = keys - REF_BASE;
  const w = ka >> 2;
  const size = 1 << I32[w + 2];
  const n = I32[w + 4];
  const e = entriesBase(ka, size);
  for (let i = 0; i < n; i++) {
    const ef = e + 3 * i;
    if (F[ef] === hash && F[ef + 1] !== NULL && !nativeEq(F[ef + 1], key)) return false;
  }
  return true;
}

/** Insert a key known to be absent into a table with room (caller holds the lock). */
function insertFresh(keys: number, key: number, hash: number, value: number): void {
  const ka = keys - REF_BASE;
  const w = ka >> 2;
  const size = 1 << I32[w + 2];
  const mask = size - 1;
  const e = entriesBase(ka, size);
  let lo = hash | 0;
  let hi = Math.floor(hash / 4294967296) | 0;
  let i = lo & mask;
  while (I32[w + 6 + i] !== -1) {
    lo = (lo >>> 5) | (hi << 27);
    hi = hi >>> 5;
    i = ((i * 5) + (lo >>> 0) + 1) & mask;
  }
  const n = I32[w + 4];
  const ef = e + 3 * n;
  F[ef] = hash;
  F[ef + 1] = key;
  F[ef + 2] = value;
  I32[w + 4] = n + 1;
  Atomics.store(I32, w + 6 + i, n);
}

/** Replace the keys table by one sized for `minUsed` entries, dropping deleted entries. */
function resize(d: number, minUsed: number): void {
  const df = (d - REF_BASE) >> 3;
  const old = F[df + D_KEYS];
  const oa = old - REF_BASE;
  const ow = oa >> 2;
  const oldSize = 1 << I32[ow + 2];
  const n = I32[ow + 4];
  const oe = entriesBase(oa, oldSize);
  // CPython's growth rate: room for three times the live entries.
  let log2 = 3;
  while ((1 << log2) < minUsed * 3) log2++;
  const fresh = newKeys(log2);
  for (let i = 0; i < n; i++) {
    const ef = oe + 3 * i;
    if (F[ef + 2] === NULL) continue;
    insertFresh(fresh, F[ef + 1], F[ef], F[ef + 2]);
  }
  // Publish: the fresh table is complete before its reference becomes visible.
  Atomics.store(I32, (fresh - REF_BASE) >> 2 , I32[(fresh - REF_BASE) >> 2]);
  F[df + D_KEYS] = fresh;
}

/** Remove `key`; returns the old value or NULL if absent. */
export function dictPopHashed(d: number, key: number, hash: number): number {
  const dw = (d - REF_BASE) >> 2;
  const df = (d - REF_BASE) >> 3;
  for (;;) {
    const version = F[df + D_VERSION];
    const keys = F[df + D_KEYS];
    const ix = findEntry(keys, key, hash);
    if (ix < 0) {
      if (F[df + D_VERSION] !== version) continue;
      return NULL;
    }
    const held = lockObject(I32, dw + D_LOCK);
    try {
      if (F[df + D_VERSION] !== version) continue;
      const ka = keys - REF_BASE;
      const kw = ka >> 2;
      const size = 1 << I32[kw + 2];
      const e = entriesBase(ka, size);
      const ef = e + 3 * ix;
      const old = F[ef + 2];
      // Find the index slot pointing at ix and mark it deleted.
      for (let i = 0; i < size; i++) if (I32[kw + 6 + i] === ix) { Atomics.store(I32, kw + 6 + i, -2); break; }
      F[ef + 2] = NULL;
      F[ef + 1] = NULL;
      I32[dw + D_USED]--;
      F[df + D_VERSION] = version + 1;
      return old;
    } finally {
      unlockObject(I32, dw + D_LOCK, held);
    }
  }
}
export function dictPop(d: number, key: number): number {
  return dictPopHashed(d, key, hashHook(key));
}

export function dictClear(d: number): void {
  const dw = (d - REF_BASE) >> 2;
  const df = (d - REF_BASE) >> 3;
  const held = lockObject(I32, dw + D_LOCK);
  try {
    F[df + D_KEYS] = newKeys(3);
    I32[dw + D_USED] = 0;
    F[df + D_VERSION] += 1;
  } finally {
    unlockObject(I32, dw + D_LOCK, held);
  }
}

// ---- iteration: entry positions are stable until a resize; iterators check the version.
/** Number of entry positions (including deleted ones) of the current table. */
export function dictEntryCount(d: number): number {
  const keys = F[((d - REF_BASE) >> 3) + D_KEYS];
  return I32[((keys - REF_BASE) >> 2) + 4];
}
/** F index of entry i of the dict's current table (hash, key, value). */
export function dictEntry(d: number, i: number): number {
  const keys = F[((d - REF_BASE) >> 3) + D_KEYS];
  const ka = keys - REF_BASE;
  return entriesBase(ka, 1 << I32[(ka >> 2) + 2]) + 3 * i;
}
export function dictKeysList(d: number): number[] {
  const out: number[] = [];
  const n = dictEntryCount(d);
  for (let i = 0; i < n; i++) {
    const ef = dictEntry(d, i);
    if (F[ef + 2] !== NULL) out.push(F[ef + 1]);
  }
  return out;
}
export function dictItemsList(d: number): [number, number][] {
  const out: [number, number][] = [];
  const n = dictEntryCount(d);
  for (let i = 0; i < n; i++) {
    const ef = dictEntry(d, i);
    if (F[ef + 2] !== NULL) out.push([F[ef + 1], F[ef + 2]]);
  }
  return out;
}

/** Remove and return the last item as [key, value], or null if empty (dict.popitem). */
export function dictPopLast(d: number): [number, number] | null {
  const dw = (d - REF_BASE) >> 2;
  const df = (d - REF_BASE) >> 3;
  const held = lockObject(I32, dw + D_LOCK);
  try {
    const keys = F[df + D_KEYS];
    const ka = keys - REF_BASE;
    const kw = ka >> 2;
    const size = 1 << I32[kw + 2];
    const e = entriesBase(ka, size);
    for (let i = I32[kw + 4] - 1; i >= 0; i--) {
      const ef = e + 3 * i;
      if (F[ef + 2] === NULL) continue;
      const item: [number, number] = [F[ef + 1], F[ef + 2]];
      for (let s = 0; s < size; s++) if (I32[kw + 6 + s] === i) { Atomics.store(I32, kw + 6 + s, -2); break; }
      F[ef + 1] = NULL;
      F[ef + 2] = NULL;
      I32[dw + D_USED]--;
      F[df + D_VERSION] += 1;
      return item;
    }
    return null;
  } finally {
    unlockObject(I32, dw + D_LOCK, held);
  }
}

// ---- the dict type (core; views and the remaining methods live in dictViews.ts) -----------
import { defineBuiltinType } from './registry';
import { raise } from '../runtime/errors';
import { exc } from './exceptions';
import { None, NotImplemented, bool, reprJs, isInstance, eqBool, typeOf, callDescr, hash as pyHash } from '../runtime/protocol';
import { newStr } from './str';
import { typeLookup } from './typeobject';
import { N } from '../runtime/names';
import { newIterator, IterKind, iterableToArray, iterableToRootedArray, getIter, iterNext } from '../runtime/iteration';
import { newTuple, tupleLength, tupleItem } from './tuple';
import { builtinAllocators } from './object';
import { enterRepr, leaveRepr } from '../runtime/reprGuard';
import { rootMark, pushRoot, rootRelease } from '../threads/threadState';
import { callObject } from '../runtime/call';
import { jsString } from './str';

/** d[key] with __missing__ for subclasses; raises KeyError. */
export function dictGetItem(d: number, key: number): number {
  const v = dictLookup(d, key);
  if (v !== NULL) return v;
  if (typeOf(d) !== DictType) {
    const m = typeLookup(typeOf(d), N.__missing__);
    if (m !== NULL) return callDescr(m, d, [key]);
  }
  throw keyError(key);
}
export function keyError(key: number): unknown {
  try { raise(exc.KeyError, null); } catch (e) {
    // KeyError(key): args = (key,)
    setExcArgsHook((e as { exc: number }).exc, newTuple([key]));
    return e;
  }
}
let setExcArgsHook: (e: number, args: number) => void = () => {};
export function setDictExcArgsHook(f: (e: number, args: number) => void): void { setExcArgsHook = f; }

export function dictRepr(d: number): string {
  if (dictLen(d) === 0) return '{}';
  if (!enterRepr(d)) return '{...}';
  try {
    const parts: string[] = [];
    for (const [k, v] of dictItemsList(d)) parts.push(`${reprJs(k)}: ${reprJs(v)}`);
    return `{${parts.join(', ')}}`;
  } finally { leaveRepr(d); }
}

/** dict.update / dict(...) argument handling: a mapping (keys()) or an iterable of pairs. */
export function dictMerge(d: number, other: number): void {
  const mark = rootMark();
  pushRoot(d); pushRoot(other);
  try {
    if (isInstance(other, DictType)) {
      for (const [k, v] of dictItemsList(other)) dictSetItem(d, k, v);
      return;
    }
    const keysM = typeLookup(typeOf(other), N.keys);
    if (keysM !== NULL) {
      const keys = iterableToArray(callDescr(keysM, other, []));
      const kl = newTuple(keys);
      pushRoot(kl);
      for (const k of keys) {
        // The value may be fresh: rooted while the key's __hash__/__eq__ run.
        const m = rootMark();
        const vs = pushRoot(getItemHook(other, k));
        dictSetItem(d, k, F[vs]);
        rootRelease(m);
      }
      return;
    }
    const it = getIter(other);
    pushRoot(it);
    for (let i = 0; ; i++) {
      // One item's roots at a time (the iterable may be long).
      const m = rootMark();
      const item = iterNext(it);
      if (item === NULL) return;
      pushRoot(item);
      const pair = iterableToArraySafe(item, i);
      pushRoot(pair[0]); pushRoot(pair[1]);
      dictSetItem(d, pair[0], pair[1]);
      rootRelease(m);
    }
  } finally { rootRelease(mark); }
}
function iterableToArraySafe(item: number, i: number): number[] {
  let pair: number[];
  try { pair = iterableToArray(item); } catch (e) {
    if ((e as { exc?: number }).exc !== undefined && isInstance((e as { exc: number }).exc, exc.TypeError)) raise(exc.TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
    throw e;
  }
  if (pair.length !== 2) raise(exc.ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
  return pair;
}
let getItemHook: (o: number, k: number) => number = () => NULL;
export function setDictGetItemHook(f: (o: number, k: number) => number): void { getItemHook = f; }

function dictInit(self: number, arg: number, kwargs: Map<string, number> | null): number {
  if (arg !== NULL) dictMerge(self, arg);
  if (kwargs) for (const [k, v] of kwargs) dictSetItem(self, internHook(k), v);
  return None;
}
let internHook: (s: string) => number = () => NULL;
export function setDictInternHook(f: (s: string) => number): void { internHook = f; }

function dictEq(a: number, b: number): boolean {
  if (dictLen(a) !== dictLen(b)) return false;
  for (const [k, v] of dictItemsList(a)) {
    const w = dictLookup(b, k);
    if (w === NULL || !eqBool(v, w)) return false;
  }
  return true;
}

export const dictHandle = defineBuiltinType({
  name: 'dict', layout: Layout.Dict, size: DICT_BYTES,
  doc: "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)",
  setRef: (r) => setDictType(r),
  methods: [
    { name: '__new__', sig: '__new__(cls, *args, **kwargs)', fn: (cls: number) => newDictOfType(cls), kind: 'staticmethod' },
    { name: '__init__', sig: '__init__(self, mapping=None, /, **kwargs)', fn: dictInit },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => newStr(dictRepr(s)) },
    { name: '__len__', sig: '__len__(self, /)', fn: (s: number) => dictLen(s) },
    { name: '__iter__', sig: '__iter__(self, /)', fn: (s: number) => newIterator(IterKind.DictKeys, s, dictLen(s)) },
    { name: '__getitem__', sig: '__getitem__(self, key, /)', fn: dictGetItem },
    { name: '__setitem__', sig: '__setitem__(self, key, value, /)', fn: (s: number, k: number, v: number) => { dictSetItem(s, k, v); return None; } },
    { name: '__delitem__', sig: '__delitem__(self, key, /)', fn: (s: number, k: number) => { if (dictPop(s, k) === NULL) throw keyError(k); return None; } },
    { name: '__contains__', sig: '__contains__(self, key, /)', fn: (s: number, k: number) => bool(dictLookup(s, k) !== NULL) },
    { name: '__eq__', sig: '__eq__(self, value, /)', fn: (s: number, o: number) => isInstance(o, DictType) ? bool(dictEq(s, o)) : NotImplemented },
    { name: '__ne__', sig: '__ne__(self, value, /)', fn: (s: number, o: number) => isInstance(o, DictType) ? bool(!dictEq(s, o)) : NotImplemented },
    { name: '__hash__', sig: '__hash__(self, /)', fn: () => raise(exc.TypeError, "unhashable type: 'dict'") },
    { name: '__or__', sig: '__or__(self, value, /)', fn: (s: number, o: number) => { if (!isInstance(o, DictType)) return NotImplemented; const d = newDict(); dictMerge(d, s); dictMerge(d, o); return d; } },
    { name: '__ior__', sig: '__ior__(self, value, /)', fn: (s: number, o: number) => { dictMerge(s, o); return s; } },
    { name: 'get', sig: 'get(self, key, default=None, /)', fn: (s: number, k: number, d: number) => { const v = dictLookup(s, k); return v !== NULL ? v : d === NULL ? None : d; } },
    { name: 'setdefault', sig: 'setdefault(self, key, default=None, /)', fn: (s: number, k: number, d: number) => { const v = dictLookup(s, k); if (v !== NULL) return v; const nv = d === NULL ? None : d; dictSetItem(s, k, nv); return nv; } },
    { name: 'pop', sig: 'pop(self, key, default=<unrepresentable>, /)', fn: (s: number, k: number, d: number) => { const v = dictPop(s, k); if (v !== NULL) return v; if (d !== NULL) return d; throw keyError(k); } },
    { name: 'popitem', sig: 'popitem(self, /)', fn: (s: number) => { const it = dictPopLast(s); if (it === null) raise(exc.KeyError, 'popitem(): dictionary is empty'); return newTuple(it); } },
    { name: 'keys', sig: 'keys(self, /)', fn: (s: number) => viewHook(s, 0) },
    { name: 'values', sig: 'values(self, /)', fn: (s: number) => viewHook(s, 1) },
    { name: 'items', sig: 'items(self, /)', fn: (s: number) => viewHook(s, 2) },
    { name: 'update', sig: 'update(self, other=None, /, **kwargs)', fn: dictInit },
    { name: 'clear', sig: 'clear(self, /)', fn: (s: number) => { dictClear(s); return None; } },
    { name: 'copy', sig: 'copy(self, /)', fn: (s: number) => { const d = newDict(dictLen(s)); for (const [k, v] of dictItemsList(s)) dictSetItem(d, k, v); return d; } },
    { name: 'fromkeys', sig: 'fromkeys(cls, iterable, value=None, /)', fn: (cls: number, it: number, v: number) => {
      const d = callObject(cls, [], null);
      const mark = rootMark(); pushRoot(d);
      // The keys may be fresh (a generator's): rooted while __hash__/__eq__/__setitem__ run.
      try { for (const k of iterableToRootedArray(it)) setItemHook(d, k, v === NULL ? None : v); } finally { rootRelease(mark); }
      return d;
    }, kind: 'classmethod' },
    { name: '__reversed__', sig: '__reversed__(self, /)', fn: (s: number) => getIter(newTuple(dictKeysList(s).reverse())) },
    { name: '__sizeof__', sig: '__sizeof__(self, /)', fn: (s: number) => 48 + 24 * dictLen(s) },
  ],
});
builtinAllocators.set(dictHandle.index, (cls) => newDictOfType(cls));
let viewHook: (d: number, kind: number) => number = () => NULL;
let setItemHook: (o: number, k: number, v: number) => void = () => {};
export function setDictViewHook(f: (d: number, kind: number) => number, setItem: (o: number, k: number, v: number) => void): void { viewHook = f; setItemHook = setItem; }

void tupleLength; void tupleItem; void pyHash; void jsString;
