/**
 * memoryview: a one-dimensional view of the bytes of a bytes, bytearray or memoryview
 * (CPython's Objects/memoryobject.c for formats 'B', 'b' and 'c', itemsize 1).
 *
 * Heap layout (Layout.Values): [header][i32 5, i32 0][obj][start][length][step][flags]
 *   obj     the bytes or bytearray whose memory is viewed (a view of a view is flattened)
 *   start   byte offset of item 0; step: byte distance between items (negative for [::-1])
 *   flags   bit 0 read-only, bit 1 released, bits 8-15 the format character
 *
 * Reads go through the object's current buffer every time (bytearray.ts's lock-free read
 * rules). CPython forbids resizing a bytearray while a view exists; Pyrallel has no
 * deallocation hook that would end an export, so resizing is allowed and a view whose items
 * fall outside the current contents raises ValueError instead of reading stale memory.
 */
import { F, I32, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { defineBuiltinType } from './registry';
import { raise } from '../runtime/errors';
import { exc } from './exceptions';
import { None, NotImplemented, Ellipsis, bool, typeName, hash, isInstance, index, eqBool, layoutOf, indexCheck } from '../runtime/protocol';
import { newStr, isStr, strValue } from './str';
import { newTuple } from './tuple';
import { newList, listAppend } from './list';
import { IntVal } from './int';
import { isSlice, sliceIndices } from './slice';
import { bytesView, newBytes, setMemoryViewAccess, hexOf, latin1, BytesType, bytesOf, bufferView } from './bytes';
import { byteArrayView, byteArrayWrite } from './bytearray';
import { rootMark, pushRoot, rootRelease } from '../threads/threadState';
import { newIterator, IterKind, iterableToArray } from '../runtime/iteration';

export let MemoryViewType = 0;
let memoryViewAddr = -1;
const enum MV { Obj = 0, Start = 1, Length = 2, Step = 3, Flags = 4 }
const READONLY = 1, RELEASED = 2;
const field = (m: number, k: MV): number => F[((m - REF_BASE) >> 3) + 2 + k];
const setField = (m: number, k: MV, v: number): void => { F[((m - REF_BASE) >> 3) + 2 + k] = v; };

export function isMemoryView(v: number): boolean { return v >= REF_BASE && I32[(v - REF_BASE) >> 2] === memoryViewAddr; }

function newView(obj: number, start: number, length: number, step: number, flags: number): number {
  const mark = rootMark();
  try {
    pushRoot(obj);
    const ref = allocObject(56, memoryViewAddr, Layout.Values);
    const a = ref - REF_BASE;
    I32[(a >> 2) + 2] = 5;
    I32[(a >> 2) + 3] = 0;
    const f = (a >> 3) + 2;
    F[f + MV.Obj] = obj; F[f + MV.Start] = start; F[f + MV.Length] = length; F[f + MV.Step] = step; F[f + MV.Flags] = flags;
    return ref;
  } finally { rootRelease(mark); }
}

/** memoryview(obj): bytes (read-only), bytearray (writable), or another view. */
function memoryViewOf(obj: number): number {
  if (isMemoryView(obj)) {
    checkLive(obj);
    return newView(field(obj, MV.Obj), field(obj, MV.Start), field(obj, MV.Length), field(obj, MV.Step), field(obj, MV.Flags));
  }
  if (obj >= REF_BASE && layoutOf(obj) === Layout.ByteArray) return newView(obj, 0, byteArrayView(obj).length, 1, formatFlag('B'));
  if (obj >= REF_BASE && isInstance(obj, BytesType)) {
    const b = layoutOf(obj) === Layout.Bytes ? obj : bytesOf(obj);
    return newView(b, 0, bytesView(b).length, 1, READONLY | formatFlag('B'));
  }
  raise(exc.TypeError, `memoryview: a bytes-like object is required, not '${typeName(obj)}'`);
}

const formatFlag = (c: string): number => c.charCodeAt(0) << 8;
const formatOf = (m: number): string => String.fromCharCode((field(m, MV.Flags) >> 8) & 0xff);
const readonly = (m: number): boolean => (field(m, MV.Flags) & READONLY) !== 0;

function checkLive(m: number): void {
  if (field(m, MV.Flags) & RELEASED) raise(exc.ValueError, 'operation forbidden on released memoryview object');
}
/** The current bytes of the viewed object. */
function base(m: number): Uint8Array {
  const obj = field(m, MV.Obj);
  return layoutOf(obj) === Layout.ByteArray ? byteArrayView(obj) : bytesView(obj);
}
/** Byte offset of item i, checked against the object's current size. */
function offset(m: number, i: number, data: Uint8Array): number {
  const o = field(m, MV.Start) + i * field(m, MV.Step);
  if (o < 0 || o >= data.length) raise(exc.ValueError, 'memoryview: the underlying buffer was resized');
  return o;
}
/** The viewed bytes, in item order. */
export function memoryViewBytes(m: number): Uint8Array {
  checkLive(m);
  const data = base(m);
  const n = field(m, MV.Length), step = field(m, MV.Step), start = field(m, MV.Start);
  if (n === 0) return new Uint8Array(0);
  offset(m, 0, data); offset(m, n - 1, data);
  if (step === 1) return data.subarray(start, start + n);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = data[start + i * step];
  return out;
}

function unpackItem(m: number, byte: number): number {
  switch (formatOf(m)) {
    case 'b': return byte >= 128 ? byte - 256 : byte;
    case 'c': return newBytes([byte]);
    default: return byte;
  }
}
function packItem(m: number, v: number): number {
  const fmt = formatOf(m);
  if (fmt === 'c') {
    const b = bufferView(v);
    if (b === null || b.length !== 1) raise(exc.ValueError, `memoryview: invalid value for format '${fmt}'`);
    return b[0];
  }
  if (!indexCheck(v)) raise(exc.TypeError, `memoryview: invalid type for format '${fmt}'`);
  const x = index(v);
  if (fmt === 'b') {
    if (typeof x === 'bigint' || x < -128 || x > 127) raise(exc.ValueError, `memoryview: invalid value for format '${fmt}'`);
    return x & 255;
  }
  if (typeof x === 'bigint' || x < 0 || x > 255) raise(exc.ValueError, `memoryview: invalid value for format '${fmt}'`);
  return x;
}

function itemIndex(m: number, key: number): number {
  const x = index(key);
  const n = field(m, MV.Length);
  let i = typeof x === 'bigint' ? (x < 0n ? -Infinity : Infinity) : x;
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(exc.IndexError, 'index out of bounds on dimension 1');
  return i;
}

function mvGetItem(m: number, key: number): number {
  checkLive(m);
  if (isSlice(key)) {
    const [start, , step, len] = sliceIndices(key, field(m, MV.Length));
    const s = field(m, MV.Step);
    return newView(field(m, MV.Obj), field(m, MV.Start) + start * s, len, s * step, field(m, MV.Flags));
  }
  if (key === Ellipsis) return m;
  if (!indexCheck(key)) raise(exc.TypeError, 'memoryview: invalid slice key');
  const data = base(m);
  return unpackItem(m, data[offset(m, itemIndex(m, key), data)]);
}

function mvSetItem(m: number, key: number, value: number): number {
  checkLive(m);
  if (readonly(m)) raise(exc.TypeError, 'cannot modify read-only memory');
  const obj = field(m, MV.Obj);
  if (isSlice(key)) {
    const [start, , step, len] = sliceIndices(key, field(m, MV.Length));
    let src = isMemoryView(value) ? memoryViewBytes(value) : bufferView(value);
    if (src === null) raise(exc.TypeError, `a bytes-like object is required, not '${typeName(value)}'`);
    if (src.length !== len) raise(exc.ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
    src = src.slice();
    const s = field(m, MV.Step), base0 = field(m, MV.Start);
    for (let i = 0; i < len; i++) byteArrayWrite(obj, base0 + (start + i * step) * s, src[i]);
    return None;
  }
  if (!indexCheck(key)) raise(exc.TypeError, 'memoryview: invalid slice key');
  const i = itemIndex(m, key);
  const b = packItem(m, value);
  byteArrayWrite(obj, field(m, MV.Start) + i * field(m, MV.Step), b);
  return None;
}

function mvToList(m: number): number {
  const bytes = memoryViewBytes(m);
  if (formatOf(m) !== 'c') return newList(Array.from(bytes, (b) => unpackItem(m, b)));
  // Items are fresh bytes objects: keep each in the list as it is made.
  const mark = rootMark();
  try {
    const l = newList([]);
    pushRoot(l);
    for (let i = 0; i < bytes.length; i++) listAppend(l, unpackItem(m, bytes[i]));
    return l;
  } finally { rootRelease(mark); }
}

/** == : equal when both export the same items (same values, same shape). */
function mvEq(m: number, other: number): number {
  if (m === other) return bool(true);
  const a = memoryViewBytes(m);
  let b: Uint8Array | null;
  let otherFormat = 'B';
  if (isMemoryView(other)) {
    if (field(other, MV.Flags) & RELEASED) return bool(false);
    b = memoryViewBytes(other);
    otherFormat = formatOf(other);
  } else b = bufferView(other);
  if (b === null) return NotImplemented;
  if (a.length !== b.length) return bool(false);
  const fa = formatOf(m);
  for (let i = 0; i < a.length; i++) {
    if (fa === otherFormat) { if (a[i] !== b[i]) return bool(false); continue; }
    const x = fa === 'b' && a[i] >= 128 ? a[i] - 256 : a[i];
    const y = otherFormat === 'b' && b[i] >= 128 ? b[i] - 256 : b[i];
    if (fa === 'c' || otherFormat === 'c' ? fa !== otherFormat : x !== y) return bool(false);
  }
  return bool(true);
}

function mvCast(m: number, format: number, shape: number): number {
  checkLive(m);
  if (!isStr(format)) raise(exc.TypeError, `cast() argument 'format' must be str, not ${typeName(format)}`);
  const f = strValue(format);
  if (f !== 'B' && f !== 'b' && f !== 'c') raise(exc.ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  if (field(m, MV.Step) !== 1) raise(exc.TypeError, 'memoryview: casts are restricted to C-contiguous views');
  if (shape !== NULL && shape !== None) {
    const items = shapeItems(shape);
    if (items.length !== 1 || items[0] !== field(m, MV.Length)) raise(exc.TypeError, 'memoryview: product(shape) * itemsize != buffer size');
  }
  return newView(field(m, MV.Obj), field(m, MV.Start), field(m, MV.Length), 1, (field(m, MV.Flags) & READONLY) | formatFlag(f));
}
const shapeItems = (v: number): IntVal[] => iterableToArray(v).map((x) => index(x));

defineBuiltinType({
  name: 'memoryview', layout: Layout.Values, flags: 0,
  setRef: (r) => { MemoryViewType = r; memoryViewAddr = r - REF_BASE; },
  doc: 'Create a new memoryview object which references the given object.',
  methods: [
    { name: '__new__', sig: '__new__(type, object)', fn: (_cls: number, obj: number) => memoryViewOf(obj), kind: 'staticmethod' },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (m: number) => newStr(`<${field(m, MV.Flags) & RELEASED ? 'released ' : ''}memory at 0x${(m - REF_BASE).toString(16).padStart(12, '0')}>`) },
    { name: '__len__', sig: '__len__(self, /)', fn: (m: number) => { checkLive(m); return field(m, MV.Length); } },
    { name: '__getitem__', sig: '__getitem__(self, key, /)', fn: mvGetItem },
    { name: '__setitem__', sig: '__setitem__(self, key, value, /)', fn: mvSetItem },
    { name: '__delitem__', sig: '__delitem__(self, key, /)', fn: (m: number) => { checkLive(m); raise(exc.TypeError, readonly(m) ? 'cannot modify read-only memory' : 'cannot delete memory'); } },
    { name: '__iter__', sig: '__iter__(self, /)', fn: (m: number) => { checkLive(m); return newIterator(IterKind.Seq, m, 0); } },
    { name: '__eq__', sig: '__eq__(self, value, /)', fn: mvEq },
    { name: '__ne__', sig: '__ne__(self, value, /)', fn: (m: number, o: number) => { const r = mvEq(m, o); return r === NotImplemented ? r : bool(!eqBool(r, bool(true))); } },
    { name: '__hash__', sig: '__hash__(self, /)', fn: (m: number) => {
      checkLive(m);
      if (!readonly(m)) raise(exc.ValueError, 'cannot hash writable memoryview object');
      if (formatOf(m) !== 'B' && formatOf(m) !== 'b' && formatOf(m) !== 'c') raise(exc.ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
      return hash(newBytes(memoryViewBytes(m)));
    } },
    { name: '__enter__', sig: '__enter__(self, /)', fn: (m: number) => { checkLive(m); return m; } },
    { name: '__exit__', sig: '__exit__(self, /, *args)', fn: (m: number) => { setField(m, MV.Flags, field(m, MV.Flags) | RELEASED); return None; } },
    { name: 'release', sig: 'release(self, /)', fn: (m: number) => { setField(m, MV.Flags, field(m, MV.Flags) | RELEASED); return None; } },
    { name: 'tobytes', sig: "tobytes(self, /, order='C')", fn: (m: number) => newBytes(memoryViewBytes(m)) },
    { name: 'tolist', sig: 'tolist(self, /)', fn: mvToList },
    { name: 'hex', sig: 'hex(self, /, sep=<unrepresentable>, bytes_per_sep=1)', fn: (m: number, sep: number, per: number) => newStr(hexOf(latin1(memoryViewBytes(m)), sep === None ? NULL : sep, per)) },
    { name: 'toreadonly', sig: 'toreadonly(self, /)', fn: (m: number) => { checkLive(m); return newView(field(m, MV.Obj), field(m, MV.Start), field(m, MV.Length), field(m, MV.Step), field(m, MV.Flags) | READONLY); } },
    { name: 'cast', sig: 'cast(self, /, format, shape=<unrepresentable>)', fn: mvCast },
  ],
  getsets: [
    { name: 'obj', get: (m: number) => { checkLive(m); return field(m, MV.Obj); } },
    { name: 'nbytes', get: (m: number) => { checkLive(m); return field(m, MV.Length); } },
    { name: 'readonly', get: (m: number) => { checkLive(m); return bool(readonly(m)); } },
    { name: 'itemsize', get: (m: number) => { checkLive(m); return 1; } },
    { name: 'format', get: (m: number) => { checkLive(m); return newStr(formatOf(m)); } },
    { name: 'ndim', get: (m: number) => { checkLive(m); return 1; } },
    { name: 'shape', get: (m: number) => { checkLive(m); return newTuple([field(m, MV.Length)]); } },
    { name: 'strides', get: (m: number) => { checkLive(m); return newTuple([field(m, MV.Step)]); } },
    { name: 'suboffsets', get: (m: number) => { checkLive(m); return newTuple([]); } },
    { name: 'c_contiguous', get: (m: number) => { checkLive(m); return bool(field(m, MV.Step) === 1 || field(m, MV.Length) <= 1); } },
    { name: 'f_contiguous', get: (m: number) => { checkLive(m); return bool(field(m, MV.Step) === 1 || field(m, MV.Length) <= 1); } },
    { name: 'contiguous', get: (m: number) => { checkLive(m); return bool(field(m, MV.Step) === 1 || field(m, MV.Length) <= 1); } },
    { name: 'released', get: (m: number) => bool((field(m, MV.Flags) & RELEASED) !== 0) },
  ],
});

setMemoryViewAccess({ is: isMemoryView, bytes: memoryViewBytes });

