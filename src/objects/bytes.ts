/**
 * bytes: immutable sequences of bytes (CPython's Objects/bytesobject.c behaviour), the
 * methods bytes and bytearray share, and the text codecs (str.encode, bytes.decode).
 *
 * Heap layout: [header][i32 length, i32 0][f64 hash][u8 data...]  (Layout.Bytes)
 * The hash is computed at creation (FNV-1a over the bytes, equal to the hash of the str
 * with the same latin-1 text, as hash(b'abc') == hash('abc') in CPython), so reading it
 * never writes shared memory. Nothing to trace: no references inside.
 *
 * Instances of user subclasses of bytes are Layout.Object instances holding the bytes
 * value in slot 0 (`bytesOf` unwraps them).
 *
 * Most algorithms run on the latin-1 JS string of the data (one char per byte), reusing
 * the text algorithms of strMethods.ts; a per-worker cache maps exact bytes objects to
 * their latin-1 text (cleared after every collection, since addresses are reused).
 *
 * `byteMethods(kind)` builds the method table common to bytes and bytearray; each result
 * is made by the kind's `make`, so bytearray methods return bytearrays.
 */
import { fromCodePoint, pythonCodePoint } from '../numeric/surrogates';
import { I32, F, U8, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { afterCollectionHooks, rootMark, pushRoot, rootRelease } from '../threads/threadState';
import { defineBuiltinType, addMethods, MethodDef, BuiltinTypeHandle } from './registry';
import { strHandle, strValue, newStr, isStr, hashJsString, codePointLength, setStrDecodeHook, intern } from './str';
import { raise, raiseObject, PyException } from '../runtime/errors';
import { exc, unicodeHooks } from './exceptions';
import {
  None, NotImplemented, bool, typeName, typeOf, isInstance, index, isIntLike, intValue, newInt,
  tupleLength, tupleItem, TupleType, layoutOf, callDescr, setAttr, truthy,
  indexCheck,
} from '../runtime/protocol';
import { newList } from './list';
import { newTuple } from './tuple';
import { iterableToArray, iterableToRootedArray, newIterator, IterKind, getIter, iterNext } from '../runtime/iteration';
import { typeLookup, typeNameJs, setTypeField, T_NSLOTS } from './typeobject';
import { N } from '../runtime/names';
import { onInstall } from '../runtime/installers';
import { allocInstance } from './object';
import { isSlice, sliceIndices } from './slice';
import { callObject } from '../runtime/call';
import {
  adjustIndices, textFind, textCount, textSplitWhitespace, textRSplitWhitespace, textSplit, textRSplit,
  textStrip, textReplace, textSplitLines, textExpandTabs, textPad, centerMargins, textZfill, isAsciiSpace,
  joinItems, atLeastOne,
} from './strMethods';
import { percentFormatBytes, setPercentBytesKeyHook } from '../runtime/strFormat';
import { setBytesMaker } from '../runtime/materialize';
import { setBytesTextHook } from '../runtime/exec';
import { setNumberBytesHook } from '../runtime/numberConversions';
import { setIntBytesHooks, setIntBytesConversions, IntType } from './int';
import { setBytesOrdHook, setBytesLikeHook } from '../runtime/builtins';

export let BytesType = 0;
let bytesTypeAddr = 0;

const textCache = new Map<number, string>();
afterCollectionHooks.push(() => textCache.clear());

// ---- construction and access -------------------------------------------------------------------
/** A new exact bytes object holding `data`. */
export function newBytes(data: ArrayLike<number>): number {
  const n = data.length;
  const ref = allocObject(24 + ((n + 7) & ~7), bytesTypeAddr, Layout.Bytes);
  const a = ref - REF_BASE;
  I32[(a >> 2) + 2] = n;
  I32[(a >> 2) + 3] = 0;
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < n; i++) {
    const b = data[i] & 0xff;
    U8[a + 24 + i] = b;
    h ^= b;
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  F[(a >> 3) + 2] = h === -1 ? -2 : h;
  return ref;
}
/** A new bytes object from a latin-1 JS string (one char per byte). */
export function newBytesLatin1(s: string): number {
  const n = s.length;
  const ref = allocObject(24 + ((n + 7) & ~7), bytesTypeAddr, Layout.Bytes);
  const a = ref - REF_BASE;
  I32[(a >> 2) + 2] = n;
  I32[(a >> 2) + 3] = 0;
  for (let i = 0; i < n; i++) U8[a + 24 + i] = s.charCodeAt(i);
  F[(a >> 3) + 2] = hashJsString(s);
  if (n < 1024) textCache.set(ref, s);
  return ref;
}
export function isBytes(v: number): boolean { return v >= REF_BASE && isInstance(v, BytesType); }
/** The exact bytes object of a bytes instance (exact or subclass). */
export function bytesOf(v: number): number {
  return layoutOf(v) === Layout.Bytes ? v : F[((v - REF_BASE) >> 3) + 2];
}
export function bytesLength(b: number): number { return I32[((b - REF_BASE) >> 2) + 2]; }
/** A view of an exact bytes object's data (valid while the object lives). */
export function bytesView(b: number): Uint8Array {
  const a = b - REF_BASE;
  return U8.subarray(a + 24, a + 24 + I32[(a >> 2) + 2]);
}
export function latin1(u8: Uint8Array): string {
  const n = u8.length;
  if (n < 64) { let s = ''; for (let i = 0; i < n; i++) s += String.fromCharCode(u8[i]); return s; }
  const parts: string[] = [];
  for (let i = 0; i < n; i += 8192) parts.push(String.fromCharCode.apply(null, Array.from(u8.subarray(i, Math.min(n, i + 8192)))));
  return parts.join('');
}
export function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
/** latin-1 text of an exact bytes object (cached). */
export function bytesText(b: number): string {
  let s = textCache.get(b);
  if (s !== undefined) return s;
  s = latin1(bytesView(b));
  if (s.length < 1024) textCache.set(b, s);
  return s;
}

/** bytearray access, filled by bytearray.ts (which loads after this file). */
export interface ByteArrayAccess { type: () => number; view: (v: number) => Uint8Array; make: (cls: number, s: string) => number }
let byteArray: ByteArrayAccess = { type: () => 0, view: () => new Uint8Array(0), make: () => NULL };
export function setByteArrayAccess(a: ByteArrayAccess): void { byteArray = a; }
/** memoryview access, filled by memoryview.ts: views are bytes-like too. */
export interface MemoryViewAccess { is: (v: number) => boolean; bytes: (v: number) => Uint8Array }
let memoryView: MemoryViewAccess = { is: () => false, bytes: () => new Uint8Array(0) };
export function setMemoryViewAccess(a: MemoryViewAccess): void { memoryView = a; }

/** The data of a bytes-like object (bytes, bytearray, or subclasses), or null. */
export function bufferView(v: number): Uint8Array | null {
  if (v < REF_BASE) return null;
  if (layoutOf(v) === Layout.Bytes) return bytesView(v);
  if (layoutOf(v) === Layout.ByteArray) return byteArray.view(v);
  if (isInstance(v, BytesType)) return bytesView(bytesOf(v));
  if (memoryView.is(v)) return memoryView.bytes(v);
  return null;
}
/** latin-1 text of a bytes-like object, or null. */
export function bufferText(v: number): string | null {
  if (v >= REF_BASE && layoutOf(v) === Layout.Bytes) return bytesText(v);
  const u = bufferView(v);
  return u === null ? null : latin1(u);
}
export function isBytesLike(v: number): boolean { return bufferView(v) !== null; }
function needBuffer(v: number): string {
  const t = bufferText(v);
  if (t === null) raise(exc.TypeError, `a bytes-like object is required, not '${typeName(v)}'`);
  return t;
}

// ---- repr and hex ------------------------------------------------------------------------------
export function bytesRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = 'b' + quote;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c) out += '\\\\';
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + (c < 16 ? '0' : '') + c.toString(16);
    else if (s[i] === quote) out += '\\' + quote;
    else out += s[i];
  }
  return out + quote;
}
const HEX2: string[] = [];
for (let i = 0; i < 256; i++) HEX2.push((i < 16 ? '0' : '') + i.toString(16));
export function hexOf(s: string, sepV: number, perV: number): string {
  if (sepV === NULL) {
    const parts: string[] = [];
    for (let i = 0; i < s.length; i += 4096) {
      let chunk = '';
      const end = Math.min(s.length, i + 4096);
      for (let k = i; k < end; k++) chunk += HEX2[s.charCodeAt(k)];
      parts.push(chunk);
    }
    return parts.join('');
  }
  const digits: string[] = new Array(s.length);
  for (let i = 0; i < s.length; i++) digits[i] = HEX2[s.charCodeAt(i)];
  let sep: string;
  if (isStr(sepV)) sep = strValue(sepV);
  else { const t = bufferText(sepV); if (t === null) raise(exc.TypeError, `sep must be str or bytes.`); sep = t; }
  if (codePointLength(sep) !== 1) raise(exc.ValueError, 'sep must be length 1.');
  if (sep.charCodeAt(0) > 127) raise(exc.ValueError, 'sep must be ASCII.');
  let per = perV === NULL ? 1 : Number(index(perV));
  if (per === 0 || digits.length === 0) return digits.join('');
  const groups: string[] = [];
  if (per < 0) {
    per = -per;
    for (let i = 0; i < digits.length; i += per) groups.push(digits.slice(i, i + per).join(''));
  } else {
    for (let j = digits.length; j > 0; j -= per) groups.unshift(digits.slice(Math.max(0, j - per), j).join(''));
  }
  return groups.join(sep);
}
function fromHex(s: string): string {
  let out = '';
  let i = 0;
  const hexVal = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) { i++; continue; }
    const hi = hexVal(c);
    if (hi < 0) raise(exc.ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < s.length ? hexVal(s.charCodeAt(i + 1)) : -1;
    if (lo < 0) raise(exc.ValueError, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out += String.fromCharCode(hi * 16 + lo);
    i += 2;
  }
  return out;
}

// ---- codecs ------------------------------------------------------------------------------------
const CP1252 = [0x20ac, -1, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, -1, 0x17d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, -1, 0x17e, 0x178];

type Codec = 'utf-8' | 'utf-8-sig' | 'ascii' | 'latin-1' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be' | 'cp1252';
export function lookupCodec(name: string): Codec {
  const n = name.toLowerCase().replace(/[_ ]/g, '-');
  switch (n) {
    case 'utf-8': case 'utf8': case 'u8': case 'utf': case 'cp65001': return 'utf-8';
    case 'utf-8-sig': case 'utf8-sig': return 'utf-8-sig';
    case 'ascii': case 'us-ascii': case '646': case 'us': return 'ascii';
    case 'latin-1': case 'latin1': case 'latin': case 'iso-8859-1': case 'iso8859-1': case '8859': case 'cp819': case 'l1': case 'iso-ir-100': return 'latin-1';
    case 'utf-16': case 'utf16': case 'u16': return 'utf-16';
    case 'utf-16-le': case 'utf-16le': case 'utf16le': return 'utf-16-le';
    case 'utf-16-be': case 'utf-16be': case 'utf16be': return 'utf-16-be';
    case 'utf-32': case 'utf32': case 'u32': return 'utf-32';
    case 'utf-32-le': case 'utf-32le': case 'utf32le': return 'utf-32-le';
    case 'utf-32-be': case 'utf-32be': case 'utf32be': return 'utf-32-be';
    case 'cp1252': case 'windows-1252': case '1252': return 'cp1252';
  }
  raise(exc.LookupError, `unknown encoding: ${name}`);
}
const codecDisplay = (c: Codec): string => (c === 'cp1252' ? 'charmap' : c === 'utf-8-sig' ? 'utf-8' : c.startsWith('utf-16') ? 'utf-16-' + (c === 'utf-16-be' ? 'be' : 'le') : c.startsWith('utf-32') ? 'utf-32-' + (c === 'utf-32-be' ? 'be' : 'le') : c);

function escCp(c: number): string {
  return c < 0x100 ? '\\x' + c.toString(16).padStart(2, '0') : c < 0x10000 ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
}
function setAttrs(e: number, fields: Record<string, number>): void {
  for (const k of Object.keys(fields)) setAttr(e, intern(k), fields[k]);
}
/** Raise UnicodeEncodeError/UnicodeDecodeError(encoding, object, start, end, reason). */
function throwUnicode(type: number, _msg: string, fields: () => Record<string, number>): never {
  const f = fields();
  // (natives only: nothing here reaches a safepoint)
  raiseObject(callObject(type, [f.encoding, f.object, f.start, f.end, f.reason], null));
}

/** str.encode: code points -> bytes. */
const utf8Encoder = new TextEncoder();
const RE_LONE_SURROGATE = /[\u{df800}-\u{dffff}]/u; // stand-ins of surrogates (surrogates.ts)
export function encodeText(s: string, encoding: string, errors: string): Uint8Array {
  const codec = lookupCodec(encoding);
  // Fast paths: well-formed text to UTF-8, and text that fits the 8-bit codecs.
  if (codec === 'utf-8' && !RE_LONE_SURROGATE.test(s)) return utf8Encoder.encode(s);
  if ((codec === 'latin-1' && /^[\0-\xff]*$/.test(s)) || (codec === 'ascii' && /^[\0-\x7f]*$/.test(s))) return latin1Bytes(s);
  const cps: number[] = [];
  for (const ch of s) cps.push(pythonCodePoint(ch.codePointAt(0)!));
  const out: number[] = [];
  if (codec === 'utf-16' || codec === 'utf-32') {
    if (codec === 'utf-16') out.push(0xff, 0xfe); else out.push(0xff, 0xfe, 0, 0);
  }
  if (codec === 'utf-8-sig') out.push(0xef, 0xbb, 0xbf);
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const encodable = (c: number): boolean => {
    if (codec === 'cp1252') return c < 0x80 || (c >= 0xa0 && c < 0x100) || CP1252.includes(c);
    if (c >= 0xd800 && c <= 0xdfff) return false;
    return c < limit;
  };
  const emit = (c: number): void => {
    switch (codec) {
      case 'utf-8': case 'utf-8-sig':
        if (c < 0x80) out.push(c);
        else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
        else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
        else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
        break;
      case 'ascii': case 'latin-1': out.push(c); break;
      case 'cp1252': out.push(c < 0x80 || (c >= 0xa0 && c < 0x100) ? c : 0x80 + CP1252.indexOf(c)); break;
      case 'utf-16': case 'utf-16-le': case 'utf-16-be': {
        const units = c < 0x10000 ? [c] : [0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff)];
        for (const u of units) codec === 'utf-16-be' ? out.push(u >> 8, u & 255) : out.push(u & 255, u >> 8);
        break;
      }
      default:
        if (codec === 'utf-32-be') out.push(c >>> 24, (c >> 16) & 255, (c >> 8) & 255, c & 255);
        else out.push(c & 255, (c >> 8) & 255, (c >> 16) & 255, c >>> 24);
    }
  };
  const reason = codec === 'cp1252' ? 'character maps to <undefined>' : limit === 0x80 ? 'ordinal not in range(128)' : limit === 0x100 ? 'ordinal not in range(256)' : 'surrogates not allowed';
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (encodable(c)) { emit(c); continue; }
    let end = i + 1;
    // The UTF-16 and UTF-32 encoders stop at each surrogate; the others report the run.
    if (!codec.startsWith('utf-16') && !codec.startsWith('utf-32')) while (end < cps.length && !encodable(cps[end])) end++;
    switch (errors) {
      case 'strict': {
        const name = codecDisplay(codec);
        const msg = end - i === 1
          ? `'${name}' codec can't encode character '${escCp(c)}' in position ${i}: ${reason}`
          : `'${name}' codec can't encode characters in position ${i}-${end - 1}: ${reason}`;
        throwUnicode(exc.UnicodeEncodeError, msg, () => ({ encoding: newStr(name), object: newStr(s), start: i, end, reason: newStr(reason) }));
      }
      // falls through (never reached)
      case 'ignore': break;
      case 'replace': for (let k = i; k < end; k++) emit(0x3f); break;
      case 'backslashreplace': for (let k = i; k < end; k++) for (const ch of escCp(cps[k])) emit(ch.charCodeAt(0)); break;
      case 'xmlcharrefreplace': for (let k = i; k < end; k++) for (const ch of `&#${cps[k]};`) emit(ch.charCodeAt(0)); break;
      case 'namereplace': for (let k = i; k < end; k++) for (const ch of escCp(cps[k])) emit(ch.charCodeAt(0)); break;
      case 'surrogateescape':
        for (let k = i; k < end; k++) {
          const d = cps[k];
          if (d >= 0xdc80 && d <= 0xdcff) out.push(d - 0xdc00);
          else encodeText(fromCodePoint(d), encoding, 'strict');
        }
        break;
      case 'surrogatepass':
        for (let k = i; k < end; k++) {
          const d = cps[k];
          if (d >= 0xd800 && d <= 0xdfff && codec.startsWith('utf-8')) out.push(0xe0 | (d >> 12), 0x80 | ((d >> 6) & 63), 0x80 | (d & 63));
          else if (d >= 0xd800 && d <= 0xdfff && codec.startsWith('utf-16')) codec === 'utf-16-be' ? out.push(d >> 8, d & 255) : out.push(d & 255, d >> 8);
          else if (d >= 0xd800 && d <= 0xdfff && codec.startsWith('utf-32')) emit(d);
          else encodeText(fromCodePoint(d), encoding, 'strict');
        }
        break;
      default:
        raise(exc.LookupError, `unknown error handler name '${errors}'`);
    }
    i = end - 1;
  }
  return Uint8Array.from(out);
}

/** bytes.decode: bytes -> str. */
export function decodeBytes(b: Uint8Array, encoding: string, errors: string, objForError: () => number): string {
  const codec = lookupCodec(encoding);
  const name = codecDisplay(codec);
  let out = '';
  const fail = (start: number, end: number, reason: string): void => {
    switch (errors) {
      case 'strict': {
        const msg = end - start === 1
          ? `'${name}' codec can't decode byte 0x${b[start].toString(16).padStart(2, '0')} in position ${start}: ${reason}`
          : `'${name}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
        throwUnicode(exc.UnicodeDecodeError, msg, () => ({ encoding: newStr(name), object: objForError(), start, end, reason: newStr(reason) }));
      }
      // falls through (never reached)
      case 'ignore': return;
      case 'replace': out += '\ufffd'; return;
      case 'backslashreplace': for (let k = start; k < end; k++) out += '\\x' + b[k].toString(16).padStart(2, '0'); return;
      case 'surrogatepass': errors = 'strict'; fail(start, end, reason); return;
      case 'surrogateescape':
        for (let k = start; k < end; k++) {
          if (b[k] < 128) { errors = 'strict'; fail(start, end, reason); }
          out += fromCodePoint(0xdc00 + b[k]);
        }
        return;
      default: raise(exc.LookupError, `unknown error handler name '${errors}'`);
    }
  };
  const n = b.length;
  /** A UTF-16 surrogate unit that does not pair: kept by surrogatepass, else an error. */
  const surrogateUnit = (u: number, start: number, end: number, reason: string): void => {
    if (errors === 'surrogatepass' && end - start === 2) out += fromCodePoint(u);
    else fail(start, end, reason);
  };
  switch (codec) {
    case 'ascii':
      for (let i = 0; i < n; i++) { if (b[i] < 128) out += String.fromCharCode(b[i]); else fail(i, i + 1, 'ordinal not in range(128)'); }
      return out;
    case 'latin-1': return latin1(b);
    case 'cp1252':
      for (let i = 0; i < n; i++) {
        const c = b[i];
        if (c < 0x80 || c >= 0xa0) out += String.fromCharCode(c);
        else if (CP1252[c - 0x80] >= 0) out += String.fromCharCode(CP1252[c - 0x80]);
        else fail(i, i + 1, 'character maps to <undefined>');
      }
      return out;
    case 'utf-8': case 'utf-8-sig': {
      let i = codec === 'utf-8-sig' && n >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
      let run = i;
      const flush = (k: number): void => { if (k > run) out += utf8Run(b, run, k); };
      while (i < n) {
        const c = b[i];
        if (c < 0x80) { i++; continue; }
        let need = 0, lo = 0x80, hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) need = 1;
        else if (c >= 0xe0 && c <= 0xef) { need = 2; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
        else if (c >= 0xf0 && c <= 0xf4) { need = 3; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
        else { flush(i); fail(i, i + 1, 'invalid start byte'); i++; run = i; continue; }
        if (c === 0xed && errors === 'surrogatepass' && i + 2 < n && b[i + 1] >= 0xa0 && b[i + 1] <= 0xbf && b[i + 2] >= 0x80 && b[i + 2] <= 0xbf) {
          flush(i);
          out += fromCodePoint(0xd000 | ((b[i + 1] & 63) << 6) | (b[i + 2] & 63));
          i += 3; run = i; continue;
        }
        let k = 1;
        for (; k <= need; k++) {
          if (i + k >= n) break;
          const d = b[i + k];
          if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) break;
        }
        if (k > need) { i += need + 1; continue; }
        flush(i);
        if (i + k >= n) { fail(i, n, 'unexpected end of data'); i = n; }
        else { fail(i, i + k, 'invalid continuation byte'); i += k; }
        run = i;
      }
      flush(n);
      return out;
    }
    case 'utf-16': case 'utf-16-le': case 'utf-16-be': {
      let be = codec === 'utf-16-be';
      let i = 0;
      if (codec === 'utf-16' && n >= 2) {
        if (b[0] === 0xff && b[1] === 0xfe) i = 2;
        else if (b[0] === 0xfe && b[1] === 0xff) { i = 2; be = true; }
      }
      const unit = (k: number): number => (be ? (b[k] << 8) | b[k + 1] : b[k] | (b[k + 1] << 8));
      for (; i + 1 < n; i += 2) {
        const u = unit(i);
        if ((u & 0xf800) !== 0xd800) { out += String.fromCharCode(u); continue; }
        if (u >= 0xdc00) { surrogateUnit(u, i, i + 2, 'illegal encoding'); continue; }
        if (i + 3 >= n) { surrogateUnit(u, i, n, 'unexpected end of data'); i = n; break; }
        const v = unit(i + 2);
        if (v < 0xdc00 || v > 0xdfff) { surrogateUnit(u, i, i + 2, 'illegal UTF-16 surrogate'); continue; }
        out += String.fromCharCode(u, v);
        i += 2;
      }
      if (i < n) fail(i, n, 'truncated data');
      return out;
    }
    default: {
      let be = codec === 'utf-32-be';
      let i = 0;
      if (codec === 'utf-32' && n >= 4) {
        if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) i = 4;
        else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) { i = 4; be = true; }
      }
      for (; i + 3 < n; i += 4) {
        const c = be ? ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0 : (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
        if (c > 0x10ffff) fail(i, i + 4, 'code point not in range(0x110000)');
        else if (c >= 0xd800 && c <= 0xdfff) {
          if (errors === 'surrogatepass') out += fromCodePoint(c);
          else fail(i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)');
        } else out += String.fromCodePoint(c);
      }
      if (i < n) fail(i, n, 'truncated data');
      return out;
    }
  }
}
const utf8Decoder = new TextDecoder('utf-8');
function utf8Run(b: Uint8Array, start: number, end: number): string {
  let ascii = true;
  for (let i = start; i < end; i++) if (b[i] >= 0x80) { ascii = false; break; }
  if (ascii) return latin1(b.subarray(start, end));
  return utf8Decoder.decode(b.slice(start, end));
}

function encodingArgs(encoding: number, errors: number, fn: string): [string, string] {
  let enc = 'utf-8', err = 'strict';
  if (encoding !== NULL) {
    if (!isStr(encoding)) raise(exc.TypeError, `${fn}() argument 'encoding' must be str, not ${typeName(encoding)}`);
    enc = strValue(encoding);
  }
  if (errors !== NULL) {
    if (!isStr(errors)) raise(exc.TypeError, `${fn}() argument 'errors' must be str, not ${typeName(errors)}`);
    err = strValue(errors);
  }
  return [enc, err];
}

// ---- building byte sequences from Python objects --------------------------------------------------
/** The byte values of `source` for bytes(source) / bytearray(source) (not str, not an int count). */
export function bytesFromIterable(source: number, what: string): number[] {
  const t = typeOf(source);
  if (typeLookup(t, N.__iter__) === NULL && typeLookup(t, N.__getitem__) === NULL) {
    raise(exc.TypeError, `cannot convert '${typeName(source)}' object to ${what}`);
  }
  // bytes(iterable) says "bytes must be in range", bytearray(iterable) "byte must be".
  const msg = what === 'bytes' ? 'bytes must be in range(0, 256)' : 'byte must be in range(0, 256)';
  const mark = rootMark();
  try {
    const items = iterableToRootedArray(source); // __index__ of one item may run Python code
    const out = new Array<number>(items.length);
    for (let i = 0; i < items.length; i++) out[i] = byteValue(items[i], msg);
    return out;
  } finally { rootRelease(mark); }
}
/** An int in range(256) from an __index__-able value. */
export function byteValue(v: number, msg = 'byte must be in range(0, 256)'): number {
  if (!(v < REF_BASE && Number.isInteger(v)) && !isIntLike(v) && typeLookup(typeOf(v), N.__index__) === NULL) {
    raise(exc.TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  const x = index(v);
  if (typeof x === 'bigint' || x < 0 || x > 255) raise(exc.ValueError, msg);
  return x;
}
/** A latin-1 string from byte values (any length: no argument spreading). */
export function charsOf(codes: ArrayLike<number>): string {
  const n = codes.length;
  if (n < 64) { let s = ''; for (let i = 0; i < n; i++) s += String.fromCharCode(codes[i]); return s; }
  const parts: string[] = [];
  for (let i = 0; i < n; i += 8192) parts.push(String.fromCharCode.apply(null, Array.prototype.slice.call(codes, i, Math.min(n, i + 8192))));
  return parts.join('');
}
/** Latin-1 text of the bytes made from `source` as bytes()/bytearray() would (after __bytes__). */
export function constructText(source: number, encoding: number, errors: number, what: string): string {
  // The argument types are checked first ("bytes() argument 'encoding' must be str").
  encodingArgs(encoding, errors, what);
  if (source === NULL) {
    if (encoding !== NULL || errors !== NULL) raise(exc.TypeError, encoding !== NULL ? 'encoding without a string argument' : 'errors without a string argument');
    return '';
  }
  if (isStr(source)) {
    if (encoding === NULL) raise(exc.TypeError, 'string argument without an encoding');
    const [enc, err] = encodingArgs(encoding, errors, what);
    return latin1(encodeText(strValue(source), enc, err));
  }
  if (encoding !== NULL || errors !== NULL) raise(exc.TypeError, encoding !== NULL ? 'encoding without a string argument' : 'errors without a string argument');
  const buf = bufferText(source);
  if (buf !== null) return buf;
  if (isIntLike(source) || (typeLookup(typeOf(source), N.__index__) !== NULL && !isStr(source))) {
    const n = index(source);
    if (n < 0) raise(exc.ValueError, 'negative count');
    if (typeof n === 'bigint' || n > 2 ** 31) raise(exc.OverflowError, 'cannot fit \'int\' into an index-sized integer');
    return '\0'.repeat(n);
  }
  return charsOf(bytesFromIterable(source, what));
}

function bytesNew(cls: number, source: number, encoding: number, errors: number): number {
  let s: string;
  const mark = rootMark();
  try {
    const m = source !== NULL && !isStr(source) ? typeLookup(typeOf(source), N.__bytes__) : NULL;
    if (m !== NULL && m !== None) {
      encodingArgs(encoding, errors, 'bytes');
      if (encoding !== NULL || errors !== NULL) raise(exc.TypeError, 'encoding without a string argument');
      const r = callDescr(m, source, []);
      if (!isBytes(r)) raise(exc.TypeError, `__bytes__ returned non-bytes (type ${typeName(r)})`);
      if (cls === BytesType) return r;
      s = bytesText(bytesOf(r));
    } else {
      s = constructText(source, encoding, errors, 'bytes');
    }
  } finally { rootRelease(mark); }
  if (cls === BytesType) return newBytesLatin1(s);
  const b = newBytesLatin1(s);
  const inst = allocInstance(cls);
  F[((inst - REF_BASE) >> 3) + 2] = b;
  return inst;
}

// ---- the shared methods -------------------------------------------------------------------------
/** How one of the two byte types reads itself and makes its results. */
export interface ByteKind {
  name: string; //                      'bytes' | 'bytearray'
  text: (self: number) => string; //    latin-1 text of self
  make: (s: string) => number; //       a new exact object of this kind
}

function findArg(v: number): string {
  if (isIntLike(v) || (v >= REF_BASE && !isBytesLike(v) && typeLookup(typeOf(v), N.__index__) !== NULL)) return String.fromCharCode(byteValue(v));
  const t = bufferText(v);
  if (t === null) raise(exc.TypeError, `argument should be integer or bytes-like object, not '${typeName(v)}'`);
  return t;
}
function intArg(v: number, dflt: number): number {
  if (v === NULL) return dflt;
  const i = index(v);
  if (typeof i === 'bigint') raise(exc.OverflowError, 'Python int too large to convert to C ssize_t');
  return i;
}
const isAsciiAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
function asciiUpper(s: string): string { return s.replace(/[a-z]+/g, (m) => m.toUpperCase()); }
function asciiLower(s: string): string { return s.replace(/[A-Z]+/g, (m) => m.toLowerCase()); }
function mapChars(s: string, f: (c: number, i: number) => number): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(f(s.charCodeAt(i), i));
  return out;
}
function bytesTitle(s: string): string {
  let prev = false;
  return mapChars(s, (c) => {
    const r = isAsciiLower(c) ? (prev ? c : c - 32) : isAsciiUpper(c) ? (prev ? c + 32 : c) : c;
    prev = isAsciiAlpha(c);
    return r;
  });
}
function allBytes(s: string, p: (c: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!p(s.charCodeAt(i))) return false;
  return true;
}
function bytesIsTitle(s: string): boolean {
  let cased = false, prev = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isAsciiUpper(c)) { if (prev) return false; prev = true; cased = true; }
    else if (isAsciiLower(c)) { if (!prev) return false; prev = true; cased = true; }
    else prev = false;
  }
  return cased;
}

export function byteMethods(k: ByteKind): MethodDef[] {
  const T = k.text, M = k.make, name = k.name;
  const list = (parts: string[]): number => newList(parts.map((p) => M(p)));
  const find = (self: number, sub: number, a: number, b: number, rev: boolean): number => {
    const s = T(self);
    const [x, y] = adjustIndices(a, b, s.length);
    return textFind(s, findArg(sub), x, y, rev);
  };
  const tail = (name2: string, atEnd: boolean) => (self: number, p: number, a: number, b: number): number => {
    const s = T(self);
    const test = (sub: string): boolean => {
      const [x, y0] = adjustIndices(a, b, s.length);
      const y = y0 - sub.length;
      if (y < x || x > s.length) return false;
      return atEnd ? s.startsWith(sub, y) : s.startsWith(sub, x);
    };
    if (isInstance(p, TupleType)) {
      for (let i = 0; i < tupleLength(p); i++) {
        const it = tupleItem(p, i);
        const t = bufferText(it);
        if (t === null) raise(exc.TypeError, `a bytes-like object is required, not '${typeName(it)}'`);
        if (test(t)) return bool(true);
      }
      return bool(false);
    }
    const t = bufferText(p);
    if (t === null) raise(exc.TypeError, `${name2} first arg must be bytes or a tuple of bytes, not ${typeName(p)}`);
    return bool(test(t));
  };
  const splitArgs = (sep: number, m: number): [string | null, number] => {
    const sp = sep === NULL || sep === None ? null : needBuffer(sep);
    if (sp !== null && sp.length === 0) raise(exc.ValueError, 'empty separator');
    return [sp, intArg(m, -1)];
  };
  const stripArg = (c: number): string | null => (c === NULL || c === None ? null : needBuffer(c));
  const fill = (f: number, fn: string): string => {
    if (f === NULL) return ' ';
    const t = bufferText(f);
    if (t === null || t.length !== 1) raise(exc.TypeError, `${fn}() argument 2 must be a byte string of length 1, not ${typeName(f)}`);
    return t;
  };
  const partition = (self: number, sepV: number, rev: boolean): number => {
    const s = T(self), sep = needBuffer(sepV);
    if (sep.length === 0) raise(exc.ValueError, 'empty separator');
    const i = rev ? s.lastIndexOf(sep) : s.indexOf(sep);
    if (i < 0) return rev ? newTuple([M(''), M(''), M(s)]) : newTuple([M(s), M(''), M('')]);
    return newTuple([M(s.slice(0, i)), M(sep), M(s.slice(i + sep.length))]);
  };
  const pred = (p: (s: string) => boolean) => (self: number) => bool(p(T(self)));
  const compare = (test: (c: number) => boolean) => (self: number, o: number): number => {
    const b = bufferText(o);
    if (b === null) return NotImplemented;
    const a = T(self);
    return bool(test(a < b ? -1 : a > b ? 1 : 0));
  };
  return [
    { name: '__iter__', sig: '__iter__(self, /)', fn: (s: number) => newIterator(IterKind.Seq, s, 0) },
    { name: '__contains__', sig: '__contains__(self, key, /)', fn: (s: number, key: number) => {
      if (isIntLike(key)) return bool(T(s).includes(String.fromCharCode(byteValue(key))));
      const t = bufferText(key);
      if (t === null) {
        if (typeLookup(typeOf(key), N.__index__) !== NULL) return bool(T(s).includes(String.fromCharCode(byteValue(key))));
        raise(exc.TypeError, `a bytes-like object is required, not '${typeName(key)}'`);
      }
      return bool(T(s).includes(t));
    } },
    { name: '__add__', sig: '__add__(self, value, /)', fn: (s: number, o: number) => {
      const b = bufferText(o);
      if (b === null) raise(exc.TypeError, `can't concat ${typeName(o)} to ${name}`);
      return M(T(s) + b);
    } },
    { name: '__mul__', sig: '__mul__(self, value, /)', fn: (s: number, n: number) => repeat(T(s), n, M) },
    { name: '__rmul__', sig: '__rmul__(self, value, /)', fn: (s: number, n: number) => repeat(T(s), n, M) },
    { name: '__mod__', sig: '__mod__(self, value, /)', fn: (s: number, args: number) => M(percentFormatBytes(T(s), args, bufferText)) },
    { name: '__rmod__', sig: '__rmod__(self, value, /)', fn: () => NotImplemented },
    { name: '__eq__', sig: '__eq__(self, value, /)', fn: compare((c) => c === 0) },
    { name: '__ne__', sig: '__ne__(self, value, /)', fn: compare((c) => c !== 0) },
    { name: '__lt__', sig: '__lt__(self, value, /)', fn: compare((c) => c < 0) },
    { name: '__le__', sig: '__le__(self, value, /)', fn: compare((c) => c <= 0) },
    { name: '__gt__', sig: '__gt__(self, value, /)', fn: compare((c) => c > 0) },
    { name: '__ge__', sig: '__ge__(self, value, /)', fn: compare((c) => c >= 0) },
    { name: 'hex', sig: 'hex(self, /, sep=None, bytes_per_sep=1)', fn: (s: number, sep: number, per: number) => newStr(hexOf(T(s), sep === None ? NULL : sep, per)) },
    { name: 'decode', sig: "decode(self, /, encoding='utf-8', errors='strict')", fn: (s: number, e: number, r: number) => {
      const [enc, err] = encodingArgs(e, r, 'decode');
      const text = T(s);
      return newStr(decodeBytes(latin1Bytes(text), enc, err, () => newBytesLatin1(text)));
    } },
    { name: 'count', sig: 'count(self, sub=None, start=None, end=None, /)', fn: atLeastOne('count', (self: number, sub: number, a: number, b: number) => { const s = T(self); const [x, y] = adjustIndices(a, b, s.length); return textCount(s, findArg(sub), x, y); }) },
    { name: 'find', sig: 'find(self, sub=None, start=None, end=None, /)', fn: atLeastOne('find', (s: number, sub: number, a: number, b: number) => find(s, sub, a, b, false)) },
    { name: 'rfind', sig: 'rfind(self, sub=None, start=None, end=None, /)', fn: atLeastOne('rfind', (s: number, sub: number, a: number, b: number) => find(s, sub, a, b, true)) },
    { name: 'index', sig: 'index(self, sub=None, start=None, end=None, /)', fn: atLeastOne('index', (s: number, sub: number, a: number, b: number) => { const i = find(s, sub, a, b, false); if (i < 0) raise(exc.ValueError, 'subsection not found'); return i; }) },
    { name: 'rindex', sig: 'rindex(self, sub=None, start=None, end=None, /)', fn: atLeastOne('rindex', (s: number, sub: number, a: number, b: number) => { const i = find(s, sub, a, b, true); if (i < 0) raise(exc.ValueError, 'subsection not found'); return i; }) },
    { name: 'startswith', sig: 'startswith(self, prefix=None, start=None, end=None, /)', fn: atLeastOne('startswith', tail('startswith', false)) },
    { name: 'endswith', sig: 'endswith(self, suffix=None, start=None, end=None, /)', fn: atLeastOne('endswith', tail('endswith', true)) },
    { name: 'replace', sig: 'replace(self, old, new, count=-1, /)', fn: (self: number, o: number, r: number, c: number) => { const s = T(self); return M(textReplace(s, needBuffer(o), needBuffer(r), intArg(c, -1), () => s.split(''))); } },
    { name: 'split', sig: 'split(self, /, sep=None, maxsplit=-1)', fn: (self: number, sep: number, m: number) => { const [sp, n] = splitArgs(sep, m); return list(sp === null ? textSplitWhitespace(T(self), n, isAsciiSpace) : textSplit(T(self), sp, n)); } },
    { name: 'rsplit', sig: 'rsplit(self, /, sep=None, maxsplit=-1)', fn: (self: number, sep: number, m: number) => { const [sp, n] = splitArgs(sep, m); return list(sp === null ? textRSplitWhitespace(T(self), n, isAsciiSpace) : textRSplit(T(self), sp, n)); } },
    { name: 'splitlines', sig: 'splitlines(self, /, keepends=False)', fn: (self: number, ke: number) => list(textSplitLines(T(self), ke !== NULL && truthy(ke), true)) },
    { name: 'join', sig: 'join(self, iterable_of_bytes, /)', fn: (self: number, it: number) => {
      const sep = T(self);
      const items = joinItems(it);
      const parts = items.map((v, i) => {
        const t = bufferText(v);
        if (t === null) raise(exc.TypeError, `sequence item ${i}: expected a bytes-like object, ${typeName(v)} found`);
        return t;
      });
      return M(parts.join(sep));
    } },
    { name: 'strip', sig: 'strip(self, bytes=None, /)', fn: (self: number, c: number) => M(textStrip(T(self), stripArg(c), 3, isAsciiSpace)) },
    { name: 'lstrip', sig: 'lstrip(self, bytes=None, /)', fn: (self: number, c: number) => M(textStrip(T(self), stripArg(c), 1, isAsciiSpace)) },
    { name: 'rstrip', sig: 'rstrip(self, bytes=None, /)', fn: (self: number, c: number) => M(textStrip(T(self), stripArg(c), 2, isAsciiSpace)) },
    { name: 'partition', sig: 'partition(self, sep, /)', fn: (s: number, sep: number) => partition(s, sep, false) },
    { name: 'rpartition', sig: 'rpartition(self, sep, /)', fn: (s: number, sep: number) => partition(s, sep, true) },
    { name: 'removeprefix', sig: 'removeprefix(self, prefix, /)', fn: (self: number, p: number) => { const s = T(self), x = needBuffer(p); return M(x.length > 0 && s.startsWith(x) ? s.slice(x.length) : s); } },
    { name: 'removesuffix', sig: 'removesuffix(self, suffix, /)', fn: (self: number, p: number) => { const s = T(self), x = needBuffer(p); return M(x.length > 0 && s.endsWith(x) ? s.slice(0, s.length - x.length) : s); } },
    { name: 'upper', sig: 'upper(self, /)', fn: (s: number) => M(asciiUpper(T(s))) },
    { name: 'lower', sig: 'lower(self, /)', fn: (s: number) => M(asciiLower(T(s))) },
    { name: 'swapcase', sig: 'swapcase(self, /)', fn: (s: number) => M(mapChars(T(s), (c) => (isAsciiUpper(c) ? c + 32 : isAsciiLower(c) ? c - 32 : c))) },
    { name: 'title', sig: 'title(self, /)', fn: (s: number) => M(bytesTitle(T(s))) },
    { name: 'capitalize', sig: 'capitalize(self, /)', fn: (s: number) => { const t = T(s); return M(asciiUpper(t.slice(0, 1)) + asciiLower(t.slice(1))); } },
    { name: 'center', sig: "center(self, width, fillchar=b' ', /)", fn: (self: number, w: number, f: number) => { const s = T(self), fc = fill(f, 'center'); const [l, r] = centerMargins(s.length, intArg(w, 0)); return M(textPad(s, l, r, fc)); } },
    { name: 'ljust', sig: "ljust(self, width, fillchar=b' ', /)", fn: (self: number, w: number, f: number) => { const s = T(self), fc = fill(f, 'ljust'); return M(textPad(s, 0, intArg(w, 0) - s.length, fc)); } },
    { name: 'rjust', sig: "rjust(self, width, fillchar=b' ', /)", fn: (self: number, w: number, f: number) => { const s = T(self), fc = fill(f, 'rjust'); return M(textPad(s, intArg(w, 0) - s.length, 0, fc)); } },
    { name: 'zfill', sig: 'zfill(self, width, /)', fn: (self: number, w: number) => { const s = T(self); return M(textZfill(s, s.length, intArg(w, 0))); } },
    { name: 'expandtabs', sig: 'expandtabs(self, /, tabsize=8)', fn: (self: number, t: number) => M(textExpandTabs(T(self), intArg(t, 8))) },
    { name: 'isalnum', sig: 'isalnum(self, /)', fn: pred((s) => allBytes(s, (c) => isAsciiAlpha(c) || isAsciiDigit(c))) },
    { name: 'isalpha', sig: 'isalpha(self, /)', fn: pred((s) => allBytes(s, isAsciiAlpha)) },
    { name: 'isascii', sig: 'isascii(self, /)', fn: pred((s) => /^[\x00-\x7f]*$/.test(s)) },
    { name: 'isdigit', sig: 'isdigit(self, /)', fn: pred((s) => allBytes(s, isAsciiDigit)) },
    { name: 'isspace', sig: 'isspace(self, /)', fn: pred((s) => allBytes(s, isAsciiSpace)) },
    { name: 'islower', sig: 'islower(self, /)', fn: pred((s) => /[a-z]/.test(s) && !/[A-Z]/.test(s)) },
    { name: 'isupper', sig: 'isupper(self, /)', fn: pred((s) => /[A-Z]/.test(s) && !/[a-z]/.test(s)) },
    { name: 'istitle', sig: 'istitle(self, /)', fn: pred(bytesIsTitle) },
    { name: 'translate', sig: "translate(self, table, /, delete=b'')", fn: (self: number, table: number, del: number) => {
      const s = T(self);
      let tab: string | null = null;
      if (table !== None) {
        tab = bufferText(table);
        if (tab === null) raise(exc.TypeError, `a bytes-like object is required, not '${typeName(table)}'`);
        if (tab.length !== 256) raise(exc.ValueError, 'translation table must be 256 characters long');
      }
      const d = del === NULL ? '' : needBuffer(del);
      let out = '';
      for (let i = 0; i < s.length; i++) {
        if (d.includes(s[i])) continue;
        out += tab === null ? s[i] : tab[s.charCodeAt(i)];
      }
      return M(out);
    } },
    { name: 'maketrans', sig: 'maketrans(frm, to, /)', kind: 'staticmethod', fn: (frm: number, to: number) => {
      const a = needBuffer(frm), b = needBuffer(to);
      if (a.length !== b.length) raise(exc.ValueError, 'maketrans arguments must have same length');
      const tab: number[] = [];
      for (let i = 0; i < 256; i++) tab.push(i);
      for (let i = 0; i < a.length; i++) tab[a.charCodeAt(i)] = b.charCodeAt(i);
      return newBytes(tab);
    } },
  ];
}

function repeat(s: string, n: number, make: (s: string) => number): number {
  if (!indexCheck(n)) return NotImplemented;
  const k = index(n);
  if (typeof k === 'bigint' || k * s.length > 2 ** 30) raise(exc.MemoryError);
  return make(k <= 0 ? '' : s.repeat(k));
}

// ---- bytes-specific methods ------------------------------------------------------------------------
const bytesKind: ByteKind = {
  name: 'bytes',
  text: (self) => bytesText(bytesOf(self)),
  make: newBytesLatin1,
};
function bytesGetItem(self: number, key: number): number {
  const b = bytesOf(self);
  const n = bytesLength(b);
  if (isSlice(key)) {
    const [start, stop, step, len] = sliceIndices(key, n);
    const s = bytesText(b);
    if (step === 1) return newBytesLatin1(s.slice(start, Math.max(start, stop)));
    let out = '';
    for (let i = 0, j = start; i < len; i++, j += step) out += s[j];
    return newBytesLatin1(out);
  }
  if (!isIntLike(key) && typeLookup(typeOf(key), N.__index__) === NULL) raise(exc.TypeError, `byte indices must be integers or slices, not ${typeName(key)}`);
  let i = index(key);
  if (typeof i === 'bigint') raise(exc.IndexError, 'cannot fit \'int\' into an index-sized integer');
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(exc.IndexError, 'index out of range');
  return U8[b - REF_BASE + 24 + i];
}
function fromhexClass(cls: number, s: number): number {
  if (!isStr(s)) raise(exc.TypeError, `fromhex() argument must be str, not ${typeName(s)}`);
  const text = fromHex(strValue(s));
  if (cls === BytesType) return newBytesLatin1(text);
  if (cls === byteArray.type()) return byteArray.make(cls, text);
  const b = newBytesLatin1(text);
  const mark = rootMark();
  pushRoot(b);
  try { return callObject(cls, [b], null); } finally { rootRelease(mark); }
}
export { fromhexClass };

export const bytesHandle: BuiltinTypeHandle = defineBuiltinType({
  name: 'bytes', layout: Layout.Bytes, size: 24,
  // Instances of subclasses are Layout.Object with the bytes value in slot 0: one traced slot.
  setRef: (r) => { BytesType = r; bytesTypeAddr = r - REF_BASE; setTypeField(r, T_NSLOTS, 1); },
  doc: "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer",
  methods: [
    { name: '__new__', sig: "__new__(cls, source=b'', encoding='utf-8', errors='strict')", fn: bytesNew, kind: 'staticmethod' },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => newStr(bytesRepr(bytesKind.text(s))) },
    { name: '__str__', sig: '__str__(self, /)', fn: (s: number) => newStr(bytesRepr(bytesKind.text(s))) },
    { name: '__hash__', sig: '__hash__(self, /)', fn: (s: number) => F[((bytesOf(s) - REF_BASE) >> 3) + 2] },
    { name: '__getitem__', sig: '__getitem__(self, key, /)', fn: bytesGetItem },
    { name: '__len__', sig: '__len__(self, /)', fn: (s: number) => bytesLength(bytesOf(s)) },
    { name: '__bytes__', sig: '__bytes__(self, /)', fn: (s: number) => (layoutOf(s) === Layout.Bytes ? s : newBytesLatin1(bytesKind.text(s))) },
    { name: '__getnewargs__', sig: '__getnewargs__(self, /)', fn: (s: number) => newTuple([newBytesLatin1(bytesKind.text(s))]) },
    { name: '__sizeof__', sig: '__sizeof__(self, /)', fn: (s: number) => 33 + bytesLength(bytesOf(s)) },
    { name: 'fromhex', sig: 'fromhex(cls, string, /)', fn: fromhexClass, kind: 'classmethod' },
    ...byteMethods(bytesKind),
  ],
});

// ---- str.encode and str(bytes, encoding) ----------------------------------------------------------
addMethods(strHandle, [
  { name: 'encode', sig: "encode(self, /, encoding='utf-8', errors='strict')", fn: (self: number, e: number, r: number) => {
    const [enc, err] = encodingArgs(e, r, 'encode');
    return newBytes(encodeText(strValue(self), enc, err));
  } },
]);

function strDecode(obj: number, encoding: number, errors: number): string {
  const [enc, err] = encodingArgs(encoding, errors, 'str');
  if (isStr(obj)) raise(exc.TypeError, 'decoding str is not supported');
  const t = bufferText(obj);
  if (t === null) raise(exc.TypeError, `decoding to str: need a bytes-like object, ${typeName(obj)} found`);
  return decodeBytes(latin1Bytes(t), enc, err, () => newBytesLatin1(t));
}

// ---- int.to_bytes / int.from_bytes ----------------------------------------------------------------
function byteOrder(v: number): boolean {
  if (v === NULL) return false;
  if (!isStr(v)) raise(exc.TypeError, `to_bytes() argument 'byteorder' must be str, not ${typeName(v)}`);
  const o = strValue(v);
  if (o !== 'little' && o !== 'big') raise(exc.ValueError, "byteorder must be either 'little' or 'big'");
  return o === 'little';
}
function intToBytes(self: number, lengthV: number, orderV: number, signedV: number): number {
  const length = lengthV === NULL ? 1 : Number(index(lengthV));
  if (length < 0) raise(exc.ValueError, 'length argument must be non-negative');
  const little = byteOrder(orderV);
  const signed = signedV !== NULL && truthy(signedV);
  let v = BigInt(intValue(self));
  if (v < 0n && !signed) raise(exc.OverflowError, "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  if (signed) {
    const lim = length === 0 ? 0n : 1n << (bits - 1n);
    if (v >= lim || v < -lim) raise(exc.OverflowError, 'int too big to convert');
    if (v < 0n) v += 1n << bits;
  } else if (v >= (1n << bits)) raise(exc.OverflowError, 'int too big to convert');
  const out = new Array<number>(length);
  for (let i = length - 1; i >= 0; i--) { out[i] = Number(v & 255n); v >>= 8n; }
  if (little) out.reverse();
  return newBytes(out);
}
function intFromBytes(cls: number, b: number, orderV: number, signedV: number): number {
  let t = bufferText(b);
  if (t === null) {
    if (isStr(b)) raise(exc.TypeError, 'cannot convert \'str\' object to bytes');
    const m = typeLookup(typeOf(b), N.__bytes__);
    t = m !== NULL ? bufferText(callDescr(m, b, [])) ?? '' : charsOf(bytesFromIterable(b, 'bytes'));
  }
  const little = byteOrder(orderV);
  const signed = signedV !== NULL && truthy(signedV);
  let v = 0n;
  const n = t.length;
  for (let i = 0; i < n; i++) {
    const c = BigInt(t.charCodeAt(little ? n - 1 - i : i));
    v = (v << 8n) | c;
  }
  if (signed && n > 0 && t.charCodeAt(little ? n - 1 : 0) >= 128) v -= 1n << BigInt(n * 8);
  const r = newInt(v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v);
  if (cls === IntType) return r;
  const mark = rootMark();
  pushRoot(r);
  try { return callObject(cls, [r], null); } finally { rootRelease(mark); }
}

// ---- wiring -----------------------------------------------------------------------------------------
onInstall(() => {
  setBytesMaker((u8) => newBytes(u8));
  setBytesTextHook((v) => { const t = bufferText(v); return t === null ? null : decodeBytes(latin1Bytes(t), 'utf-8', 'strict', () => v); });
  setNumberBytesHook(bufferText);
  setIntBytesHooks(isBytesLike, (v) => bufferText(v) ?? '');
  setIntBytesConversions(intToBytes, intFromBytes);
  setBytesOrdHook((v) => {
    const t = bufferText(v);
    if (t === null) return null;
    if (t.length !== 1) raise(exc.TypeError, `ord() expected a character, but string of length ${t.length} found`);
    return t.charCodeAt(0);
  });
  setBytesLikeHook(isBytesLike);
  unicodeHooks.isBytesLike = isBytesLike;
  unicodeHooks.toBytes = (v) => (v >= REF_BASE && layoutOf(v) === Layout.Bytes ? v : newBytes(bufferView(v)!));
  unicodeHooks.length = (v) => { const u = bufferView(v); return u !== null ? u.length : isStr(v) ? codePointLength(strValue(v)) : 0; };
  unicodeHooks.byteAt = (v, i) => bufferView(v)![i];
  unicodeHooks.codePointAt = (v, i) => Array.from(strValue(v))[i].codePointAt(0)!;
  setStrDecodeHook(strDecode);
  setPercentBytesKeyHook(newBytesLatin1);
});

void iterNext; void getIter; void typeNameJs;
