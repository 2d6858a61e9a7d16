/**
 * set and frozenset: open-addressing hash tables of (hash, key) entries, with CPython's
 * probe sequence, growth rule and table-order iteration (Objects/setobject.c), so that
 * sets of small ints and other deterministic hashes print in CPython's order.
 *
 * Heap layout:
 *   set:   [header][i32 lock, i32 used][f64 table ref][i32 fill, i32 finger]
 *          [f64 instance dict (word 4)][f64 cached hash (frozenset) or NULL][i32 version, i32 0]
 *   table: [header][i32 size, i32 0][entries: f64 hash, f64 key]...   (Layout.SetTable)
 *   entry: empty = (0, NULL); dummy (deleted) = (-1, NULL); active = (hash, key).
 *   Subclasses of set and frozenset keep this layout (the dict word holds their __dict__).
 *
 * Probing (set_lookkey / set_add_entry): start at hash & mask, look at LINEAR_PROBES more
 * consecutive entries when they fit before the end of the table, then
 * `perturb >>= 5; i = (i * 5 + 1 + perturb) & mask`. Growth: after filling a never-used
 * entry, when fill * 5 >= mask * 3, the table is rebuilt for used > 50000 ? used * 2 :
 * used * 4 (smallest power of two above, at least 8), dummies dropped.
 *
 * Concurrency (ARCHITECTURE.md point 5):
 *   - Writers hold the set's lock word and never run Python code while holding it. A key
 *     comparison that may run Python code (__eq__) happens in an unlocked probe first; the
 *     write then happens under the lock only if the set's version did not change since
 *     the probe started (else the probe is redone). Every change bumps the version.
 *   - Readers take no lock and write nothing shared. They read an entry's key before its
 *     hash; writers write the hash before the key (insert: hash then key; delete: hash = -1
 *     then key = NULL), so a reader that sees key NULL with a non-zero hash treats the
 *     entry as a dummy and keeps probing.
 *   - A resize (or clear, or swap of bodies) builds a complete new table and publishes it
 *     with one store of the table ref; the old table is never written again and stays
 *     readable until the next collection. A reader that ran Python code (a comparison)
 *     re-checks the table ref and version before reading on, and restarts if they moved.
 *   - The cached frozenset hash is written idempotently (every thread computes the same
 *     value from an immutable table), so a racing write is benign.
 */
import { I32, F, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { registerTracer } from '../heap/collector';
import { lockObject, unlockObject } from '../threads/wordLock';
import { rootMark, pushRoot, rootRelease } from '../threads/threadState';
import { StrType, strEquals, newStr, intern } from './str';

export let SetType = 0;
export let FrozenSetType = 0;
let setTableTypeAddr = 0;
let setIterTypeAddr = 0;

const S_LOCK = 2, S_USED = 3, S_FILL = 6, S_FINGER = 7, S_VERSION = 12; // i32 offsets
const S_TABLE = 2, S_DICT = 4, S_HASH = 5; //                               f64 offsets
export const SET_BYTES = 56;
const MIN_SIZE = 8;
const LINEAR_PROBES = 9;

registerTracer(Layout.Set, (a, visit) => {
  visit(F[(a >> 3) + S_TABLE]);
  visit(F[(a >> 3) + S_DICT]);
  visit(F[(a >> 3) + S_HASH]);
});
registerTracer(Layout.SetTable, (a, visit) => {
  const size = I32[(a >> 2) + 2];
  const base = (a >> 3) + 2;
  for (let i = 0; i < size; i++) visit(F[base + 2 * i + 1]);
});

// ---- tables -------------------------------------------------------------------------------
function newTable(size: number): number {
  const ref = allocObject(16 + 16 * size, setTableTypeAddr, Layout.SetTable);
  const a = ref - REF_BASE;
  I32[(a >> 2) + 2] = size;
  I32[(a >> 2) + 3] = 0;
  const base = (a >> 3) + 2;
  for (let i = 0; i < size; i++) { F[base + 2 * i] = 0; F[base + 2 * i + 1] = NULL; }
  return ref;
}
const tableSize = (t: number): number => I32[((t - REF_BASE) >> 2) + 2];
/** F index of entry 0 (hash; the key follows). */
const tableBase = (t: number): number => ((t - REF_BASE) >> 3) + 2;

/** Insert into a table known to hold no dummies and no equal key (set_insert_clean). */
function insertClean(table: number, key: number, hash: number): void {
  const mask = tableSize(table) - 1;
  const base = tableBase(table);
  let lo = hash | 0;
  let hi = Math.floor(hash / 4294967296) | 0;
  let i = lo & mask;
  for (;;) {
    if (F[base + 2 * i + 1] === NULL) break;
    let found = -1;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) if (F[base + 2 * (i + j) + 1] === NULL) { found = i + j; break; }
    }
    if (found >= 0) { i = found; break; }
    lo = (lo >>> 5) | (hi << 27);
    hi = hi >>> 5;
    i = ((i * 5) + 1 + (lo >>> 0)) & mask;
  }
  F[base + 2 * i] = hash;
  F[base + 2 * i + 1] = key;
}

// ---- the set object -----------------------------------------------------------------------
export function newSetOfType(typeRef: number): number {
  const table = newTable(MIN_SIZE);
  const ref = allocObject(SET_BYTES, typeRef - REF_BASE, Layout.Set);
  const a = ref - REF_BASE;
  const w = a >> 2, f = a >> 3;
  I32[w + S_LOCK] = 0;
  I32[w + S_USED] = 0;
  F[f + S_TABLE] = table;
  I32[w + S_FILL] = 0;
  I32[w + S_FINGER] = 0;
  F[f + S_DICT] = NULL;
  F[f + S_HASH] = NULL;
  I32[w + S_VERSION] = 0;
  I32[w + S_VERSION + 1] = 0;
  return ref;
}
export function newSet(): number { return newSetOfType(SetType); }
export function newFrozenSet(): number { return newSetOfType(FrozenSetType); }

export function setLen(s: number): number { return I32[((s - REF_BASE) >> 2) + S_USED]; }
const tableOf = (s: number): number => F[((s - REF_BASE) >> 3) + S_TABLE];
const versionOf = (s: number): number => I32[((s - REF_BASE) >> 2) + S_VERSION];
const fillOf = (s: number): number => I32[((s - REF_BASE) >> 2) + S_FILL];

/** True for set, frozenset and instances of their subclasses. */
export function isAnySet(v: number): boolean {
  return v >= REF_BASE && (I32[((v - REF_BASE) >> 2) + 1] & 0xff) === Layout.Set;
}
function isMutableSet(v: number): boolean { return isAnySet(v) && isSubtype(typeOfRef(v), SetType); }

function lock(s: number): boolean { return lockObject(I32, ((s - REF_BASE) >> 2) + S_LOCK); }
function unlock(s: number, held: boolean): void { unlockObject(I32, ((s - REF_BASE) >> 2) + S_LOCK, held); }
function bumpVersion(s: number): void { I32[((s - REF_BASE) >> 2) + S_VERSION] = (versionOf(s) + 1) | 0; }

/** Replace the table by one sized for `minUsed` (caller holds the lock). set_table_resize. */
function resizeLocked(s: number, minUsed: number): void {
  let size = MIN_SIZE;
  while (size <= minUsed) size <<= 1;
  const fresh = newTable(size);
  const old = tableOf(s);
  const n = tableSize(old), base = tableBase(old);
  for (let i = 0; i < n; i++) {
    const k = F[base + 2 * i + 1];
    if (k !== NULL) insertClean(fresh, k, F[base + 2 * i]);
  }
  const w = (s - REF_BASE) >> 2;
  I32[w + S_FILL] = I32[w + S_USED];
  Atomics.store(I32, ((fresh - REF_BASE) >> 2) + 3, 0); // complete before it is published
  F[((s - REF_BASE) >> 3) + S_TABLE] = fresh;
  bumpVersion(s);
}

// ---- probing ------------------------------------------------------------------------------
/** Result slots of probe(): the entry index found, or the index where the key would go. */
let probeIndex = 0;
const enum Probe { Restart = -1, Absent = 0, Found = 1 }

function nativeUnequal(k: number, key: number): boolean {
  // Two distinct small ints, or a small int and... (only when decided without Python code)
  return k < REF_BASE && key < REF_BASE;
}
function bothExactStr(k: number, key: number): boolean {
  return k >= REF_BASE && key >= REF_BASE && I32[(k - REF_BASE) >> 2] === StrType - REF_BASE && I32[(key - REF_BASE) >> 2] === StrType - REF_BASE;
}

/**
 * Probe the set's current table for key. Lock-free; may run Python code (__eq__), after
 * which it returns Restart if the table or version moved.
 */
function probe(s: number, key: number, hash: number): Probe {
  const table = tableOf(s);
  const version = versionOf(s);
  const mask = tableSize(table) - 1;
  const base = tableBase(table);
  let lo = hash | 0;
  let hi = Math.floor(hash / 4294967296) | 0;
  let i = lo & mask;
  let free = -1;
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    for (;;) {
      const e = base + 2 * j;
      const k = F[e + 1];
      if (k === NULL) {
        if (F[e] === 0) { probeIndex = free >= 0 ? free : j; return Probe.Absent; }
        free = j; // CPython 3.11 reuses the last dummy seen on the probe path
      } else if (F[e] === hash) {
        if (k === key) { probeIndex = j; return Probe.Found; }
        if (!nativeUnequal(k, key)) {
          if (bothExactStr(k, key)) {
            if (strEquals(k, key)) { probeIndex = j; return Probe.Found; }
          } else {
            const mark = rootMark();
            pushRoot(k);
            let eq: boolean;
            try { eq = eqBool(k, key); } finally { rootRelease(mark); }
            if (tableOf(s) !== table || versionOf(s) !== version || F[e + 1] !== k) return Probe.Restart;
            if (eq) { probeIndex = j; return Probe.Found; }
          }
        }
      }
      if (probes-- === 0) break;
      j++;
    }
    lo = (lo >>> 5) | (hi << 27);
    hi = hi >>> 5;
    i = ((i * 5) + 1 + (lo >>> 0)) & mask;
  }
}

export function setContainsHashed(s: number, key: number, hash: number): boolean {
  for (;;) {
    const r = probe(s, key, hash);
    if (r !== Probe.Restart) return r === Probe.Found;
  }
}

/** Add key (hash known); returns true if it was not there. set_add_entry. */
export function setAddHashed(s: number, key: number, hash: number): boolean {
  const w = (s - REF_BASE) >> 2;
  for (;;) {
    const version = versionOf(s);
    const table = tableOf(s);
    const r = probe(s, key, hash);
    if (r === Probe.Restart) continue;
    if (r === Probe.Found) return false;
    const slot = probeIndex;
    const held = lock(s);
    try {
      if (versionOf(s) !== version || tableOf(s) !== table) continue;
      const e = tableBase(table) + 2 * slot;
      const wasUnused = F[e] !== -1;
      F[e] = hash;
      F[e + 1] = key;
      const used = I32[w + S_USED] + 1;
      Atomics.store(I32, w + S_USED, used);
      bumpVersion(s);
      F[((s - REF_BASE) >> 3) + S_HASH] = NULL;
      if (wasUnused) {
        const fill = ++I32[w + S_FILL];
        const mask = tableSize(table) - 1;
        if (fill * 5 >= mask * 3) resizeLocked(s, used > 50000 ? used * 2 : used * 4);
      }
      return true;
    } finally {
      unlock(s, held);
    }
  }
}

/** Remove key (hash known); returns true if it was there. set_discard_entry. */
export function setDiscardHashed(s: number, key: number, hash: number): boolean {
  const w = (s - REF_BASE) >> 2;
  for (;;) {
    const version = versionOf(s);
    const table = tableOf(s);
    const r = probe(s, key, hash);
    if (r === Probe.Restart) continue;
    if (r === Probe.Absent) return false;
    const slot = probeIndex;
    const held = lock(s);
    try {
      if (versionOf(s) !== version || tableOf(s) !== table) continue;
      const e = tableBase(table) + 2 * slot;
      F[e] = -1;
      F[e + 1] = NULL;
      Atomics.store(I32, w + S_USED, I32[w + S_USED] - 1);
      bumpVersion(s);
      F[((s - REF_BASE) >> 3) + S_HASH] = NULL;
      return true;
    } finally {
      unlock(s, held);
    }
  }
}

export function setAddKey(s: number, key: number): boolean { return setAddHashed(s, key, hash(key)); }
export function setContainsKey(s: number, key: number): boolean { return setContainsHashed(s, key, hash(key)); }

/** The hash used to look a key up: a set key is looked up as the equal frozenset. */
function lookupHash(key: number): number {
  if (isMutableSet(key)) {
    try { return hash(key); } catch (e) {
      if (e instanceof PyException && isInstance(e.exc, exc.TypeError)) return frozensetHashOf(key);
      throw e;
    }
  }
  return hash(key);
}

export function setClear(s: number): void {
  const w = (s - REF_BASE) >> 2;
  const held = lock(s);
  try {
    F[((s - REF_BASE) >> 3) + S_TABLE] = newTable(MIN_SIZE);
    I32[w + S_FILL] = 0;
    Atomics.store(I32, w + S_USED, 0);
    F[((s - REF_BASE) >> 3) + S_HASH] = NULL;
    bumpVersion(s);
  } finally { unlock(s, held); }
}

/** Grow once before merging `incoming` keys (set_merge / dict update prologue). */
function reserveFor(s: number, incoming: number): void {
  const held = lock(s);
  try {
    const mask = tableSize(tableOf(s)) - 1;
    if ((fillOf(s) + incoming) * 5 >= mask * 3) resizeLocked(s, (setLen(s) + incoming) * 2);
  } finally { unlock(s, held); }
}

/** Snapshot of the active entries in table order; the keys are rooted by the caller via `keep`. */
interface Entries { keys: number[]; hashes: number[] }
function entriesOf(s: number): Entries {
  const table = tableOf(s);
  const n = tableSize(table), base = tableBase(table);
  const keys: number[] = [], hashes: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = F[base + 2 * i + 1];
    if (k !== NULL) { keys.push(k); hashes.push(F[base + 2 * i]); }
  }
  return { keys, hashes };
}
/** Root the keys of a snapshot (as one tuple) until the caller's rootRelease. */
function keep(e: Entries): Entries { pushRoot(newTuple(e.keys)); return e; }

export function setKeys(s: number): number[] { return entriesOf(s).keys; }

// ---- bulk operations (set_merge, set_update_internal, ...) --------------------------------
function mergeSet(s: number, other: number): void {
  if (other === s) return;
  const otherUsed = setLen(other);
  if (otherUsed === 0) return;
  reserveFor(s, otherUsed);
  const held = lock(s);
  let done = false;
  try {
    const w = (s - REF_BASE) >> 2;
    const table = tableOf(s);
    const ot = tableOf(other);
    if (fillOf(s) === 0 && tableSize(table) === tableSize(ot) && fillOf(other) === setLen(other)) {
      // Empty target of the same size, no dummies in the source: copy entries in place.
      const n = tableSize(ot), tb = tableBase(table), ob = tableBase(ot);
      let used = 0;
      for (let i = 0; i < n; i++) {
        const k = F[ob + 2 * i + 1];
        if (k !== NULL) { F[tb + 2 * i] = F[ob + 2 * i]; F[tb + 2 * i + 1] = k; used++; }
      }
      I32[w + S_FILL] = used;
      Atomics.store(I32, w + S_USED, used);
      bumpVersion(s);
      done = true;
    } else if (fillOf(s) === 0) {
      // Empty target: no duplicates possible, insert without comparisons.
      const n = tableSize(ot), ob = tableBase(ot);
      let used = 0;
      for (let i = 0; i < n; i++) {
        const k = F[ob + 2 * i + 1];
        if (k !== NULL) { insertClean(table, k, F[ob + 2 * i]); used++; }
      }
      I32[w + S_FILL] = used;
      Atomics.store(I32, w + S_USED, used);
      bumpVersion(s);
      done = true;
    }
    if (done) F[((s - REF_BASE) >> 3) + S_HASH] = NULL;
  } finally { unlock(s, held); }
  if (done) return;
  const mark = rootMark();
  try {
    const e = keep(entriesOf(other));
    for (let i = 0; i < e.keys.length; i++) setAddHashed(s, e.keys[i], e.hashes[i]);
  } finally { rootRelease(mark); }
}

/** Active (key, hash) pairs of a dict, rooted by the caller's mark. */
function dictEntries(d: number): Entries {
  const keys: number[] = [], hashes: number[] = [];
  const n = dictEntryCount(d);
  for (let i = 0; i < n; i++) {
    const ef = dictEntry(d, i);
    if (F[ef + 2] !== NULL) { keys.push(F[ef + 1]); hashes.push(F[ef]); }
  }
  return keep({ keys, hashes });
}

/** Call f on each item of an iterable (items rooted during the call). */
function forEachItem(iterable: number, f: (x: number) => boolean | void): void {
  const mark = rootMark();
  try {
    pushRoot(iterable);
    const t = typeOf(iterable);
    if (t === TupleType) {
      const n = tupleLength(iterable);
      for (let i = 0; i < n; i++) if (f(tupleItem(iterable, i)) === true) return;
      return;
    }
    if (t === ListType) {
      for (let i = 0; ; i++) {
        const x = listGet(iterable, i);
        if (x === NULL) return;
        const m = rootMark(); pushRoot(x);
        try { if (f(x) === true) return; } finally { rootRelease(m); }
      }
    }
    const it = getIter(iterable);
    pushRoot(it);
    for (;;) {
      const x = iterNext(it);
      if (x === NULL) return;
      const m = rootMark(); pushRoot(x);
      try { if (f(x) === true) return; } finally { rootRelease(m); }
    }
  } finally { rootRelease(mark); }
}

export function setUpdateInternal(s: number, iterable: number): void {
  if (isAnySet(iterable)) { mergeSet(s, iterable); return; }
  if (typeOf(iterable) === DictType) {
    const mark = rootMark();
    try {
      pushRoot(iterable);
      reserveFor(s, dictLen(iterable));
      const e = dictEntries(iterable);
      for (let i = 0; i < e.keys.length; i++) setAddHashed(s, e.keys[i], e.hashes[i]);
    } finally { rootRelease(mark); }
    return;
  }
  forEachItem(iterable, (x) => { setAddKey(s, x); });
}

/** make_new_set: a new set of type `cls` filled from an iterable (NULL: empty). */
export function makeNewSet(cls: number, iterable: number): number {
  const s = newSetOfType(cls);
  if (iterable === NULL) return s;
  const mark = rootMark();
  try { pushRoot(s); setUpdateInternal(s, iterable); } finally { rootRelease(mark); }
  return s;
}
/** make_new_set_basetype: results of operations on subclasses are plain set / frozenset. */
function baseTypeOf(s: number): number { return isSubtype(typeOf(s), SetType) ? SetType : FrozenSetType; }
function copyBase(s: number): number { return makeNewSet(baseTypeOf(s), s); }

function withRoots<T>(vals: number[], f: () => T): T {
  const mark = rootMark();
  try { for (const v of vals) pushRoot(v); return f(); } finally { rootRelease(mark); }
}

function setIntersection(so: number, other: number): number {
  if (so === other) return copyBase(so);
  const result = newSetOfType(baseTypeOf(so));
  return withRoots([result, so, other], () => {
    if (isAnySet(other)) {
      let a = so, b = other;
      if (setLen(b) > setLen(a)) { a = other; b = so; }
      const e = keep(entriesOf(b));
      for (let i = 0; i < e.keys.length; i++) if (setContainsHashed(a, e.keys[i], e.hashes[i])) setAddHashed(result, e.keys[i], e.hashes[i]);
      return result;
    }
    forEachItem(other, (x) => {
      const h = hash(x);
      if (setContainsHashed(so, x, h)) setAddHashed(result, x, h);
    });
    return result;
  });
}

/** Give `s` the contents of `tmp` (set_swap_bodies, one direction: tmp is discarded). */
function takeBody(s: number, tmp: number): void {
  const held = lock(s);
  try {
    const w = (s - REF_BASE) >> 2;
    I32[w + S_FILL] = fillOf(tmp);
    F[((s - REF_BASE) >> 3) + S_TABLE] = tableOf(tmp);
    Atomics.store(I32, w + S_USED, setLen(tmp));
    F[((s - REF_BASE) >> 3) + S_HASH] = NULL;
    bumpVersion(s);
  } finally { unlock(s, held); }
}

function setDifferenceUpdateInternal(so: number, other: number): void {
  if (so === other) { setClear(so); return; }
  withRoots([so, other], () => {
    if (isAnySet(other)) {
      let src = other;
      if ((setLen(other) >> 3) > setLen(so)) { src = setIntersection(so, other); pushRoot(src); }
      const e = keep(entriesOf(src));
      for (let i = 0; i < e.keys.length; i++) setDiscardHashed(so, e.keys[i], e.hashes[i]);
    } else {
      forEachItem(other, (x) => { setDiscardHashed(so, x, lookupHash(x)); });
    }
  });
  // More than a quarter dummies: rebuild.
  const held = lock(so);
  try {
    const mask = tableSize(tableOf(so)) - 1;
    if (fillOf(so) - setLen(so) > (mask >>> 2)) {
      const used = setLen(so);
      resizeLocked(so, used > 50000 ? used * 2 : used * 4);
    }
  } finally { unlock(so, held); }
}

function setCopyAndDifference(so: number, other: number): number {
  const r = copyBase(so);
  withRoots([r], () => setDifferenceUpdateInternal(r, other));
  return r;
}

function setDifference(so: number, other: number): number {
  let otherSize: number;
  const isDict = typeOf(other) === DictType;
  if (isAnySet(other)) otherSize = setLen(other);
  else if (isDict) otherSize = dictLen(other);
  else return setCopyAndDifference(so, other);
  if ((setLen(so) >> 2) > otherSize) return setCopyAndDifference(so, other);
  const result = newSetOfType(baseTypeOf(so));
  return withRoots([result, so, other], () => {
    const e = keep(entriesOf(so));
    for (let i = 0; i < e.keys.length; i++) {
      const present = isDict ? dictLookupHashed(other, e.keys[i], e.hashes[i]) !== NULL : setContainsHashed(other, e.keys[i], e.hashes[i]);
      if (!present) setAddHashed(result, e.keys[i], e.hashes[i]);
    }
    return result;
  });
}

function setSymmetricDifferenceUpdate(so: number, other: number): void {
  if (so === other) { setClear(so); return; }
  withRoots([so, other], () => {
    let e: Entries;
    if (typeOf(other) === DictType) e = dictEntries(other);
    else if (isAnySet(other)) e = keep(entriesOf(other));
    else { const tmp = makeNewSet(baseTypeOf(so), other); pushRoot(tmp); e = keep(entriesOf(tmp)); }
    for (let i = 0; i < e.keys.length; i++) {
      if (!setDiscardHashed(so, e.keys[i], e.hashes[i])) setAddHashed(so, e.keys[i], e.hashes[i]);
    }
  });
}

function setSymmetricDifference(so: number, other: number): number {
  const r = makeNewSet(baseTypeOf(so), other);
  withRoots([r], () => setSymmetricDifferenceUpdate(r, so));
  return r;
}

function setIsSubset(so: number, other: number): boolean {
  if (!isAnySet(other)) {
    const tmp = makeNewSet(SetType, other);
    return withRoots([tmp], () => setIsSubset(so, tmp));
  }
  if (setLen(so) > setLen(other)) return false;
  return withRoots([so, other], () => {
    const e = keep(entriesOf(so));
    for (let i = 0; i < e.keys.length; i++) if (!setContainsHashed(other, e.keys[i], e.hashes[i])) return false;
    return true;
  });
}

function setIsSuperset(so: number, other: number): boolean {
  if (isAnySet(other)) return setIsSubset(other, so);
  let ok = true;
  forEachItem(other, (x) => { if (!setContainsKey(so, x)) { ok = false; return true; } return false; });
  return ok;
}

function setIsDisjoint(so: number, other: number): boolean {
  if (so === other) return setLen(so) === 0;
  if (isAnySet(other)) {
    let a = so, b = other;
    if (setLen(b) > setLen(a)) { a = other; b = so; }
    return withRoots([a, b], () => {
      const e = keep(entriesOf(b));
      for (let i = 0; i < e.keys.length; i++) if (setContainsHashed(a, e.keys[i], e.hashes[i])) return false;
      return true;
    });
  }
  let disjoint = true;
  forEachItem(other, (x) => { if (setContainsKey(so, x)) { disjoint = false; return true; } return false; });
  return disjoint;
}

function setEquals(a: number, b: number): boolean {
  if (setLen(a) !== setLen(b)) return false;
  const ha = F[((a - REF_BASE) >> 3) + S_HASH], hb = F[((b - REF_BASE) >> 3) + S_HASH];
  if (ha !== NULL && hb !== NULL && intValue(ha) !== intValue(hb)) return false;
  return setIsSubset(a, b);
}

// ---- frozenset hash (frozenset_hash) ------------------------------------------------------
const U64 = (1n << 64n) - 1n;
function shuffleBits(h: bigint): bigint { return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & U64; }

/** CPython's frozenset hash of the set's current contents (order independent), exact. */
export function frozensetHashExact(s: number): number | bigint {
  const mark = rootMark();
  let h = 0n;
  let n = 0;
  try {
    const { keys, hashes } = keep(entriesOf(s));
    n = keys.length;
    for (let i = 0; i < n; i++) h ^= shuffleBits(BigInt.asUintN(64, BigInt(exactHashOf(keys[i], hashes[i]))));
  } finally { rootRelease(mark); }
  h ^= ((BigInt(n) + 1n) * 1927868237n) & U64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & U64;
  if (h === U64) h = 590923713n;
  const r = BigInt.asIntN(64, h);
  return r > -(1n << 53n) && r < (1n << 53n) ? Number(r) : r;
}
/**
 * A key's hash with all its bits: tables store hash() folded to a JS number, which is exact
 * for small ints; ints, floats and frozensets give their exact value again.
 */
function exactHashOf(key: number, stored: number): number | bigint {
  if (key < REF_BASE && Number.isInteger(key)) return stored;
  const t = typeOf(key);
  if (t === IntType) return hashInt(intValue(key));
  if (t === FloatType) { const x = floatValue(key); if (x === x) return hashFloat(x); }
  if (t === FrozenSetType) return intValue(frozensetHash(key));
  // Subclasses of these keep their exact hash unless they override __hash__ (re-asked then).
  if (t === TupleType || isInstance(key, TupleType) || isInstance(key, IntType) || isInstance(key, FloatType) || isInstance(key, FrozenSetType)) return hashExact(key);
  return stored;
}
/** The hash a frozenset with the contents of s has in tables (hash() folded to a JS number). */
export function frozensetHashOf(s: number): number { return internalHash(frozensetHashExact(s)); }
/** frozenset.__hash__: the exact value as an int, cached in the object (idempotent write). */
function frozensetHash(s: number): number {
  const f = (s - REF_BASE) >> 3;
  const cached = F[f + S_HASH];
  if (cached !== NULL) return cached;
  const h = newInt(frozensetHashExact(s));
  F[f + S_HASH] = h;
  return h;
}

// ---- repr ---------------------------------------------------------------------------------
export function setRepr(s: number): string {
  const t = typeOf(s);
  const name = typeNameJs(t);
  if (setLen(s) === 0) return `${name}()`;
  if (!enterRepr(s)) return `${name}(...)`;
  try {
    const mark = rootMark();
    try {
      const e = keep(entriesOf(s));
      const body = e.keys.map((k) => reprJs(k)).join(', ');
      return t === SetType ? `{${body}}` : `${name}({${body}})`;
    } finally { rootRelease(mark); }
  } finally { leaveRepr(s); }
}

// ---- iterator -----------------------------------------------------------------------------
// [header][i32 4, i32 0][set ref or NULL when exhausted][position][used at start][remaining]
// (Layout.Values: every word after the count is a value; the numbers are small ints.)
export function newSetIterator(s: number): number {
  const ref = allocObject(48, setIterTypeAddr, Layout.Values);
  const a = ref - REF_BASE;
  I32[(a >> 2) + 2] = 4;
  I32[(a >> 2) + 3] = 0;
  const f = a >> 3;
  F[f + 2] = s;
  F[f + 3] = 0;
  F[f + 4] = setLen(s);
  F[f + 5] = setLen(s);
  return ref;
}

/** Next key of a set iterator, or NULL when exhausted (setiter_iternext). */
export function setIterNext(it: number): number {
  const f = (it - REF_BASE) >> 3;
  const s = F[f + 2];
  if (s === NULL) return NULL;
  if (F[f + 4] !== setLen(s)) {
    F[f + 4] = -1; // sticky
    raise(exc.RuntimeError, 'Set changed size during iteration');
  }
  const table = tableOf(s);
  const n = tableSize(table), base = tableBase(table);
  let i = F[f + 3];
  while (i < n && F[base + 2 * i + 1] === NULL) i++;
  F[f + 3] = i + 1;
  if (i >= n) { F[f + 2] = NULL; return NULL; }
  F[f + 5] = F[f + 5] - 1;
  return F[base + 2 * i + 1];
}
function setIterLengthHint(it: number): number {
  const f = (it - REF_BASE) >> 3;
  const s = F[f + 2];
  if (s === NULL || F[f + 4] !== setLen(s)) return 0;
  return Math.max(0, F[f + 5]);
}

// ---- constructors -------------------------------------------------------------------------
function checkNoKeywords(cls: number, kind: number, name: string, kwargs: Map<string, number> | null): void {
  if (cls === kind && kwargs !== null && kwargs.size > 0) raise(exc.TypeError, `${name}() takes no keyword arguments`);
}
function setNew(cls: number, _args: number[], kwargs: Map<string, number> | null): number {
  checkNoKeywords(cls, SetType, 'set', kwargs);
  return newSetOfType(cls);
}
function setInit(self: number, args: number[], kwargs: Map<string, number> | null): number {
  if (kwargs !== null && kwargs.size > 0) raise(exc.TypeError, 'set() takes no keyword arguments');
  if (args.length > 1) raise(exc.TypeError, `${typeNameJs(typeOf(self))} expected at most 1 argument, got ${args.length}`);
  if (fillOf(self) !== 0) setClear(self);
  if (args.length === 1) withRoots([self], () => setUpdateInternal(self, args[0]));
  return None;
}
function frozensetNew(cls: number, args: number[], kwargs: Map<string, number> | null): number {
  checkNoKeywords(cls, FrozenSetType, 'frozenset', kwargs);
  if (args.length > 1) raise(exc.TypeError, `frozenset expected at most 1 argument, got ${args.length}`);
  const iterable = args.length === 1 ? args[0] : NULL;
  if (cls === FrozenSetType && iterable !== NULL && typeOf(iterable) === FrozenSetType) return iterable;
  return makeNewSet(cls, iterable);
}

// ---- method implementations ---------------------------------------------------------------
function multi(self: number, others: number[], first: (acc: number, o: number) => number, rest: (acc: number, o: number) => void): number {
  if (others.length === 0) return copyBase(self);
  let acc = first(self, others[0]);
  return withRoots([acc], () => {
    for (let i = 1; i < others.length; i++) rest(acc, others[i]);
    return acc;
  });
}
function setUnionMethod(self: number, others: number[]): number {
  const r = copyBase(self);
  return withRoots([r], () => {
    for (const o of others) if (o !== self) setUpdateInternal(r, o);
    return r;
  });
}
function setIntersectionMethod(self: number, others: number[]): number {
  if (others.length === 0) return copyBase(self);
  let r = self;
  const mark = rootMark();
  try {
    for (const o of others) { r = setIntersection(r, o); pushRoot(r); }
    return r;
  } finally { rootRelease(mark); }
}
function setDifferenceMethod(self: number, others: number[]): number {
  return multi(self, others, setDifference, setDifferenceUpdateInternal);
}
function setIntersectionUpdate(self: number, others: number[]): number {
  const r = setIntersectionMethod(self, others);
  takeBody(self, r);
  return None;
}
function setRemove(self: number, key: number): number {
  if (!setDiscardHashed(self, key, lookupHash(key))) throw keyError(key);
  return None;
}
function setPop(self: number): number {
  const w = (self - REF_BASE) >> 2;
  const held = lock(self);
  try {
    if (I32[w + S_USED] === 0) raise(exc.KeyError, 'pop from an empty set');
    const table = tableOf(self);
    const n = tableSize(table), base = tableBase(table);
    let i = I32[w + S_FINGER] & (n - 1);
    while (F[base + 2 * i + 1] === NULL) { i++; if (i >= n) i = 0; }
    const key = F[base + 2 * i + 1];
    F[base + 2 * i] = -1;
    F[base + 2 * i + 1] = NULL;
    Atomics.store(I32, w + S_USED, I32[w + S_USED] - 1);
    I32[w + S_FINGER] = i + 1;
    bumpVersion(self);
    return key;
  } finally { unlock(self, held); }
}

/** Rich comparison of two sets (set_richcompare). */
function setCompare(v: number, w: number, op: Cmp): number {
  if (!isAnySet(w)) return NotImplemented;
  switch (op) {
    case Cmp.EQ: return bool(setEquals(v, w));
    case Cmp.NE: return bool(!setEquals(v, w));
    case Cmp.LE: return bool(setIsSubset(v, w));
    case Cmp.GE: return bool(setIsSuperset(v, w));
    case Cmp.LT: return bool(setLen(v) < setLen(w) && setIsSubset(v, w));
    default: return bool(setLen(v) > setLen(w) && setIsSuperset(v, w));
  }
}

/** Binary operators: both operands must be sets (else NotImplemented). */
function binop(f: (a: number, b: number) => number) {
  return (s: number, o: number): number => (isAnySet(s) && isAnySet(o) ? f(s, o) : NotImplemented);
}
function rbinop(f: (a: number, b: number) => number) {
  return (s: number, o: number): number => (isAnySet(s) && isAnySet(o) ? f(o, s) : NotImplemented);
}
function setOr(a: number, b: number): number {
  const r = copyBase(a);
  if (a === b) return r;
  return withRoots([r], () => { setUpdateInternal(r, b); return r; });
}

function sizeofSet(s: number): number { const n = tableSize(tableOf(s)); return 200 + (n > MIN_SIZE ? n * 16 : 0); }

// ---- the types ----------------------------------------------------------------------------
import { defineBuiltinType } from './registry';
import { raise, PyException } from '../runtime/errors';
import { exc } from './exceptions';
import { None, True, False, Ellipsis, NotImplemented, bool, reprJs, typeOf, isInstance, eqBool, hash, Cmp, internalHash, hashExact } from '../runtime/protocol';
import { hashInt, hashFloat } from '../numeric/intMath';
import { FloatType, floatValue } from './float';
import { newInt, intValue, IntType } from './int';
import { typeNameJs, isSubtype, typeOfRef, typeDict } from './typeobject';
import { getIter, iterNext } from '../runtime/iteration';
import { newTuple, tupleLength, tupleItem, TupleType } from './tuple';
import { ListType, listGet, newList } from './list';
import { DictType, dictLen, dictEntryCount, dictEntry, dictLookupHashed, dictSetItem, keyError } from './dict';
import { builtinAllocators } from './registry';
import { enterRepr, leaveRepr } from '../runtime/reprGuard';
import { onInstall } from '../runtime/installers';
import { setSetHooks } from '../runtime/rt';

defineBuiltinType({ name: 'set_table', layout: Layout.SetTable, flags: 0, setRef: (r) => { setTableTypeAddr = r - REF_BASE; } });
defineBuiltinType({
  name: 'set_iterator', layout: Layout.Values, flags: 0, setRef: (r) => { setIterTypeAddr = r - REF_BASE; },
  methods: [
    { name: '__iter__', sig: '__iter__(self, /)', fn: (s: number) => s },
    { name: '__next__', sig: '__next__(self, /)', fn: (s: number) => { const v = setIterNext(s); if (v === NULL) raise(exc.StopIteration); return v; } },
    { name: '__length_hint__', sig: '__length_hint__(self, /)', fn: setIterLengthHint },
  ],
});

const commonMethods = [
  { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => newStr(setRepr(s)) },
  { name: '__len__', sig: '__len__(self, /)', fn: (s: number) => setLen(s) },
  { name: '__iter__', sig: '__iter__(self, /)', fn: (s: number) => newSetIterator(s) },
  { name: '__contains__', sig: '__contains__(self, key, /)', fn: (s: number, k: number) => bool(setContainsHashed(s, k, lookupHash(k))) },
  { name: '__eq__', sig: '__eq__(self, value, /)', fn: (s: number, o: number) => setCompare(s, o, Cmp.EQ) },
  { name: '__ne__', sig: '__ne__(self, value, /)', fn: (s: number, o: number) => setCompare(s, o, Cmp.NE) },
  { name: '__lt__', sig: '__lt__(self, value, /)', fn: (s: number, o: number) => setCompare(s, o, Cmp.LT) },
  { name: '__le__', sig: '__le__(self, value, /)', fn: (s: number, o: number) => setCompare(s, o, Cmp.LE) },
  { name: '__gt__', sig: '__gt__(self, value, /)', fn: (s: number, o: number) => setCompare(s, o, Cmp.GT) },
  { name: '__ge__', sig: '__ge__(self, value, /)', fn: (s: number, o: number) => setCompare(s, o, Cmp.GE) },
  { name: '__or__', sig: '__or__(self, value, /)', fn: binop(setOr) },
  { name: '__ror__', sig: '__ror__(self, value, /)', fn: rbinop(setOr) },
  { name: '__and__', sig: '__and__(self, value, /)', fn: binop(setIntersection) },
  { name: '__rand__', sig: '__rand__(self, value, /)', fn: rbinop(setIntersection) },
  { name: '__sub__', sig: '__sub__(self, value, /)', fn: binop(setDifference) },
  { name: '__rsub__', sig: '__rsub__(self, value, /)', fn: rbinop(setDifference) },
  { name: '__xor__', sig: '__xor__(self, value, /)', fn: binop(setSymmetricDifference) },
  { name: '__rxor__', sig: '__rxor__(self, value, /)', fn: rbinop(setSymmetricDifference) },
  { name: '__sizeof__', sig: '__sizeof__(self, /)', fn: sizeofSet },
  { name: 'union', sig: 'union(self, /, *others)', fn: setUnionMethod },
  { name: 'intersection', sig: 'intersection(self, /, *others)', fn: setIntersectionMethod },
  { name: 'difference', sig: 'difference(self, /, *others)', fn: setDifferenceMethod },
  { name: 'symmetric_difference', sig: 'symmetric_difference(self, other, /)', fn: setSymmetricDifference },
  { name: 'issubset', sig: 'issubset(self, other, /)', fn: (s: number, o: number) => bool(setIsSubset(s, o)) },
  { name: 'issuperset', sig: 'issuperset(self, other, /)', fn: (s: number, o: number) => bool(setIsSuperset(s, o)) },
  { name: 'isdisjoint', sig: 'isdisjoint(self, other, /)', fn: (s: number, o: number) => bool(setIsDisjoint(s, o)) },
  { name: '__reduce__', sig: '__reduce__(self, /)', fn: (s: number) => {
    const mark = rootMark();
    try {
      const keys = newList(setKeys(s));
      pushRoot(keys);
      const d = F[((s - REF_BASE) >> 3) + S_DICT];
      return newTuple([typeOf(s), newTuple([keys]), d === NULL ? None : d]);
    } finally { rootRelease(mark); }
  } },
];

export const setHandle = defineBuiltinType({
  name: 'set', layout: Layout.Set, size: SET_BYTES,
  doc: 'set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.',
  setRef: (r) => { SetType = r; },
  methods: [
    { name: '__new__', sig: '__new__(cls, *args, **kwargs)', fn: setNew, kind: 'staticmethod' },
    { name: '__init__', sig: '__init__(self, *args, **kwargs)', fn: setInit },
    ...commonMethods,
    { name: '__ior__', sig: '__ior__(self, value, /)', fn: (s: number, o: number) => { if (!isAnySet(o)) return NotImplemented; setUpdateInternal(s, o); return s; } },
    { name: '__iand__', sig: '__iand__(self, value, /)', fn: (s: number, o: number) => { if (!isAnySet(o)) return NotImplemented; setIntersectionUpdate(s, [o]); return s; } },
    { name: '__isub__', sig: '__isub__(self, value, /)', fn: (s: number, o: number) => { if (!isAnySet(o)) return NotImplemented; setDifferenceUpdateInternal(s, o); return s; } },
    { name: '__ixor__', sig: '__ixor__(self, value, /)', fn: (s: number, o: number) => { if (!isAnySet(o)) return NotImplemented; setSymmetricDifferenceUpdate(s, o); return s; } },
    { name: 'add', sig: 'add(self, object, /)', fn: (s: number, k: number) => { setAddKey(s, k); return None; } },
    { name: 'discard', sig: 'discard(self, object, /)', fn: (s: number, k: number) => { setDiscardHashed(s, k, lookupHash(k)); return None; } },
    { name: 'remove', sig: 'remove(self, object, /)', fn: setRemove },
    { name: 'pop', sig: 'pop(self, /)', fn: setPop },
    { name: 'clear', sig: 'clear(self, /)', fn: (s: number) => { setClear(s); return None; } },
    { name: 'copy', sig: 'copy(self, /)', fn: (s: number) => copyBase(s) },
    { name: 'update', sig: 'update(self, /, *others)', fn: (s: number, others: number[]) => { for (const o of others) setUpdateInternal(s, o); return None; } },
    { name: 'intersection_update', sig: 'intersection_update(self, /, *others)', fn: setIntersectionUpdate },
    { name: 'difference_update', sig: 'difference_update(self, /, *others)', fn: (s: number, others: number[]) => { for (const o of others) setDifferenceUpdateInternal(s, o); return None; } },
    { name: 'symmetric_difference_update', sig: 'symmetric_difference_update(self, other, /)', fn: (s: number, o: number) => { setSymmetricDifferenceUpdate(s, o); return None; } },
  ],
});

export const frozensetHandle = defineBuiltinType({
  name: 'frozenset', layout: Layout.Set, size: SET_BYTES,
  doc: 'frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.',
  setRef: (r) => { FrozenSetType = r; },
  methods: [
    { name: '__new__', sig: '__new__(cls, *args, **kwargs)', fn: frozensetNew, kind: 'staticmethod' },
    ...commonMethods,
    { name: '__hash__', sig: '__hash__(self, /)', fn: frozensetHash },
    { name: 'copy', sig: 'copy(self, /)', fn: (s: number) => (typeOf(s) === FrozenSetType ? s : makeNewSet(FrozenSetType, s)) },
  ],
});

builtinAllocators.set(setHandle.index, (cls) => newSetOfType(cls));
builtinAllocators.set(frozensetHandle.index, (cls) => newSetOfType(cls));

onInstall(() => {
  // set is unhashable: __hash__ = None in its namespace (PyObject_HashNotImplemented).
  dictSetItem(typeDict(SetType), intern('__hash__'), None);
  setSetHooks((items) => {
    if (items.length > 2 && items.every(isConstantValue)) return buildConstantSet(items);
    const s = newSet();
    if (items.length === 0) return s;
    const mark = rootMark();
    try { pushRoot(s); for (const x of items) setAddKey(s, x); } finally { rootRelease(mark); }
    return s;
  }, (s, v) => { setAddKey(s, v); });
});

/**
 * A set literal of more than two constants, built as CPython 3.11 builds it: the compiler
 * makes a frozenset constant from the items, rebuilds it from that frozenset's iteration
 * order when merging constants (merge_consts_recursive), and the code merges it into an
 * empty set (BUILD_SET 0; SET_UPDATE). The order of colliding keys depends on all three.
 */
export function buildConstantSet(items: number[]): number {
  return withRoots([], () => {
    const first = newFrozenSet();
    pushRoot(first);
    for (const x of items) setAddKey(first, x);
    const second = newFrozenSet();
    pushRoot(second);
    for (const x of setKeys(first)) setAddKey(second, x);
    const s = newSet();
    pushRoot(s);
    mergeSet(s, second);
    return s;
  });
}

/**
 * Whether a value could have come from a constant in the source (int, float, complex, str,
 * bytes, None, bools, Ellipsis, tuples of those). R.buildSet receives values, not syntax:
 * a literal of variables holding such values is taken for a constant literal too.
 */
function isConstantValue(v: number): boolean {
  if (v < REF_BASE) return true;
  if (v === None || v === True || v === False || v === Ellipsis) return true;
  const t = typeOf(v);
  if (t === TupleType) { for (let i = 0; i < tupleLength(v); i++) if (!isConstantValue(tupleItem(v, i))) return false; return true; }
  const name = typeNameJs(t);
  return t === StrType || t === IntType || name === 'float' || name === 'complex' || name === 'bytes';
}
