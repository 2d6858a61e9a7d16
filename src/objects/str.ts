/**
 * str: immutable sequences of code points, stored as UTF-16 code units.
 *
 * Heap layout: [header][i32 units, i32 codePoints][f64 hash][u16 units...]
 * `codePoints < units` means the string holds astral characters (surrogate pairs); indexing
 * then maps code-point indices to unit offsets (slow path). The hash is computed when the
 * string is made, so reading it never writes shared memory.
 *
 * Per-worker caches: decoded JS strings by reference (cleared after every collection, since
 * addresses are reused, except for sealed strs), and interned strings by JS value (interned strings never die: the
 * intern table is a root).
 */
import { I32, F, U16, REF_BASE, NULL } from '../heap/memory';
import { Layout, META_PERMANENT } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { sealedLimit } from '../heap/collector';
import { afterCollectionHooks } from '../threads/threadState';

export let StrType = 0;
export function setStrType(t: number): void { StrType = t; strTypeAddr = t - REF_BASE; }
let strTypeAddr = 0;

// Decoded JS strings by str address. A collection may free a str and its address be reused,
// so the cache is emptied after each one, except for strs of the sealed heap (never freed:
// names, mostly), kept apart in decodedSealed.
const decoded = new Map<number, string>();
const decodedSealed = new Map<number, string>();
afterCollectionHooks.push(() => decoded.clear());

/** FNV-1a over code units, folded to a non -1 int32: deterministic in every worker. */
export function hashJsString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h === -1 ? -2 : h;
}

export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

/** Make a new str object from a JS string. */
export function newStr(s: string): number {
  const n = s.length;
  const ref = allocObject(24 + ((n * 2 + 7) & ~7), strTypeAddr, Layout.Str);
  const a = ref - REF_BASE;
  const w = a >> 2;
  I32[w + 2] = n;
  I32[w + 3] = codePointLength(s);
  F[(a >> 3) + 2] = hashJsString(s);
  const u = (a + 24) >> 1;
  for (let i = 0; i < n; i++) U16[u + i] = s.charCodeAt(i);
  if (n < 256) decoded.set(ref, s);
  return ref;
}

/** The JS string of a str object (exact str or subclass instance's value via strValue). */
export function jsString(ref: number): string {
  const cache = ref - REF_BASE < sealedLimit() ? decodedSealed : decoded;
  let s = cache.get(ref);
  if (s !== undefined) return s;
  const a = ref - REF_BASE;
  const n = I32[(a >> 2) + 2];
  const u = (a + 24) >> 1;
  if (n < 64) {
    s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(U16[u + i]);
  } else {
    const parts: string[] = [];
    for (let i = 0; i < n; i += 4096) {
      const end = Math.min(n, i + 4096);
      const chunk = new Array<number>(end - i);
      for (let k = i; k < end; k++) chunk[k - i] = U16[u + k];
      parts.push(String.fromCharCode.apply(null, chunk));
    }
    s = parts.join('');
  }
  cache.set(ref, s);
  return s;
}

export function strUnits(ref: number): number { return I32[((ref - REF_BASE) >> 2) + 2]; }
export function strLength(ref: number): number { return I32[((ref - REF_BASE) >> 2) + 3]; }
export function strHash(ref: number): number { return F[((ref - REF_BASE) >> 3) + 2]; }

/** Equality of two exact strs without decoding. */
export function strEquals(a: number, b: number): boolean {
  if (a === b) return true;
  const wa = (a - REF_BASE) >> 2, wb = (b - REF_BASE) >> 2;
  const n = I32[wa + 2];
  if (n !== I32[wb + 2]) return false;
  if (F[((a - REF_BASE) >> 3) + 2] !== F[((b - REF_BASE) >> 3) + 2]) return false;
  const ua = (a - REF_BASE + 24) >> 1, ub = (b - REF_BASE + 24) >> 1;
  for (let i = 0; i < n; i++) if (U16[ua + i] !== U16[ub + i]) return false;
  return true;
}

// ---- interning -------------------------------------------------------------------------
const internedByJs = new Map<string, number>();
/** Provided by dict.ts at bootstrap: lookup / insert in the intern table (a root). */
let internTableLookup: (key: number) => number = () => NULL;
let internTableInsert: (key: number) => void = () => {};
export function setInternTable(lookup: (key: number) => number, insert: (key: number) => void): void {
  internTableLookup = lookup;
  internTableInsert = insert;
}

/** The interned str for a JS string (identifiers, attribute names). */
export function intern(s: string): number {
  let r = internedByJs.get(s);
  if (r !== undefined) return r;
  const fresh = newStr(s);
  r = internTableLookup(fresh);
  if (r === NULL) {
    makeImmortal(fresh);
    internTableInsert(fresh);
    r = internTableLookup(fresh);
  }
  internedByJs.set(s, r);
  (r - REF_BASE < sealedLimit() ? decodedSealed : decoded).set(r, s);
  return r;
}

/** Intern an existing str object (sys.intern, getattr names). */
export function internStr(ref: number): number {
  const r = internTableLookup(ref);
  if (r !== NULL) return r;
  makeImmortal(ref);
  internTableInsert(ref);
  return internTableLookup(ref);
}
/**
 * An interned str lives as long as the intern table, a root, i.e. forever: flag it
 * permanent so collections skip it (and the intern table, once it holds only permanent
 * objects again, is skipped too: collector.ts, traceSealedRoots). Only exact strs: they
 * refer to nothing but their (permanent) type.
 */
function makeImmortal(ref: number): void {
  const w = (ref - REF_BASE) >> 2;
  if (I32[w] === strTypeAddr) I32[w + 1] |= META_PERMANENT;
}

/** Forget per-worker interning caches (a worker attaching to an existing heap). */
export function resetInternCache(): void { internedByJs.clear(); }

void I32;

// ---- the str type -------------------------------------------------------------------------
// Methods here are the core the runtime needs; the full method set is filled in by
// strMethods.ts (added with addMethods).
import { defineBuiltinType } from './registry';
import { raise } from '../runtime/errors';
import { exc } from './exceptions';
import {
  None, NotImplemented, bool, typeName, isInstance, strJs, indexSmall, compareCodePoints, reprJs,
} from '../runtime/protocol';
import { pyStrRepr } from '../numeric/strRepr';
import * as num from '../numeric';
import { formatWithSpec } from '../runtime/format';
import { allocInstance } from './object';

/** The JS string of any str instance (exact or subclass). */
export function strValue(v: number): string {
  if (I32[(v - REF_BASE) >> 2] === strTypeAddr) return jsString(v);
  return jsString(F[((v - REF_BASE) >> 3) + 2]);
}
export function isStr(v: number): boolean { return v >= REF_BASE && isInstance(v, StrType); }

function otherStr(v: number): string | null { return isStr(v) ? strValue(v) : null; }

/** Code-point aware helpers: most strings are BMP-only, where units = code points. */
export function codePoints(s: string): string[] { return Array.from(s); }
export function isAstral(ref: number): boolean { return I32[((ref - REF_BASE) >> 2) + 2] !== I32[((ref - REF_BASE) >> 2) + 3]; }

function strGetItem(self: number, key: number): number {
  const s = strValue(self);
  if (isSliceHook(key)) {
    const cps = codePoints(s);
    const [start, stop, step, n] = sliceIndicesHook(key, cps.length);
    let out = '';
    if (step === 1) return newStr(cps.slice(start, stop).join(''));
    for (let i = 0, k = start; i < n; i++, k += step) out += cps[k];
    return newStr(out);
  }
  let i = indexSmall(key, 'cannot fit \'int\' into an index-sized integer');
  const astral = s.length !== strLength(I32[(self - REF_BASE) >> 2] === strTypeAddr ? self : F[((self - REF_BASE) >> 3) + 2]);
  if (!astral) {
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) raise(exc.IndexError, 'string index out of range');
    return newStr(s[i]);
  }
  const cps = codePoints(s);
  if (i < 0) i += cps.length;
  if (i < 0 || i >= cps.length) raise(exc.IndexError, 'string index out of range');
  return newStr(cps[i]);
}
let isSliceHook: (v: number) => boolean = () => false;
let sliceIndicesHook: (slice: number, len: number) => [number, number, number, number] = () => [0, 0, 1, 0];
export function setStrSliceHooks(is: (v: number) => boolean, ind: (slice: number, len: number) => [number, number, number, number]): void {
  isSliceHook = is; sliceIndicesHook = ind;
}

function strCompare(test: (c: number) => boolean) {
  return (s: number, o: number): number => {
    const b = otherStr(o);
    if (b === null) return NotImplemented;
    return bool(test(compareCodePoints(strValue(s), b)));
  };
}

function strNew(cls: number, obj: number, encoding: number, errors: number): number {
  let v: string;
  if (obj === NULL) v = '';
  else if (encoding !== NULL || errors !== NULL) v = decodeHook(obj, encoding, errors);
  else v = strJs(obj);
  if (cls === StrType) return newStr(v);
  const inst = allocInstance(cls);
  F[((inst - REF_BASE) >> 3) + 2] = newStr(v);
  return inst;
}
let decodeHook: (obj: number, encoding: number, errors: number) => string = () => '';
export function setStrDecodeHook(f: (obj: number, encoding: number, errors: number) => string): void { decodeHook = f; }

export const strHandle = defineBuiltinType({
  name: 'str', layout: Layout.Str, size: 24,
  doc: "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.",
  setRef: (r) => setStrType(r),
  methods: [
    { name: '__new__', sig: "__new__(cls, object='', encoding='utf-8', errors='strict')", fn: strNew, kind: 'staticmethod' },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => newStr(pyStrRepr(strValue(s))) },
    { name: '__str__', sig: '__str__(self, /)', fn: (s: number) => I32[(s - REF_BASE) >> 2] === strTypeAddr ? s : newStr(strValue(s)) },
    { name: '__hash__', sig: '__hash__(self, /)', fn: (s: number) => hashJsString(strValue(s)) },
    { name: '__len__', sig: '__len__(self, /)', fn: (s: number) => codePointLength(strValue(s)) },
    { name: '__add__', sig: '__add__(self, value, /)', fn: (s: number, o: number) => { const b = otherStr(o); if (b === null) return NotImplemented; return newStr(strValue(s) + b); } },
    { name: '__mul__', sig: '__mul__(self, value, /)', fn: (s: number, n: number) => strRepeat(s, n) },
    { name: '__rmul__', sig: '__rmul__(self, value, /)', fn: (s: number, n: number) => strRepeat(s, n) },
    { name: '__mod__', sig: '__mod__(self, value, /)', fn: (s: number, args: number) => newStr(percentHook(strValue(s), args)) },
    { name: '__rmod__', sig: '__rmod__(self, value, /)', fn: () => NotImplemented },
    { name: '__getitem__', sig: '__getitem__(self, key, /)', fn: strGetItem },
    { name: '__contains__', sig: '__contains__(self, key, /)', fn: (s: number, k: number) => { const b = otherStr(k); if (b === null) raise(exc.TypeError, `'in <string>' requires string as left operand, not ${typeName(k)}`); return bool(strValue(s).includes(b)); } },
    { name: '__eq__', sig: '__eq__(self, value, /)', fn: (s: number, o: number) => { const b = otherStr(o); return b === null ? NotImplemented : bool(strValue(s) === b); } },
    { name: '__ne__', sig: '__ne__(self, value, /)', fn: (s: number, o: number) => { const b = otherStr(o); return b === null ? NotImplemented : bool(strValue(s) !== b); } },
    { name: '__lt__', sig: '__lt__(self, value, /)', fn: strCompare((c) => c < 0) },
    { name: '__le__', sig: '__le__(self, value, /)', fn: strCompare((c) => c <= 0) },
    { name: '__gt__', sig: '__gt__(self, value, /)', fn: strCompare((c) => c > 0) },
    { name: '__ge__', sig: '__ge__(self, value, /)', fn: strCompare((c) => c >= 0) },
    { name: '__format__', sig: '__format__(self, format_spec, /)', fn: (s: number, spec: number) => newStr(formatWithSpec(() => num.formatStr(strValue(s), strValue(spec)))) },
    { name: '__getnewargs__', sig: '__getnewargs__(self, /)', fn: (s: number) => newStr(strValue(s)) },
  ],
});
function strRepeat(s: number, n: number): number {
  if (!(n < REF_BASE) && !isIntLikeHook(n)) raise(exc.TypeError, `can't multiply sequence by non-int of type '${typeName(n)}'`);
  const k = indexSmall(n, 'cannot fit \'int\' into an index-sized integer');
  return newStr(k <= 0 ? '' : strValue(s).repeat(k));
}
let isIntLikeHook: (v: number) => boolean = () => false;
let percentHook: (fmt: string, args: number) => string = (f) => f;
export function setStrHooks(isInt: (v: number) => boolean, percent: (fmt: string, args: number) => string): void { isIntLikeHook = isInt; percentHook = percent; }

void None; void reprJs;
