/**
 * bytearray: mutable sequences of bytes (CPython's Objects/bytearrayobject.c behaviour).
 *
 * Heap layout:  bytearray [header][i32 lock, i32 length][buffer ref][instance dict]
 *               buffer    [header][i32 capacity, i32 0][u8 data...]  (Layout.Raw)
 * Subclasses keep this layout (the dict word serves their instances).
 *
 * Concurrency: writers hold the bytearray's lock word and never run Python code while
 * holding it (arguments are converted to bytes first). Readers take no lock: they read the
 * buffer reference and the length and clamp the length to the buffer's own capacity, so a
 * reader racing a resize sees either the old buffer (intact: it is freed only by a later
 * collection, which cannot run while the reader is inside native code) or the new one,
 * never past the end of either. A growing write fills the new buffer, publishes it, then
 * publishes the length; a shrinking write publishes the length first.
 */
import { I32, F, U8, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { registerTracer } from '../heap/collector';
import { lockObject, unlockObject } from '../threads/wordLock';
import { rootMark, pushRoot, rootRelease } from '../threads/threadState';
import { defineBuiltinType, builtinAllocators } from './registry';
import { newStr, isStr } from './str';
import { onInstall } from '../runtime/installers';
import { raise } from '../runtime/errors';
import { exc } from './exceptions';
import { None, NotImplemented, typeName, typeOf, index, isIntLike, layoutOf, indexCheck, asSsize } from '../runtime/protocol';
import { iterableToArray } from '../runtime/iteration';
import { typeLookup, typeNameJs } from './typeobject';
import { N } from '../runtime/names';
import { isSlice, sliceIndices } from './slice';
import {
  byteMethods, ByteKind, bytesRepr, latin1, bufferText, constructText, byteValue, setByteArrayAccess, fromhexClass,
  bytesFromIterable, charsOf,
} from './bytes';

export let ByteArrayType = 0;
let bufferTypeAddr = 0;
const BA_LOCK = 2, BA_LEN = 3; //  i32 offsets
const BA_BUF = 2, BA_DICT = 3; //  f64 offsets
const BA_BYTES = 32;

registerTracer(Layout.ByteArray, (a, visit) => { visit(F[(a >> 3) + BA_BUF]); visit(F[(a >> 3) + BA_DICT]); });

defineBuiltinType({ name: 'bytearray_buffer', layout: Layout.Raw, flags: 0, setRef: (r) => { bufferTypeAddr = r - REF_BASE; } });

function newBuffer(capacity: number): number {
  const ref = allocObject(16 + ((capacity + 7) & ~7), bufferTypeAddr, Layout.Raw);
  const a = ref - REF_BASE;
  I32[(a >> 2) + 2] = capacity;
  I32[(a >> 2) + 3] = 0;
  return ref;
}

export function newByteArray(cls: number, s: string): number {
  const buf = newBuffer(Math.max(8, s.length));
  const b = buf - REF_BASE + 16;
  for (let i = 0; i < s.length; i++) U8[b + i] = s.charCodeAt(i);
  const ref = allocObject(BA_BYTES, cls - REF_BASE, Layout.ByteArray);
  const a = ref - REF_BASE;
  I32[(a >> 2) + BA_LOCK] = 0;
  I32[(a >> 2) + BA_LEN] = s.length;
  F[(a >> 3) + BA_BUF] = buf;
  F[(a >> 3) + BA_DICT] = NULL;
  return ref;
}

/** A view of the current contents (a snapshot of the length; see the header). */
export function byteArrayView(v: number): Uint8Array {
  const a = v - REF_BASE;
  const buf = F[(a >> 3) + BA_BUF] - REF_BASE;
  const n = Math.min(I32[(a >> 2) + BA_LEN], I32[(buf >> 2) + 2]);
  return U8.subarray(buf + 16, buf + 16 + n);
}
/** Store one byte at offset i if it is inside the current contents (memoryview writes). */
export function byteArrayWrite(v: number, i: number, b: number): void {
  locked(v, (a) => {
    if (i < 0 || i >= I32[(a >> 2) + BA_LEN]) raise(exc.ValueError, 'memoryview: the underlying buffer was resized');
    U8[F[(a >> 3) + BA_BUF] - REF_BASE + 16 + i] = b;
  });
}
export function byteArrayLength(v: number): number { return I32[((v - REF_BASE) >> 2) + BA_LEN]; }
const text = (v: number): string => latin1(byteArrayView(v));

function locked<T>(v: number, f: (a: number) => T): T {
  const w = ((v - REF_BASE) >> 2) + BA_LOCK;
  const held = lockObject(I32, w);
  try { return f(v - REF_BASE); } finally { unlockObject(I32, w, held); }
}

/** Replace the contents (caller holds the lock). */
function store(a: number, s: string): void {
  const n = s.length;
  const old = F[(a >> 3) + BA_BUF] - REF_BASE;
  if (n <= I32[(old >> 2) + 2]) {
    if (n < I32[(a >> 2) + BA_LEN]) Atomics.store(I32, (a >> 2) + BA_LEN, n);
    const b = old + 16;
    for (let i = 0; i < n; i++) U8[b + i] = s.charCodeAt(i);
    Atomics.store(I32, (a >> 2) + BA_LEN, n);
    return;
  }
  const buf = newBuffer(n + (n >> 3) + 8);
  const b = buf - REF_BASE + 16;
  for (let i = 0; i < n; i++) U8[b + i] = s.charCodeAt(i);
  Atomics.store(I32, ((buf - REF_BASE) >> 2) + 3, 0);
  F[(a >> 3) + BA_BUF] = buf;
  Atomics.store(I32, (a >> 2) + BA_LEN, n);
}
function currentText(a: number): string { return latin1(byteArrayView(a + REF_BASE)); }

/** Apply `f` to the current contents, atomically. */
function update(v: number, f: (s: string) => string): void {
  locked(v, (a) => store(a, f(currentText(a))));
}

/** Make room for `extra` more bytes (caller holds the lock); returns the buffer's byte address. */
function reserve(a: number, extra: number): number {
  const len = I32[(a >> 2) + BA_LEN];
  const buf = F[(a >> 3) + BA_BUF] - REF_BASE;
  const need = len + extra;
  if (need <= I32[(buf >> 2) + 2]) return buf;
  const fresh = newBuffer(need + (need >> 3) + 8) - REF_BASE;
  U8.copyWithin(fresh + 16, buf + 16, buf + 16 + len);
  // Publish the filled buffer; the old one stays readable until the next collection.
  Atomics.store(I32, (fresh >> 2) + 3, 0);
  F[(a >> 3) + BA_BUF] = fresh + REF_BASE;
  return fresh;
}

export function byteArrayAppend(v: number, byte: number): void {
  locked(v, (a) => {
    const len = I32[(a >> 2) + BA_LEN];
    const buf = reserve(a, 1);
    U8[buf + 16 + len] = byte;
    Atomics.store(I32, (a >> 2) + BA_LEN, len + 1);
  });
}
/** Append latin-1 text in place (extend, +=): amortized O(len(t)). */
function byteArrayAppendText(v: number, t: string): void {
  locked(v, (a) => {
    const len = I32[(a >> 2) + BA_LEN];
    const buf = reserve(a, t.length) + 16 + len;
    for (let i = 0; i < t.length; i++) U8[buf + i] = t.charCodeAt(i);
    Atomics.store(I32, (a >> 2) + BA_LEN, len + t.length);
  });
}

// ---- conversions of arguments (done before taking the lock) ------------------------------------------
/** Bytes of an assigned value for slice assignment / extend / +=. */
function assignedText(v: number, what: 'assign' | 'extend'): string {
  const t = bufferText(v);
  if (t !== null) return t;
  const ty = typeOf(v);
  if (what === 'extend') {
    if (!isStr(v) && typeLookup(ty, N.__iter__) === NULL && typeLookup(ty, N.__getitem__) === NULL) raise(exc.TypeError, `can't extend bytearray with ${typeName(v)}`);
    return charsOf(bytesFromIterable(v, 'bytearray'));
  }
  // CPython: numbers (PyNumber_Check) and str are refused, anything else goes through bytearray(v).
  if (isStr(v) || v < REF_BASE || isIntLike(v) || typeLookup(ty, N.__index__) !== NULL || typeLookup(ty, N.__int__) !== NULL || typeLookup(ty, N.__float__) !== NULL) {
    raise(exc.TypeError, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  }
  return charsOf(bytesFromIterable(v, 'bytearray'));
}
function indexArg(key: number): number {
  if (!isIntLike(key) && typeLookup(typeOf(key), N.__index__) === NULL) raise(exc.TypeError, `bytearray indices must be integers or slices, not ${typeName(key)}`);
  const i = index(key);
  if (typeof i === 'bigint') raise(exc.IndexError, 'cannot fit \'int\' into an index-sized integer');
  return i;
}

// ---- methods -----------------------------------------------------------------------------------------
function baGetItem(self: number, key: number): number {
  if (isSlice(key)) {
    const s = text(self);
    const [start, stop, step, len] = sliceIndices(key, s.length);
    if (step === 1) return newByteArray(ByteArrayType, s.slice(start, Math.max(start, stop)));
    let out = '';
    for (let i = 0, j = start; i < len; i++, j += step) out += s[j];
    return newByteArray(ByteArrayType, out);
  }
  let i = indexArg(key);
  const view = byteArrayView(self);
  if (i < 0) i += view.length;
  if (i < 0 || i >= view.length) raise(exc.IndexError, 'bytearray index out of range');
  return view[i];
}
function baSetItem(self: number, key: number, value: number): number {
  if (isSlice(key)) {
    const mark = rootMark();
    pushRoot(self); pushRoot(value);
    let repl: string;
    try { repl = value === self ? text(self) : assignedText(value, 'assign'); } finally { rootRelease(mark); }
    locked(self, (a) => {
      const s = currentText(a);
      const [start, stop, step, len] = sliceIndices(key, s.length);
      if (step === 1) { store(a, s.slice(0, start) + repl + s.slice(Math.max(start, stop))); return; }
      if (repl.length !== len) raise(exc.ValueError, `attempt to assign bytes of size ${repl.length} to extended slice of size ${len}`);
      const arr = s.split('');
      for (let i = 0, j = start; i < len; i++, j += step) arr[j] = repl[i];
      store(a, arr.join(''));
    });
    return None;
  }
  let i = indexArg(key);
  const b = byteValue(value);
  locked(self, (a) => {
    const n = I32[(a >> 2) + BA_LEN];
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(exc.IndexError, 'bytearray index out of range');
    U8[F[(a >> 3) + BA_BUF] - REF_BASE + 16 + i] = b;
  });
  return None;
}
function baDelItem(self: number, key: number): number {
  if (isSlice(key)) {
    update(self, (s) => {
      const [start, stop, step, len] = sliceIndices(key, s.length);
      if (step === 1) return s.slice(0, start) + s.slice(Math.max(start, stop));
      const drop = new Set<number>();
      for (let i = 0, j = start; i < len; i++, j += step) drop.add(j);
      let out = '';
      for (let j = 0; j < s.length; j++) if (!drop.has(j)) out += s[j];
      return out;
    });
    return None;
  }
  let i = indexArg(key);
  update(self, (s) => {
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) raise(exc.IndexError, 'bytearray index out of range');
    return s.slice(0, i) + s.slice(i + 1);
  });
  return None;
}
function baInit(self: number, source: number, encoding: number, errors: number): number {
  const mark = rootMark();
  pushRoot(self);
  let s: string;
  try { s = constructText(source, encoding, errors, 'bytearray'); } finally { rootRelease(mark); }
  locked(self, (a) => store(a, s));
  return None;
}
function baPop(self: number, idx: number): number {
  let out = 0;
  const i0 = idx === NULL ? -1 : asSsize(idx);
  update(self, (s) => {
    if (s.length === 0) raise(exc.IndexError, 'pop from empty bytearray');
    let i = i0;
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) raise(exc.IndexError, 'pop index out of range');
    out = s.charCodeAt(i);
    return s.slice(0, i) + s.slice(i + 1);
  });
  return out;
}
function baInsert(self: number, idx: number, item: number): number {
  let i = Number(index(idx));
  const b = String.fromCharCode(byteValue(item));
  update(self, (s) => {
    if (i < 0) { i += s.length; if (i < 0) i = 0; }
    if (i > s.length) i = s.length;
    return s.slice(0, i) + b + s.slice(i);
  });
  return None;
}
function baRemove(self: number, item: number): number {
  const b = String.fromCharCode(byteValue(item));
  update(self, (s) => {
    const i = s.indexOf(b);
    if (i < 0) raise(exc.ValueError, 'value not found in bytearray');
    return s.slice(0, i) + s.slice(i + 1);
  });
  return None;
}
function baExtend(self: number, it: number): number {
  const mark = rootMark();
  pushRoot(self); pushRoot(it);
  let t: string;
  try { t = it === self ? text(self) : assignedText(it, 'extend'); } finally { rootRelease(mark); }
  byteArrayAppendText(self, t);
  return None;
}
function baRepeatInPlace(self: number, n: number): number {
  if (!indexCheck(n)) return NotImplemented;
  const k = index(n);
  if (typeof k === 'bigint') raise(exc.MemoryError);
  update(self, (s) => (k <= 0 ? '' : s.repeat(k)));
  return self;
}

const baKind: ByteKind = {
  name: 'bytearray',
  text,
  make: (s) => newByteArray(ByteArrayType, s),
};

export const byteArrayHandle = defineBuiltinType({
  name: 'bytearray', layout: Layout.ByteArray, size: BA_BYTES, setRef: (r) => { ByteArrayType = r; },
  doc: "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer",
  methods: [
    { name: '__new__', sig: '__new__(cls, *args, **kwargs)', fn: (cls: number) => newByteArray(cls, ''), kind: 'staticmethod' },
    { name: '__init__', sig: "__init__(self, /, source=b'', encoding='utf-8', errors='strict')", fn: baInit },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => newStr(`${typeNameJs(typeOf(s))}(${bytesRepr(text(s))})`) },
    { name: '__str__', sig: '__str__(self, /)', fn: (s: number) => newStr(`${typeNameJs(typeOf(s))}(${bytesRepr(text(s))})`) },
    { name: '__hash__', sig: '__hash__(self, /)', fn: () => raise(exc.TypeError, "unhashable type: 'bytearray'") },
    { name: '__len__', sig: '__len__(self, /)', fn: (s: number) => byteArrayView(s).length },
    { name: '__getitem__', sig: '__getitem__(self, key, /)', fn: baGetItem },
    { name: '__setitem__', sig: '__setitem__(self, key, value, /)', fn: baSetItem },
    { name: '__delitem__', sig: '__delitem__(self, key, /)', fn: baDelItem },
    { name: '__iadd__', sig: '__iadd__(self, value, /)', fn: (s: number, o: number) => {
      const t = bufferText(o);
      if (t === null) raise(exc.TypeError, `can't concat ${typeName(o)} to bytearray`);
      byteArrayAppendText(s, t);
      return s;
    } },
    { name: '__imul__', sig: '__imul__(self, value, /)', fn: baRepeatInPlace },
    { name: '__alloc__', sig: '__alloc__(self, /)', fn: (s: number) => { const n = byteArrayLength(s); return n === 0 ? 0 : n + 1; } },
    { name: '__sizeof__', sig: '__sizeof__(self, /)', fn: (s: number) => { const n = byteArrayLength(s); return 56 + (n === 0 ? 0 : n + 1); } },
    { name: 'append', sig: 'append(self, item, /)', fn: (s: number, v: number) => { byteArrayAppend(s, byteValue(v)); return None; } },
    { name: 'extend', sig: 'extend(self, iterable_of_ints, /)', fn: baExtend },
    { name: 'insert', sig: 'insert(self, index, item, /)', fn: baInsert },
    { name: 'pop', sig: 'pop(self, index=-1, /)', fn: baPop },
    { name: 'remove', sig: 'remove(self, value, /)', fn: baRemove },
    { name: 'clear', sig: 'clear(self, /)', fn: (s: number) => { update(s, () => ''); return None; } },
    { name: 'copy', sig: 'copy(self, /)', fn: (s: number) => newByteArray(ByteArrayType, text(s)) },
    { name: 'reverse', sig: 'reverse(self, /)', fn: (s: number) => { update(s, (x) => x.split('').reverse().join('')); return None; } },
    { name: 'fromhex', sig: 'fromhex(cls, string, /)', fn: fromhexClass, kind: 'classmethod' },
    ...byteMethods(baKind),
  ],
});
builtinAllocators.set(byteArrayHandle.index, (cls) => newByteArray(cls, ''));

onInstall(() => setByteArrayAccess({ type: () => ByteArrayType, view: byteArrayView, make: (cls, s) => newByteArray(cls, s) }));

void layoutOf; void bytesFromIterable;
