/**
 * str: immutable sequences of code points, stored as UTF-16 code units.
 *
 * Heap layout: [header][i32 units, i32 codePoints][f64 hash][u16 units...]
 * `codePoints < units` means the string holds astral characters (surrogate pairs); indexing
 * then maps code-point indices to unit offsets (slow path). The hash is computed when the
 * string is made, so reading it never writes shared memory.
 *
 * Hot operations work on the stored units (see strMethods.ts, "heap-side fast paths"):
 * allocStr/finishStr/strFromUnits build a str in place, so most methods never make a JS
 * string. jsString decodes when one is needed.
 *
 * Per-worker caches: decoded JS strings, direct-mapped by address and tagged with a
 * generation that advances after every collection (addresses are reused only after one);
 * interned strings by JS value (interned strings never die: the intern table is a root);
 * the interned one-character Latin-1 strs. See docs/design.md, "Strings".
 */
import { hasUnpairedSurrogate, wellFormed, pythonCodePoint } from '../numeric/surrogates';
import { I32, F, U16, REF_BASE, NULL } from '../heap/memory';
import { Layout, META_PERMANENT } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { sealedLimit } from '../heap/collector';
import { afterCollectionHooks } from '../threads/threadState';
import { getRoot, Root } from '../heap/roots';

export let StrType = 0;
export function setStrType(t: number): void { StrType = t; strTypeAddr = t - REF_BASE; }
let strTypeAddr = 0;

// ---- per-worker decoded-string cache ------------------------------------------------------
// Direct-mapped by address: one probe, no allocation, bounded size. Entries are tagged with the
// cache generation, which advances after every collection (addresses are reused only after
// one), so clearing costs nothing. A str is immutable, so an entry is valid until then.
const CACHE_BITS = 15;
const CACHE_SIZE = 1 << CACHE_BITS;
const cacheAddr = new Int32Array(CACHE_SIZE);
const cacheGen = new Int32Array(CACHE_SIZE);
const cacheStr: string[] = new Array<string>(CACHE_SIZE).fill('');
let generation = 1;
afterCollectionHooks.push(() => { generation++; });
function cacheSlot(a: number): number { return Math.imul(a >>> 3, 0x9e3779b1) >>> (32 - CACHE_BITS); }
function cachePut(a: number, s: string): void {
  const k = cacheSlot(a);
  cacheAddr[k] = a | 0; cacheGen[k] = generation; cacheStr[k] = s;
}

/** FNV-1a over code units, folded to a non -1 int32: deterministic in every worker. */
export function hashJsString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return foldHash(h);
}
function foldHash(h: number): number {
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
  const u = (a + 24) >> 1;
  let h = 0x811c9dc5 | 0, sur = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    U16[u + i] = c;
    h = Math.imul(h ^ c, 0x01000193);
    sur |= c & 0xf800;
  }
  if (sur >= 0xd800 && hasUnpairedSurrogate(s)) {
    // A lone surrogate unit is a surrogate code point: keep it as its stand-in (surrogates.ts).
    // (The cell just filled is garbage for the next collection.)
    return newStr(wellFormed(s));
  }
  const w = a >> 2;
  I32[w + 2] = n;
  I32[w + 3] = sur >= 0xd800 ? codePointLength(s) : n;
  F[(a >> 3) + 2] = foldHash(h);
  return ref;
}

/**
 * Allocate a str of `n` units whose contents the caller writes at unit index strUnitBase(ref)
 * and then seals with finishStr (hash and code-point count). No allocation in between.
 */
export function allocStr(n: number): number {
  const ref = allocObject(24 + ((n * 2 + 7) & ~7), strTypeAddr, Layout.Str);
  I32[((ref - REF_BASE) >> 2) + 2] = n;
  return ref;
}
export function finishStr(ref: number): number {
  const a = ref - REF_BASE;
  const w = a >> 2;
  const n = I32[w + 2];
  const u = (a + 24) >> 1;
  let h = 0x811c9dc5 | 0, sur = 0;
  for (let i = 0; i < n; i++) {
    const c = U16[u + i];
    h = Math.imul(h ^ c, 0x01000193);
    sur |= c & 0xf800;
  }
  I32[w + 3] = sur >= 0xd800 ? unitsCodePointLength(u, n) : n;
  F[(a >> 3) + 2] = foldHash(h);
  return ref;
}
function unitsCodePointLength(u: number, n: number): number {
  let k = n;
  for (let i = 0; i + 1 < n; i++) {
    const c = U16[u + i];
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = U16[u + i + 1];
      if (d >= 0xdc00 && d <= 0xdfff) { k--; i++; }
    }
  }
  return k;
}
/** A new str holding units [u, u+n) of the heap (a substring of another str). */
export function strFromUnits(u: number, n: number): number {
  const ref = allocStr(n);
  const d = ((ref - REF_BASE) + 24) >> 1;
  if (n > 32) U16.copyWithin(d, u, u + n);
  else for (let i = 0; i < n; i++) U16[d + i] = U16[u + i];
  return finishStr(ref);
}
/** Unit index of the first code unit of an exact str. */
export function strUnitBase(ref: number): number { return ((ref - REF_BASE) + 24) >> 1; }

let heapBuffer: Buffer | null = null;
function decodeUnits(u: number, n: number): string {
  switch (n) {
    case 0: return '';
    case 1: return String.fromCharCode(U16[u]);
    case 2: return String.fromCharCode(U16[u], U16[u + 1]);
    case 3: return String.fromCharCode(U16[u], U16[u + 1], U16[u + 2]);
    case 4: return String.fromCharCode(U16[u], U16[u + 1], U16[u + 2], U16[u + 3]);
    case 5: return String.fromCharCode(U16[u], U16[u + 1], U16[u + 2], U16[u + 3], U16[u + 4]);
    case 6: return String.fromCharCode(U16[u], U16[u + 1], U16[u + 2], U16[u + 3], U16[u + 4], U16[u + 5]);
    case 7: return String.fromCharCode(U16[u], U16[u + 1], U16[u + 2], U16[u + 3], U16[u + 4], U16[u + 5], U16[u + 6]);
    case 8: return String.fromCharCode(U16[u], U16[u + 1], U16[u + 2], U16[u + 3], U16[u + 4], U16[u + 5], U16[u + 6], U16[u + 7]);
  }
  if (n <= 20) {
    const t = new Array<number>(n);
    for (let i = 0; i < n; i++) t[i] = U16[u + i];
    return String.fromCharCode.apply(null, t);
  }
  // Buffer.ucs2Slice decodes natively (a SharedArrayBuffer-backed Buffer is fine).
  if (heapBuffer === null || heapBuffer.buffer !== U16.buffer) heapBuffer = Buffer.from(U16.buffer as ArrayBuffer);
  return (heapBuffer as any).ucs2Slice(2 * u, 2 * (u + n));
}

/** The JS string of an exact str object (cached per worker). */
export function jsString(ref: number): string {
  const a = ref - REF_BASE;
  const k = cacheSlot(a);
  if (cacheAddr[k] === (a | 0) && cacheGen[k] === generation) return cacheStr[k];
  const s = decodeUnits((a + 24) >> 1, I32[(a >> 2) + 2]);
  cacheAddr[k] = a | 0; cacheGen[k] = generation; cacheStr[k] = s;
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
  cachePut(r - REF_BASE, s);
  return r;
}

const NAME_CHARS = /^[A-Za-z0-9_]+$/;
/** A str constant of compiled code: interned when made of name characters, as CPython does
 *  (so literal dict keys and attribute-like strings compare by identity). */
export function constantStr(s: string): number {
  return s.length <= 64 && NAME_CHARS.test(s) ? intern(s) : newStr(s);
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
export function resetInternCache(): void { internedByJs.clear(); charCache.fill(0); }

// ---- shared small strs -------------------------------------------------------------------
/** One-character Latin-1 strs are interned (like CPython's latin-1 singletons): s[i] and
 *  iteration over ASCII text allocate nothing. Cached per worker. */
const charCache = new Float64Array(256);
export function charStr(c: number): number {
  let r = charCache[c];
  if (r !== 0) return r;
  r = intern(String.fromCharCode(c));
  if (r === NULL) return newStr(String.fromCharCode(c));
  charCache[c] = r;
  return r;
}
/** The empty str singleton (a root), or a fresh one during bootstrap. */
export function emptyStr(): number {
  const e = getRoot(Root.EmptyStr);
  return e === NULL || e === 0 ? newStr('') : e;
}

/** The exact str behind a str instance (a subclass instance holds it in slot 0). */
export function strRef(v: number): number {
  return I32[(v - REF_BASE) >> 2] === strTypeAddr ? v : F[((v - REF_BASE) >> 3) + 2];
}
export function isExactStr(v: number): boolean { return v >= REF_BASE && I32[(v - REF_BASE) >> 2] === strTypeAddr; }

/** Substring [i, j) (units) of the exact str r whose units start at u; `self` is returned when
 *  the whole of an exact str is asked for (CPython returns the object itself then). */
export function strSlice(self: number, r: number, i: number, j: number): number {
  const n = I32[((r - REF_BASE) >> 2) + 2];
  if (i === 0 && j === n && self === r) return self;
  const k = j - i;
  if (k <= 0) return emptyStr();
  const u = ((r - REF_BASE) + 24) >> 1;
  if (k === 1 && U16[u + i] < 256) return charStr(U16[u + i]);
  return strFromUnits(u + i, k);
}

/** The code point starting at unit i (like String.prototype.codePointAt). */
function unitsCodePointAt(u: number, n: number, i: number): number {
  const c = U16[u + i];
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const d = U16[u + i + 1];
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}
/** Compare two exact strs by code point: <0, 0, >0. */
export function strCompareRefs(a: number, b: number): number {
  if (a === b) return 0;
  const na = I32[((a - REF_BASE) >> 2) + 2], nb = I32[((b - REF_BASE) >> 2) + 2];
  const ua = ((a - REF_BASE) + 24) >> 1, ub = ((b - REF_BASE) + 24) >> 1;
  const n = na < nb ? na : nb;
  for (let i = 0; i < n; i++) {
    const c = U16[ua + i], d = U16[ub + i];
    if (c !== d) {
      // UTF-16 order differs from code point order for astral characters, and a stand-in
      // (surrogates.ts) compares as the surrogate it stands for: compare code points then.
      if ((c & 0xf800) === 0xd800 || (d & 0xf800) === 0xd800) {
        const cp = pythonCodePoint(unitsCodePointAt(ua, na, i)), dp = pythonCodePoint(unitsCodePointAt(ub, nb, i));
        return cp < dp ? -1 : 1;
      }
      return c < d ? -1 : 1;
    }
  }
  return na - nb;
}

/** Index (units) of the units [nu, nu+nn) inside [hu+start, hu+end), or -1. */
export function unitsFind(hu: number, start: number, end: number, nu: number, nn: number): number {
  if (nn === 0) return start <= end ? start : -1;
  const last = end - nn;
  const c0 = U16[nu];
  if (nn === 1) {
    for (let i = start; i <= last; i++) if (U16[hu + i] === c0) return i;
    return -1;
  }
  outer: for (let i = start; i <= last; i++) {
    if (U16[hu + i] !== c0) continue;
    for (let k = 1; k < nn; k++) if (U16[hu + i + k] !== U16[nu + k]) continue outer;
    return i;
  }
  return -1;
}

// ---- numbers from text without decoding ---------------------------------------------------

// The number text of a str as int() and float() read it: numberStart skips surrounding
// whitespace and takes an optional sign, returning the index of the first unit after it and
// leaving the end of the text and the sign here (small ints and a boolean: no allocation on
// these hot paths).
let numberEnd = 0, numberNegative = false;
function numberStart(u: number, n: number): number {
  let i = 0, j = n;
  while (i < j && isPySpace(U16[u + i])) i++;
  while (j > i && isPySpace(U16[u + j - 1])) j--;
  numberNegative = false;
  if (i < j && (U16[u + i] === 45 || U16[u + i] === 43)) { numberNegative = U16[u + i] === 45; i++; }
  numberEnd = j;
  return i;
}

/**
 * int(s) for plain decimal text of at most 15 digits (optional spaces, sign, single
 * underscores between digits): the value, or NaN to let the general parser decide (and raise).
 */
export function strToSmallInt(v: number): number {
  const r = strRef(v);
  const u = strUnitBase(r);
  let i = numberStart(u, strUnits(r));
  const j = numberEnd, neg = numberNegative;
  if (i >= j || j - i > 15 + 7) return NaN;
  let x = 0, digits = 0, prevDigit = false;
  for (; i < j; i++) {
    const c = U16[u + i] - 48;
    if (c >= 0 && c <= 9) { x = x * 10 + c; digits++; prevDigit = true; continue; }
    if (c === 95 - 48 && prevDigit && i + 1 < j) { prevDigit = false; continue; }
    return NaN;
  }
  if (!prevDigit || digits > 15) return NaN;
  return neg ? 0 - x : x;
}

const POW10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
/**
 * float(s) for plain decimal text (digits, one point, optional exponent) whose digits form an
 * integer below 10^15 and whose decimal exponent is within 22: m * 10^e or m / 10^-e is then
 * one correctly rounded operation on exact operands (Clinger's fast path). NaN otherwise.
 */
export function strToSimpleFloat(v: number): number {
  const r = strRef(v);
  const u = strUnitBase(r);
  let i = numberStart(u, strUnits(r));
  const j = numberEnd, neg = numberNegative;
  let m = 0, sig = 0, frac = 0, any = false, point = false;
  for (; i < j; i++) {
    const c = U16[u + i];
    if (c >= 48 && c <= 57) {
      any = true;
      if (m !== 0 || c !== 48) { if (++sig > 15) return NaN; }
      m = m * 10 + (c - 48);
      if (point) frac++;
    } else if (c === 46 && !point) point = true;
    else break;
  }
  if (!any) return NaN;
  let e = 0;
  if (i < j) {
    const c = U16[u + i];
    if (c !== 101 && c !== 69) return NaN;
    i++;
    let eneg = false;
    if (i < j && (U16[u + i] === 45 || U16[u + i] === 43)) { eneg = U16[u + i] === 45; i++; }
    if (i >= j || j - i > 3) return NaN;
    for (; i < j; i++) {
      const d = U16[u + i] - 48;
      if (d < 0 || d > 9) return NaN;
      e = e * 10 + d;
    }
    if (eneg) e = -e;
  }
  e -= frac;
  let x: number;
  if (m === 0) x = 0;
  else if (e >= 0 && e <= 22) x = m * POW10[e];
  else if (e < 0 && e >= -22) x = m / POW10[-e];
  else return NaN;
  return neg ? -x : x;
}

/** Concatenate str instances (f-string pieces) in the heap. */
export function strConcatAll(parts: number[]): number {
  const m = parts.length;
  if (m === 1 && I32[(parts[0] - REF_BASE) >> 2] === strTypeAddr) return parts[0];
  let total = 0;
  for (let i = 0; i < m; i++) total += I32[((strRef(parts[i]) - REF_BASE) >> 2) + 2];
  if (total === 0) return emptyStr();
  const r = allocStr(total);
  const d = ((r - REF_BASE) + 24) >> 1;
  let to = 0;
  for (let i = 0; i < m; i++) {
    const p = strRef(parts[i]);
    const n = I32[((p - REF_BASE) >> 2) + 2], u = ((p - REF_BASE) + 24) >> 1;
    if (n > 32) { U16.copyWithin(d + to, u, u + n); to += n; }
    else for (let k = 0; k < n; k++) U16[d + to++] = U16[u + k];
  }
  return finishStr(r);
}

/** Concatenate exact strs without decoding them. */
export function strConcat(a: number, b: number): number {
  const na = I32[((a - REF_BASE) >> 2) + 2], nb = I32[((b - REF_BASE) >> 2) + 2];
  if (nb === 0) return a;
  if (na === 0) return b;
  const r = allocStr(na + nb);
  const d = ((r - REF_BASE) + 24) >> 1;
  const ua = ((a - REF_BASE) + 24) >> 1, ub = ((b - REF_BASE) + 24) >> 1;
  for (let i = 0; i < na; i++) U16[d + i] = U16[ua + i];
  for (let i = 0; i < nb; i++) U16[d + na + i] = U16[ub + i];
  return finishStr(r);
}

void I32;

// ---- the str type -------------------------------------------------------------------------
// Methods here are the core the runtime needs; the full method set is filled in by
// strMethods.ts (added with addMethods).
import { defineBuiltinType, fastConstructors } from './registry';
import { raise } from '../runtime/errors';
import { exc } from './exceptions';
import {
  None, NotImplemented, bool, typeName, isInstance, strJs, indexSmall, compareCodePoints, reprJs,
} from '../runtime/protocol';
import { pyStrRepr, isPySpace } from '../numeric/strRepr';
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
    if (!isStr(o)) return NotImplemented;
    return bool(test(strCompareRefs(strRef(s), strRef(o))));
  };
}
/** `key in s` over the heap units (JS search for long haystacks with long needles). */
export function strContains(s: number, k: number): number {
  if (!isStr(k)) raise(exc.TypeError, `'in <string>' requires string as left operand, not ${typeName(k)}`);
  const h = strRef(s), nd = strRef(k);
  const hn = strUnits(h), nn = strUnits(nd);
  if (nn <= 2 || hn <= 256) return bool(unitsFind(strUnitBase(h), 0, hn, strUnitBase(nd), nn) >= 0);
  return bool(jsString(h).includes(jsString(nd)));
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
    { name: '__str__', sig: '__str__(self, /)', fn: (s: number) => strRef(s) },
    { name: '__hash__', sig: '__hash__(self, /)', fn: (s: number) => strHash(strRef(s)) },
    { name: '__len__', sig: '__len__(self, /)', fn: (s: number) => strLength(strRef(s)) },
    { name: '__add__', sig: '__add__(self, value, /)', fn: (s: number, o: number) => isStr(o) ? strConcat(strRef(s), strRef(o)) : NotImplemented },
    { name: '__mul__', sig: '__mul__(self, value, /)', fn: (s: number, n: number) => strRepeat(s, n) },
    { name: '__rmul__', sig: '__rmul__(self, value, /)', fn: (s: number, n: number) => strRepeat(s, n) },
    { name: '__mod__', sig: '__mod__(self, value, /)', fn: (s: number, args: number) => strMod(s, args) },
    { name: '__rmod__', sig: '__rmod__(self, value, /)', fn: () => NotImplemented },
    { name: '__getitem__', sig: '__getitem__(self, key, /)', fn: strGetItem },
    { name: '__contains__', sig: '__contains__(self, key, /)', fn: strContains },
    { name: '__eq__', sig: '__eq__(self, value, /)', fn: (s: number, o: number) => isStr(o) ? bool(strEquals(strRef(s), strRef(o))) : NotImplemented },
    { name: '__ne__', sig: '__ne__(self, value, /)', fn: (s: number, o: number) => isStr(o) ? bool(!strEquals(strRef(s), strRef(o))) : NotImplemented },
    { name: '__lt__', sig: '__lt__(self, value, /)', fn: strCompare((c) => c < 0) },
    { name: '__le__', sig: '__le__(self, value, /)', fn: strCompare((c) => c <= 0) },
    { name: '__gt__', sig: '__gt__(self, value, /)', fn: strCompare((c) => c > 0) },
    { name: '__ge__', sig: '__ge__(self, value, /)', fn: strCompare((c) => c >= 0) },
    { name: '__format__', sig: '__format__(self, format_spec, /)', fn: (s: number, spec: number) => newStr(formatWithSpec(() => num.formatStr(strValue(s), strValue(spec)))) },
    { name: '__getnewargs__', sig: '__getnewargs__(self, /)', fn: (s: number) => newStr(strValue(s)) },
  ],
});
function strRepeat(s: number, n: number): number {
  if (!(n < REF_BASE && Number.isInteger(n)) && !isIntLikeHook(n)) raise(exc.TypeError, `can't multiply sequence by non-int of type '${typeName(n)}'`);
  const k = indexSmall(n, 'cannot fit \'int\' into an index-sized integer');
  return newStr(k <= 0 ? '' : strValue(s).repeat(k));
}
/** s % args for an exact str s (set by strMethods.ts: compiled formats, then the engine). */
export let strMod: (s: number, args: number) => number = (s, args) => newStr(percentHook(strValue(s), args));
export function setStrMod(f: (s: number, args: number) => number): void { strMod = f; }
let isIntLikeHook: (v: number) => boolean = () => false;
let percentHook: (fmt: string, args: number) => string = (f) => f;
export function setStrHooks(isInt: (v: number) => boolean, percent: (fmt: string, args: number) => string): void { isIntLikeHook = isInt; percentHook = percent; }

void None; void reprJs;

/** str(x) for one positional argument: an exact str is itself, a small int its digits. */
fastConstructors[strHandle.index] = (args: number[]) => {
  if (args.length !== 1) return NULL;
  const v = args[0];
  if (v >= REF_BASE) { if (I32[(v - REF_BASE) >> 2] === strTypeAddr) return v; }
  else if (Number.isInteger(v)) return newStr(String(v));
  return strNew(StrType, v, NULL, NULL);
};
