/**
 * str methods beyond the core in str.ts (CPython's Objects/unicodeobject.c behaviour):
 * searching, splitting, stripping, case mapping, padding, predicates, translation,
 * str.format / format_map (engine in runtime/strFormat.ts) and the `%` hook.
 *
 * The hot methods (strip, lower/upper, replace, split, join, find, startswith, subscript)
 * work on the stored UTF-16 units and write their results in place ("heap-side fast paths"
 * below); the others, and the fast paths' fallbacks, read the JS string of their str
 * argument (strValue, which also unwraps instances of str subclasses) and build new strs.
 *
 * Code points vs UTF-16: a JS string may hold surrogate pairs. Every index a method takes
 * or returns counts code points; the helpers below convert between code-point indices and
 * UTF-16 offsets only when the string holds astral characters (`hasAstral`), so the common
 * BMP-only case uses JS string operations directly.
 *
 * The text algorithms (`textFind`, `textSplit`, ...) take plain JS strings and a
 * whitespace predicate so that bytes.ts reuses them over latin-1 strings.
 *
 * GC: methods that run Python code (join over a user iterable, translate with a user
 * mapping, format) hold only JS strings across those calls, or root what they keep.
 */
import { fromCodePoint, pythonCodePoint } from '../numeric/surrogates';
import { NULL, REF_BASE, U16 } from '../heap/memory';
import { addMethods } from './registry';
import {
  strHandle, strValue, newStr, isStr, codePointLength, StrType, strRef, strUnits, strUnitBase, strSlice,
  charStr, emptyStr, allocStr, finishStr, unitsFind, isAstral, jsString, isExactStr, setStrMod,
} from './str';
import { raise, PyException } from '../runtime/errors';
import { exc } from './exceptions';
import {
  None, bool, typeName, typeOf, isInstance, index, indexSmall, isIntLike, intValue, newInt,
  tupleLength, tupleItem, TupleType,
  indexCheck, NotImplemented,
} from '../runtime/protocol';
import { isPySpace } from '../numeric/strRepr';
import { newList, ListType } from './list';
import { newTuple } from './tuple';
import { iterableToArray, newIterator, IterKind } from '../runtime/iteration';
import { newDict, dictSetItem, dictItemsList, DictType, dictLookup } from './dict';
import { typeLookup, typeField, setTypeField, T_NSLOTS } from './typeobject';
import { N } from '../runtime/names';
import { onInstall } from '../runtime/installers';
import { setPercentFormatImpl } from '../runtime/hooks';
import { strFormat, strFormatMap, percentFormatStr, percentFast } from '../runtime/strFormat';
import { getItem } from '../runtime/rt';
import { isSlice, sliceIndices } from './slice';

// ---- code points ----------------------------------------------------------------------------
export function hasAstral(s: string): boolean {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c >= 0xd800 && c <= 0xdfff) return true; }
  return false;
}
/** UTF-16 offset of code point index `cp` (0 <= cp <= length). */
export function cpToUnit(s: string, cp: number): number {
  let u = 0;
  for (let k = 0; k < cp && u < s.length; k++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return u;
}
/** Code point index of UTF-16 offset `u`. */
export function unitToCp(s: string, u: number): number { return codePointLength(s.slice(0, u)); }

// ---- argument helpers ------------------------------------------------------------------------
/** A start/end argument: None/omitted -> null, else its __index__ clamped to a JS number. */
export function sliceArg(v: number): number | null {
  if (v === NULL || v === None) return null;
  if (!(v < REF_BASE && Number.isInteger(v)) && !isIntLike(v) && typeLookup(typeOf(v), N.__index__) === NULL) {
    raise(exc.TypeError, 'slice indices must be integers or None or have an __index__ method');
  }
  const i = index(v);
  if (typeof i === 'bigint') return i < 0n ? -(2 ** 62) : 2 ** 62;
  return i;
}
/** CPython's ADJUST_INDICES: [start, end] clipped into [0, n] (start may exceed n). */
export function adjustIndices(start: number, end: number, n: number): [number, number] {
  let s = sliceArg(start) ?? 0, e = sliceArg(end) ?? n;
  if (e > n) e = n; else if (e < 0) { e += n; if (e < 0) e = 0; }
  if (s < 0) { s += n; if (s < 0) s = 0; }
  return [s, e];
}
function needStr(v: number, what = 'must be str'): string {
  if (!isStr(v)) raise(exc.TypeError, `${what}, not ${typeName(v)}`);
  return strValue(v);
}
function intArg(v: number, dflt: number): number {
  if (v === NULL) return dflt;
  const i = index(v);
  if (typeof i === 'bigint') raise(exc.OverflowError, 'Python int too large to convert to C ssize_t');
  return i;
}

/**
 * find/count/startswith... parse their arguments the old way in CPython 3.11
 * (PyArg_ParseTuple "O|OO:find"): the first parameter is declared optional in our signature
 * so that its absence gets that parser's message.
 */
export function atLeastOne<F extends (self: number, first: number, ...rest: number[]) => number>(name: string, fn: F): F {
  return ((self: number, first: number, ...rest: number[]) => {
    if (first === NULL) raise(exc.TypeError, `${name}() takes at least 1 argument (0 given)`);
    return fn(self, first, ...rest);
  }) as F;
}

// ---- text algorithms shared with bytes (JS strings; indices in units) --------------------------
export type SpacePred = (c: number) => boolean;
export const isAsciiSpace: SpacePred = (c) => c === 32 || (c >= 9 && c <= 13);

/** Index of sub in s[start:end] (units, already adjusted), or -1. */
export function textFind(s: string, sub: string, start: number, end: number, reverse: boolean): number {
  if (start > s.length || end - start < sub.length) return -1;
  if (reverse) {
    const i = s.lastIndexOf(sub, end - sub.length);
    return i >= start ? i : -1;
  }
  const i = s.indexOf(sub, start);
  return i >= 0 && i + sub.length <= end ? i : -1;
}
export function textCount(s: string, sub: string, start: number, end: number): number {
  if (start > s.length || end < start) return 0;
  if (sub.length === 0) return end - start + 1;
  let n = 0;
  for (let i = s.indexOf(sub, start); i >= 0 && i + sub.length <= end; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}
export function textSplitWhitespace(s: string, maxsplit: number, isSpace: SpacePred): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  for (;;) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (maxsplit-- === 0) { out.push(s.slice(i)); break; }
    let j = i;
    while (j < n && !isSpace(s.charCodeAt(j))) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}
export function textRSplitWhitespace(s: string, maxsplit: number, isSpace: SpacePred): string[] {
  const out: string[] = [];
  let j = s.length;
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  for (;;) {
    while (j > 0 && isSpace(s.charCodeAt(j - 1))) j--;
    if (j <= 0) break;
    if (maxsplit-- === 0) { out.push(s.slice(0, j)); break; }
    let i = j;
    while (i > 0 && !isSpace(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
    j = i;
  }
  return out.reverse();
}
export function textSplit(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  const out: string[] = [];
  let i = 0;
  while (maxsplit-- > 0) {
    const k = s.indexOf(sep, i);
    if (k < 0) break;
    out.push(s.slice(i, k));
    i = k + sep.length;
  }
  out.push(s.slice(i));
  return out;
}
export function textRSplit(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  const out: string[] = [];
  let j = s.length;
  while (maxsplit-- > 0) {
    if (j - sep.length < 0) break;
    const k = s.lastIndexOf(sep, j - sep.length);
    if (k < 0) break;
    out.push(s.slice(k + sep.length, j));
    j = k;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}
/** Strip: which = 1 left, 2 right, 3 both; chars null = whitespace. Works on code points. */
export function textStrip(s: string, chars: string | null, which: number, isSpace: SpacePred): string {
  let i = 0, j = s.length;
  if (chars === null) {
    if (which & 1) while (i < j && isSpace(s.charCodeAt(i))) i++;
    if (which & 2) while (j > i && isSpace(s.charCodeAt(j - 1))) j--;
    return s.slice(i, j);
  }
  if (!hasAstral(s) && !hasAstral(chars)) {
    if (which & 1) while (i < j && chars.includes(s[i])) i++;
    if (which & 2) while (j > i && chars.includes(s[j - 1])) j--;
    return s.slice(i, j);
  }
  const set = new Set(Array.from(chars));
  const cps = Array.from(s);
  let a = 0, b = cps.length;
  if (which & 1) while (a < b && set.has(cps[a])) a++;
  if (which & 2) while (b > a && set.has(cps[b - 1])) b--;
  return cps.slice(a, b).join('');
}
/** replace(old, new, count) over units; `pieces` splits s for an empty `old` (code points for str). */
export function textReplace(s: string, old: string, rep: string, count: number, pieces: () => string[]): string {
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  if (count === 0) return s;
  if (old.length === 0) {
    const cps = pieces();
    let out = '';
    let k = 0;
    for (; k < cps.length; k++) {
      if (count-- > 0) out += rep;
      else { out += cps.slice(k).join(''); return out; }
      out += cps[k];
    }
    if (count > 0) out += rep;
    return out;
  }
  let out = '';
  let i = 0;
  while (count-- > 0) {
    const k = s.indexOf(old, i);
    if (k < 0) break;
    out += s.slice(i, k) + rep;
    i = k + old.length;
  }
  return out + s.slice(i);
}
/** splitlines: str line boundaries, or bytes ones (\n, \r, \r\n) when bytesMode. */
export function textSplitLines(s: string, keepends: boolean, bytesMode: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    let j = i;
    let eol = 0;
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c === 10 || c === 13) { eol = c === 13 && j + 1 < n && s.charCodeAt(j + 1) === 10 ? 2 : 1; break; }
      if (!bytesMode && (c === 11 || c === 12 || c === 0x1c || c === 0x1d || c === 0x1e || c === 0x85 || c === 0x2028 || c === 0x2029)) { eol = 1; break; }
    }
    out.push(s.slice(i, keepends ? j + eol : j));
    i = j + eol;
  }
  return out;
}
export function textExpandTabs(s: string, tabsize: number): string {
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) { const k = tabsize - (col % tabsize); out += ' '.repeat(k); col += k; }
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}
/** CPython's pad(): `left` then `right` fill around s. */
export function textPad(s: string, left: number, right: number, fill: string): string {
  return (left > 0 ? fill.repeat(left) : '') + s + (right > 0 ? fill.repeat(right) : '');
}
export function centerMargins(len: number, width: number): [number, number] {
  const marg = width - len;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return [left, marg - left];
}
export function textZfill(s: string, len: number, width: number): string {
  if (len >= width) return s;
  const fill = width - len;
  const z = '0'.repeat(fill);
  if (s.length > 0 && (s[0] === '+' || s[0] === '-')) return s[0] + z + s.slice(1);
  return z + s;
}

// ---- Unicode character classes ----------------------------------------------------------------
const RE_ALPHA = /^\p{L}$/u;
const RE_DECIMAL = /^\p{Nd}$/u;
const RE_NUMERIC = /^\p{N}$/u;
const RE_LOWER = /^\p{Lowercase}$/u;
const RE_UPPER = /^\p{Uppercase}$/u;
const RE_TITLE = /^\p{Lt}$/u;
const RE_UNPRINTABLE = /^[\p{C}\p{Z}]$/u;
const RE_IDENT = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
/** Digits that are not decimal (Numeric_Type=Digit): superscripts, circled digits... */
/** Characters with Numeric_Type=Digit that are not decimal (superscripts, circled digits...), as ranges. */
const DIGIT_RANGES = [0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089,
  0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5, 0x24fd, 0x24ff, 0x24ff, 0x2776, 0x277e,
  0x2780, 0x2788, 0x278a, 0x2792, 0x10a40, 0x10a43, 0x10e60, 0x10e68, 0x11052, 0x1105a, 0x1f100, 0x1f10a];
function isDigitExtra(c: number): boolean {
  for (let i = 0; i < DIGIT_RANGES.length; i += 2) if (c >= DIGIT_RANGES[i] && c <= DIGIT_RANGES[i + 1]) return true;
  return false;
}
/** Ideographs with a numeric value (Unihan kPrimary/kAccounting/kOtherNumeric): numeric, category Lo. */
const CJK_NUMERALS = new Set([0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e5d, 0x4e8c, 0x4e94, 0x4e96,
  0x4ebf, 0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x5104, 0x5146, 0x5169, 0x516b, 0x516d, 0x5341, 0x5343, 0x5344, 0x5345,
  0x534c, 0x53c1, 0x53c2, 0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a, 0x5efe, 0x5eff, 0x5f0c, 0x5f0d, 0x5f0e, 0x5f10,
  0x62fe, 0x634c, 0x67d2, 0x6f06, 0x7396, 0x767e, 0x8086, 0x842c, 0x8cae, 0x8cb3, 0x8d30, 0x9621, 0x9646, 0x964c, 0x9678,
  0x96f6, 0xf96b, 0xf973, 0xf978, 0xf9b2, 0xf9d1, 0xf9d3, 0xf9fd, 0x20001, 0x20064, 0x200e2, 0x20121, 0x2092a, 0x20983,
  0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19, 0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890]);
export const uIsAlpha = (ch: string): boolean => RE_ALPHA.test(ch);
export const uIsDecimal = (ch: string): boolean => RE_DECIMAL.test(ch);
export const uIsDigit = (ch: string): boolean => RE_DECIMAL.test(ch) || isDigitExtra(ch.codePointAt(0)!);
export const uIsNumeric = (ch: string): boolean => RE_NUMERIC.test(ch) || CJK_NUMERALS.has(ch.codePointAt(0)!);
/** Lowercase property as of Unicode 14 (CPython 3.11); JS's regexps follow a newer Unicode. */
const LOWER_DRIFT = new Map<number, boolean>([[0x295, true], [0x10fc, false], [0xa7f2, false], [0xa7f3, false], [0xa7f4, false], [0xab69, false]]);
export const uIsLower = (ch: string): boolean => LOWER_DRIFT.get(ch.codePointAt(0)!) ?? RE_LOWER.test(ch);
export const uIsUpper = (ch: string): boolean => RE_UPPER.test(ch);
export const uIsTitle = (ch: string): boolean => RE_TITLE.test(ch);
export const uIsCased = (ch: string): boolean => uIsLower(ch) || uIsUpper(ch) || uIsTitle(ch);
export const uIsSpace = (ch: string): boolean => isPySpace(ch.charCodeAt(0)) && ch.length === 1;
export const uIsPrintable = (ch: string): boolean => ch === ' ' || !RE_UNPRINTABLE.test(ch);
export const uIsAlnum = (ch: string): boolean => uIsAlpha(ch) || uIsDecimal(ch) || uIsDigit(ch) || uIsNumeric(ch);

/** Characters that case operations see through (approximation of Case_Ignorable). */
const RE_CASE_IGNORABLE = /^[\p{Mn}\p{Me}\p{Cf}\p{Lm}\p{Sk}'.:^`\u00ad\u00b7\u2019]$/u;
/** Final sigma rule (Unicode 3.13, as in CPython's lower()): cased before, no cased after. */
function isFinalSigma(cps: string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && RE_CASE_IGNORABLE.test(cps[j])) j--;
  if (j < 0 || !uIsCased(cps[j])) return false;
  j = i + 1;
  while (j < cps.length && RE_CASE_IGNORABLE.test(cps[j])) j++;
  return j >= cps.length || !uIsCased(cps[j]);
}
function lowerChar(cps: string[], i: number): string {
  const ch = cps[i];
  if (ch === '\u03a3') return isFinalSigma(cps, i) ? '\u03c2' : '\u03c3';
  return ch.toLowerCase();
}
const TITLE_SPECIAL: Record<string, string> = {
  '\u01c4': '\u01c5', '\u01c5': '\u01c5', '\u01c6': '\u01c5', '\u01c7': '\u01c8', '\u01c8': '\u01c8', '\u01c9': '\u01c8',
  '\u01ca': '\u01cb', '\u01cb': '\u01cb', '\u01cc': '\u01cb', '\u01f1': '\u01f2', '\u01f2': '\u01f2', '\u01f3': '\u01f2',
  '\u0149': '\u02bcN', '\u1fb3': '\u1fbc', '\u1fbc': '\u1fbc', '\u1fc3': '\u1fcc', '\u1fcc': '\u1fcc', '\u1ff3': '\u1ffc', '\u1ffc': '\u1ffc',
};
export function titleChar(ch: string): string {
  const t = TITLE_SPECIAL[ch];
  if (t !== undefined) return t;
  const c = ch.charCodeAt(0);
  // Georgian Mkhedruli: uppercase is Mtavruli, titlecase is the letter itself.
  if (c >= 0x10d0 && c <= 0x10ff) return ch;
  if (c >= 0x1f80 && c <= 0x1faf) return String.fromCharCode(c | 8); // Greek with ypogegrammeni -> prosgegrammeni
  const u = upperJs(ch);
  if (u.length === ch.length) return u;
  const ucps = Array.from(u);
  // Greek letters with iota subscript: the iota stays a combining ypogegrammeni in titlecase.
  if (c >= 0x1fb2 && c <= 0x1ff7 && ucps[ucps.length - 1] === '\u0399') return ucps.slice(0, -1).join('') + '\u0345';
  return ucps[0] + ucps.slice(1).join('').toLowerCase();
}
/** Lowercase letters whose uppercase is new in Unicode 15+ (uncased for CPython 3.11's Unicode 14). */
const RE_NEWER_CASE = /[\u019b\u0264\ua7d3\ua7d5]/;
/** JS toUpperCase restricted to the case pairs of CPython's Unicode version. */
export function upperJs(s: string): string {
  if (!RE_NEWER_CASE.test(s)) return s.toUpperCase();
  return s.replace(/[^\u019b\u0264\ua7d3\ua7d5]+/g, (m) => m.toUpperCase());
}
function strLower(s: string): string {
  if (!s.includes('\u03a3')) return s.toLowerCase();
  const cps = Array.from(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += lowerChar(cps, i);
  return out;
}
function strTitle(s: string): string {
  const cps = Array.from(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i];
    out += prevCased ? lowerChar(cps, i) : titleChar(ch);
    prevCased = uIsCased(ch);
  }
  return out;
}
function strCapitalize(s: string): string {
  const cps = Array.from(s);
  if (cps.length === 0) return s;
  let out = titleChar(cps[0]);
  for (let i = 1; i < cps.length; i++) out += lowerChar(cps, i);
  return out;
}
function strSwapcase(s: string): string {
  const cps = Array.from(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i];
    if (uIsUpper(ch)) out += lowerChar(cps, i);
    else if (uIsLower(ch)) out += upperJs(ch);
    else out += ch;
  }
  return out;
}
function strCasefold(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    // Cherokee folds to its uppercase letters; dotless i has no folding.
    if ((c >= 0x13a0 && c <= 0x13f5) || c === 0x131) { out += ch; continue; }
    if (c >= 0x13f8 && c <= 0x13fd) { out += String.fromCharCode(c - 8); continue; }
    if (c >= 0xab70 && c <= 0xabbf) { out += String.fromCharCode(c - 0xab70 + 0x13a0); continue; }
    const l = ch.toLowerCase();
    if (l === ch && upperJs(ch) === ch) { out += ch; continue; }
    out += upperJs(l).toLowerCase().replace(/\u03c2/g, '\u03c3');
  }
  return out;
}
function strIsLower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (uIsUpper(ch) || uIsTitle(ch)) return false;
    if (!cased && uIsLower(ch)) cased = true;
  }
  return cased;
}
function strIsUpper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (uIsLower(ch) || uIsTitle(ch)) return false;
    if (!cased && uIsUpper(ch)) cased = true;
  }
  return cased;
}
function strIsTitle(s: string): boolean {
  let cased = false, prevCased = false;
  for (const ch of s) {
    if (uIsUpper(ch) || uIsTitle(ch)) {
      if (prevCased) return false;
      prevCased = true; cased = true;
    } else if (uIsLower(ch)) {
      if (!prevCased) return false;
      prevCased = true; cased = true;
    } else prevCased = false;
  }
  return cased;
}
function allChars(s: string, p: (ch: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!p(ch)) return false;
  return true;
}

// ---- heap-side fast paths ---------------------------------------------------------------------
// The hot methods work on the stored UTF-16 units directly: no JS string is decoded for the
// receiver and none is built for the result (strFromUnits/allocStr write the new str in place).
// They fall back to the JS-string versions below for astral text (code-point indices differ
// from unit indices) and for searches where a native JS search is cheaper than a unit loop.

/** Long haystack and long needle: decode and let V8's string search do it. */
const useJsSearch = (hn: number, nn: number): boolean => nn > 2 && hn > 256;

function heapStrip(self: number, chars: number, which: number, name: string): number {
  const r = strRef(self);
  const u = strUnitBase(r), n = strUnits(r);
  let i = 0, j = n;
  if (chars === NULL || chars === None) {
    if (which & 1) while (i < j && isPySpace(U16[u + i])) i++;
    if (which & 2) while (j > i && isPySpace(U16[u + j - 1])) j--;
    return strSlice(self, r, i, j);
  }
  if (!isStr(chars)) raise(exc.TypeError, `${name} arg must be None or str`);
  const c = strRef(chars);
  if (isAstral(r) || isAstral(c)) return newStr(textStrip(S(self), S(chars), which, pySpace));
  const cu = strUnitBase(c), cn = strUnits(c);
  if (which & 1) while (i < j && unitsFind(cu, 0, cn, u + i, 1) >= 0) i++;
  if (which & 2) while (j > i && unitsFind(cu, 0, cn, u + j - 1, 1) >= 0) j--;
  return strSlice(self, r, i, j);
}

/** lower()/upper() of ASCII text in the heap; NULL when the text is not all ASCII. */
function heapAsciiCase(self: number, upper: boolean): number {
  const r = strRef(self);
  const u = strUnitBase(r), n = strUnits(r);
  let any = 0;
  for (let i = 0; i < n; i++) any |= U16[u + i];
  if (any >= 128) return NULL;
  if (n === 0) return emptyStr();
  if (n === 1) {
    const c = U16[u];
    return charStr(upper ? (c >= 97 && c <= 122 ? c - 32 : c) : (c >= 65 && c <= 90 ? c + 32 : c));
  }
  const out = allocStr(n);
  const d = strUnitBase(out);
  if (upper) for (let i = 0; i < n; i++) { const c = U16[u + i]; U16[d + i] = c >= 97 && c <= 122 ? c - 32 : c; }
  else for (let i = 0; i < n; i++) { const c = U16[u + i]; U16[d + i] = c >= 65 && c <= 90 ? c + 32 : c; }
  return finishStr(out);
}

function heapReplace(self: number, o: number, rp: number, cnt: number): number {
  if (!isStr(o)) raise(exc.TypeError, `replace() argument 1 must be str, not ${typeName(o)}`);
  if (!isStr(rp)) raise(exc.TypeError, `replace() argument 2 must be str, not ${typeName(rp)}`);
  let count = intArg(cnt, -1);
  const r = strRef(self), or = strRef(o), rr = strRef(rp);
  const n = strUnits(r), on = strUnits(or), rn = strUnits(rr);
  if (on === 0 || useJsSearch(n, on)) {
    const s = S(self);
    return newStr(textReplace(s, S(o), S(rp), count, () => Array.from(s)));
  }
  if (count < 0) count = n;
  const u = strUnitBase(r), ou = strUnitBase(or), ru = strUnitBase(rr);
  const hits: number[] = [];
  for (let i = 0; hits.length < count;) {
    const k = unitsFind(u, i, n, ou, on);
    if (k < 0) break;
    hits.push(k);
    i = k + on;
  }
  if (hits.length === 0) return strSlice(self, r, 0, n);
  const total = n + hits.length * (rn - on);
  if (total === 0) return emptyStr();
  const out = allocStr(total);
  const d = strUnitBase(out);
  let from = 0, to = 0;
  for (const k of hits) {
    for (; from < k; from++) U16[d + to++] = U16[u + from];
    for (let x = 0; x < rn; x++) U16[d + to++] = U16[ru + x];
    from += on;
  }
  for (; from < n; from++) U16[d + to++] = U16[u + from];
  return finishStr(out);
}

function heapSplit(self: number, sep: number, maxsplit: number): number {
  let k = intArg(maxsplit, -1);
  if (k < 0) k = Number.MAX_SAFE_INTEGER;
  const r = strRef(self);
  const u = strUnitBase(r), n = strUnits(r);
  const out: number[] = [];
  if (sep === NULL || sep === None) {
    let i = 0;
    for (;;) {
      while (i < n && isPySpace(U16[u + i])) i++;
      if (i >= n) break;
      if (k-- === 0) { out.push(strSlice(self, r, i, n)); break; }
      let j = i;
      while (j < n && !isPySpace(U16[u + j])) j++;
      out.push(strSlice(self, r, i, j));
      i = j;
    }
    return newList(out);
  }
  if (!isStr(sep)) raise(exc.TypeError, `must be str or None, not ${typeName(sep)}`);
  const sr = strRef(sep);
  const sn = strUnits(sr);
  if (sn === 0) raise(exc.ValueError, 'empty separator');
  if (useJsSearch(n, sn)) return strList(textSplit(S(self), S(sep), k));
  const su = strUnitBase(sr);
  let i = 0;
  while (k-- > 0) {
    const f = unitsFind(u, i, n, su, sn);
    if (f < 0) break;
    out.push(strSlice(self, r, i, f));
    i = f + sn;
  }
  out.push(strSlice(self, r, i, n));
  return newList(out);
}

/** startswith/endswith of one str, no start/end: compare units. */
function unitsTailMatch(r: number, p: number, atEnd: boolean): boolean {
  const n = strUnits(r), pn = strUnits(p);
  if (pn > n) return false;
  const u = strUnitBase(r) + (atEnd ? n - pn : 0), pu = strUnitBase(p);
  for (let i = 0; i < pn; i++) if (U16[u + i] !== U16[pu + i]) return false;
  return true;
}

function heapJoin(self: number, items: number[]): number {
  const m = items.length;
  if (m === 0) return emptyStr();
  let total = 0;
  for (let i = 0; i < m; i++) {
    const v = items[i];
    if (!isStr(v)) raise(exc.TypeError, `sequence item ${i}: expected str instance, ${typeName(v)} found`);
    total += strUnits(strRef(v));
  }
  if (m === 1 && strRef(items[0]) === items[0]) return items[0];
  const sr = strRef(self);
  const sn = strUnits(sr), su = strUnitBase(sr);
  total += sn * (m - 1);
  if (total === 0) return emptyStr();
  const out = allocStr(total);
  const d = strUnitBase(out);
  let to = 0;
  for (let i = 0; i < m; i++) {
    if (i > 0) for (let x = 0; x < sn; x++) U16[d + to++] = U16[su + x];
    const r = strRef(items[i]);
    const u = strUnitBase(r), n = strUnits(r);
    if (n > 32) { U16.copyWithin(d + to, u, u + n); to += n; }
    else for (let x = 0; x < n; x++) U16[d + to++] = U16[u + x];
  }
  return finishStr(out);
}

// ---- the methods ------------------------------------------------------------------------------
const S = strValue;
function strList(parts: string[]): number {
  const refs = new Array<number>(parts.length);
  for (let i = 0; i < parts.length; i++) refs[i] = newStr(parts[i]);
  return newList(refs);
}

/** find/rfind/index/rindex in code points. */
function strFindCp(self: number, subV: number, start: number, end: number, reverse: boolean): number {
  if (!reverse && isStr(subV)) {
    const r = strRef(self), nr = strRef(subV);
    const n = strUnits(r), nn = strUnits(nr);
    if (!isAstral(r) && !useJsSearch(n, nn)) {
      const [a, b] = adjustIndices(start, end, n);
      if (a > n || b - a < nn) return -1;
      return unitsFind(strUnitBase(r), a, b, strUnitBase(nr), nn);
    }
  }
  const s = S(self);
  const sub = needStr(subV);
  if (!hasAstral(s)) {
    const [a, b] = adjustIndices(start, end, s.length);
    return textFind(s, sub, a, b, reverse);
  }
  const n = codePointLength(s);
  const [a, b] = adjustIndices(start, end, n);
  if (a > n) return -1;
  const ua = cpToUnit(s, a), ub = cpToUnit(s, Math.max(a, b));
  const i = textFind(s, sub, ua, ub, reverse);
  return i < 0 ? -1 : unitToCp(s, i);
}
function strCount(self: number, subV: number, start: number, end: number): number {
  const s = S(self);
  const sub = needStr(subV);
  if (!hasAstral(s) && !hasAstral(sub)) {
    const [a, b] = adjustIndices(start, end, s.length);
    return textCount(s, sub, a, b);
  }
  const n = codePointLength(s);
  const [a, b] = adjustIndices(start, end, n);
  if (a > n || b < a) return 0;
  if (sub.length === 0) return b - a + 1;
  return textCount(s, sub, cpToUnit(s, a), cpToUnit(s, b));
}
function tailMatch(s: string, n: number, sub: string, start: number, end: number, atEnd: boolean): boolean {
  const [a, b0] = adjustIndices(start, end, n);
  const subLen = codePointLength(sub);
  const b = b0 - subLen;
  if (b < a || a > n) return false;
  if (n === s.length) return atEnd ? s.startsWith(sub, b) : s.startsWith(sub, a);
  const cps = Array.from(s);
  const at = atEnd ? b : a;
  return cps.slice(at, at + subLen).join('') === sub;
}
function strStartsEnds(name: string, atEnd: boolean) {
  return (self: number, prefix: number, start: number, end: number): number => {
    if (start === NULL && end === NULL) {
      if (isStr(prefix)) return bool(unitsTailMatch(strRef(self), strRef(prefix), atEnd));
      if (typeOf(prefix) === TupleType) {
        const k = tupleLength(prefix);
        let ok = true;
        for (let i = 0; i < k; i++) if (!isStr(tupleItem(prefix, i))) { ok = false; break; }
        if (ok) {
          for (let i = 0; i < k; i++) if (unitsTailMatch(strRef(self), strRef(tupleItem(prefix, i)), atEnd)) return bool(true);
          return bool(false);
        }
      }
    }
    const s = S(self);
    const n = codePointLength(s);
    if (isInstance(prefix, TupleType)) {
      const k = tupleLength(prefix);
      for (let i = 0; i < k; i++) {
        const it = tupleItem(prefix, i);
        if (!isStr(it)) raise(exc.TypeError, `tuple for ${name} must only contain str, not ${typeName(it)}`);
        if (tailMatch(s, n, S(it), start, end, atEnd)) return bool(true);
      }
      return bool(false);
    }
    if (!isStr(prefix)) raise(exc.TypeError, `${name} first arg must be str or a tuple of str, not ${typeName(prefix)}`);
    return bool(tailMatch(s, n, S(prefix), start, end, atEnd));
  };
}
function splitArgs(sep: number, maxsplit: number): [string | null, number] {
  const sp = sep === NULL || sep === None ? null : needStr(sep, 'must be str or None');
  if (sp !== null && sp.length === 0) raise(exc.ValueError, 'empty separator');
  return [sp, intArg(maxsplit, -1)];
}
const pySpace: SpacePred = isPySpace;
function stripArg(chars: number, name: string): string | null {
  if (chars === NULL || chars === None) return null;
  if (!isStr(chars)) raise(exc.TypeError, `${name} arg must be None or str`);
  return S(chars);
}
function fillArg(fill: number, fn: string): string {
  if (fill === NULL) return ' ';
  if (!isStr(fill)) raise(exc.TypeError, `${fn}() argument 2 must be str, not ${typeName(fill)}`);
  const f = S(fill);
  if (codePointLength(f) !== 1) raise(exc.TypeError, 'The fill character must be exactly one character long');
  return f;
}
/** The items of join()'s argument (CPython's PySequence_Fast(seq, "can only join an iterable")). */
export function joinItems(iterable: number): number[] {
  const t = typeOf(iterable);
  if (t === ListType || t === TupleType) return iterableToArray(iterable);
  if (typeLookup(t, N.__iter__) === NULL && typeLookup(t, N.__getitem__) === NULL) raise(exc.TypeError, 'can only join an iterable');
  return iterableToArray(iterable);
}
function strJoin(self: number, iterable: number): number {
  return heapJoin(self, joinItems(iterable));
}
function strPartition(self: number, sepV: number, reverse: boolean): number {
  const s = S(self);
  const sep = needStr(sepV);
  if (sep.length === 0) raise(exc.ValueError, 'empty separator');
  const k = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (k < 0) return reverse ? newTuple([newStr(''), newStr(''), newStr(s)]) : newTuple([newStr(s), newStr(''), newStr('')]);
  return newTuple([newStr(s.slice(0, k)), newStr(sep), newStr(s.slice(k + sep.length))]);
}
function strTranslate(self: number, table: number): number {
  const s = S(self);
  const exact = typeOf(table) === DictType;
  let out = '';
  for (const ch of s) {
    const key = pythonCodePoint(ch.codePointAt(0)!);
    let v: number;
    if (exact) v = dictLookup(table, key);
    else {
      try { v = getItem(table, key); } catch (e) {
        if (e instanceof PyException && isInstance(e.exc, exc.LookupError)) v = NULL; else throw e;
      }
    }
    if (v === NULL) { out += ch; continue; }
    if (v === None) continue;
    if (isIntLike(v)) {
      const c = intValue(v);
      if (typeof c === 'bigint' || c < 0 || c > 0x10ffff) raise(exc.ValueError, 'character mapping must be in range(0x110000)');
      out += fromCodePoint(c);
    } else if (isStr(v)) out += S(v);
    else raise(exc.TypeError, 'character mapping must return integer, None or str');
  }
  return newStr(out);
}
function strMaketrans(x: number, y: number, z: number): number {
  const d = newDict();
  if (y === NULL) {
    if (typeOf(x) !== DictType && !isInstance(x, DictType)) raise(exc.TypeError, 'if you give only one argument to maketrans it must be a dict');
    for (const [k, v] of dictItemsList(x)) {
      if (isStr(k)) {
        const ks = S(k);
        if (codePointLength(ks) !== 1) raise(exc.ValueError, 'string keys in translate table must be of length 1');
        dictSetItem(d, pythonCodePoint(ks.codePointAt(0)!), v);
      } else if (isIntLike(k)) dictSetItem(d, k, v);
      else raise(exc.TypeError, 'keys in translate table must be strings or integers');
    }
    return d;
  }
  if (!isStr(x)) raise(exc.TypeError, 'first maketrans argument must be a string if there is a second argument');
  if (!isStr(y)) raise(exc.TypeError, `maketrans() argument 2 must be str, not ${typeName(y)}`);
  const xs = Array.from(S(x)), ys = Array.from(S(y));
  if (xs.length !== ys.length) raise(exc.ValueError, 'the first two maketrans arguments must have equal length');
  for (let i = 0; i < xs.length; i++) dictSetItem(d, pythonCodePoint(xs[i].codePointAt(0)!), pythonCodePoint(ys[i].codePointAt(0)!));
  if (z !== NULL) {
    if (!isStr(z)) raise(exc.TypeError, `maketrans() argument 3 must be str, not ${typeName(z)}`);
    for (const ch of S(z)) dictSetItem(d, pythonCodePoint(ch.codePointAt(0)!), None);
  }
  return d;
}
function strSizeof(self: number): number {
  const s = S(self);
  let max = 0;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c > max) max = c; }
  const n = codePointLength(s);
  if (max < 128) return 49 + n;
  if (hasAstral(s)) return 76 + 4 * n;
  if (max < 256) return 74 + n - 1;
  return 74 + 2 * n;
}

const pred = (p: (s: string) => boolean) => (self: number) => bool(p(S(self)));

/** s * n: any __index__ operand (CPython's sequence repeat). */
function strRepeatIndex(self: number, n: number): number {
  if (!indexCheck(n)) return NotImplemented;
  const k = index(n);
  if (typeof k === 'bigint') {
    if (k < 0n) return newStr('');
    raise(exc.OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  const s = S(self);
  if (k <= 0 || s.length === 0) return newStr('');
  if (k * s.length > 2 ** 29) raise(exc.MemoryError);
  return newStr(s.repeat(k));
}

/** s[key]: code-point indexing and slicing, CPython's messages for bad keys. */
export function strSubscript(self: number, key: number): number {
  const r = strRef(self);
  if (!isAstral(r)) {
    const n = strUnits(r);
    if (Number.isInteger(key) && key < REF_BASE) {
      const i = key < 0 ? key + n : key;
      if (i < 0 || i >= n) raise(exc.IndexError, 'string index out of range');
      return strSlice(self, r, i, i + 1);
    }
    if (isSlice(key)) {
      const [start, stop, step] = sliceIndices(key, n);
      if (step === 1) return strSlice(self, r, start, Math.max(start, stop));
    }
  }
  const s = S(self);
  if (isSlice(key)) {
    if (!hasAstral(s)) {
      const [start, stop, step, n] = sliceIndices(key, s.length);
      if (step === 1) return newStr(s.slice(start, Math.max(start, stop)));
      let out = '';
      for (let i = 0, k = start; i < n; i++, k += step) out += s[k];
      return newStr(out);
    }
    const cps = Array.from(s);
    const [start, stop, step, n] = sliceIndices(key, cps.length);
    if (step === 1) return newStr(cps.slice(start, Math.max(start, stop)).join(''));
    let out = '';
    for (let i = 0, k = start; i < n; i++, k += step) out += cps[k];
    return newStr(out);
  }
  if (!(key < REF_BASE && Number.isInteger(key)) && !isIntLike(key) && typeLookup(typeOf(key), N.__index__) === NULL) {
    raise(exc.TypeError, `string indices must be integers, not '${typeName(key)}'`);
  }
  let i = indexSmall(key, "cannot fit 'int' into an index-sized integer");
  if (!hasAstral(s)) {
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) raise(exc.IndexError, 'string index out of range');
    return newStr(s[i]);
  }
  const n = codePointLength(s);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(exc.IndexError, 'string index out of range');
  const u = cpToUnit(s, i);
  return newStr(String.fromCodePoint(s.codePointAt(u)!));
}

addMethods(strHandle, [
  { name: '__iter__', sig: '__iter__(self, /)', fn: (s: number) => newIterator(IterKind.Str, s, 0) },
  { name: '__getitem__', sig: '__getitem__(self, key, /)', fn: strSubscript },
  { name: '__mul__', sig: '__mul__(self, value, /)', fn: strRepeatIndex },
  { name: '__rmul__', sig: '__rmul__(self, value, /)', fn: strRepeatIndex },
  { name: '__getnewargs__', sig: '__getnewargs__(self, /)', fn: (s: number) => newTuple([newStr(S(s))]) },
  { name: '__sizeof__', sig: '__sizeof__(self, /)', fn: strSizeof },
  { name: 'find', sig: 'find(self, sub=None, start=None, end=None, /)', fn: atLeastOne('find', (s: number, sub: number, a: number, b: number) => strFindCp(s, sub, a, b, false)) },
  { name: 'rfind', sig: 'rfind(self, sub=None, start=None, end=None, /)', fn: atLeastOne('rfind', (s: number, sub: number, a: number, b: number) => strFindCp(s, sub, a, b, true)) },
  { name: 'index', sig: 'index(self, sub=None, start=None, end=None, /)', fn: atLeastOne('index', (s: number, sub: number, a: number, b: number) => { const i = strFindCp(s, sub, a, b, false); if (i < 0) raise(exc.ValueError, 'substring not found'); return i; }) },
  { name: 'rindex', sig: 'rindex(self, sub=None, start=None, end=None, /)', fn: atLeastOne('rindex', (s: number, sub: number, a: number, b: number) => { const i = strFindCp(s, sub, a, b, true); if (i < 0) raise(exc.ValueError, 'substring not found'); return i; }) },
  { name: 'count', sig: 'count(self, sub=None, start=None, end=None, /)', fn: atLeastOne('count', strCount) },
  { name: 'startswith', sig: 'startswith(self, prefix=None, start=None, end=None, /)', fn: atLeastOne('startswith', strStartsEnds('startswith', false)) },
  { name: 'endswith', sig: 'endswith(self, suffix=None, start=None, end=None, /)', fn: atLeastOne('endswith', strStartsEnds('endswith', true)) },
  { name: 'split', sig: 'split(self, /, sep=None, maxsplit=-1)', fn: heapSplit },
  { name: 'rsplit', sig: 'rsplit(self, /, sep=None, maxsplit=-1)', fn: (self: number, sep: number, m: number) => { const [sp, k] = splitArgs(sep, m); return strList(sp === null ? textRSplitWhitespace(S(self), k, pySpace) : textRSplit(S(self), sp, k)); } },
  { name: 'splitlines', sig: 'splitlines(self, /, keepends=False)', fn: (self: number, ke: number) => strList(textSplitLines(S(self), ke !== NULL && intArg(ke, 0) !== 0, false)) },
  { name: 'join', sig: 'join(self, iterable, /)', fn: strJoin },
  { name: 'strip', sig: 'strip(self, chars=None, /)', fn: (self: number, c: number) => heapStrip(self, c, 3, 'strip') },
  { name: 'lstrip', sig: 'lstrip(self, chars=None, /)', fn: (self: number, c: number) => heapStrip(self, c, 1, 'lstrip') },
  { name: 'rstrip', sig: 'rstrip(self, chars=None, /)', fn: (self: number, c: number) => heapStrip(self, c, 2, 'rstrip') },
  { name: 'replace', sig: 'replace(self, old, new, count=-1, /)', fn: heapReplace },
  { name: 'partition', sig: 'partition(self, sep, /)', fn: (s: number, sep: number) => strPartition(s, sep, false) },
  { name: 'rpartition', sig: 'rpartition(self, sep, /)', fn: (s: number, sep: number) => strPartition(s, sep, true) },
  { name: 'removeprefix', sig: 'removeprefix(self, prefix, /)', fn: (self: number, p: number) => { const s = S(self), x = needStr(p, 'removeprefix() argument must be str'); return newStr(x.length > 0 && s.startsWith(x) ? s.slice(x.length) : s); } },
  { name: 'removesuffix', sig: 'removesuffix(self, suffix, /)', fn: (self: number, p: number) => { const s = S(self), x = needStr(p, 'removesuffix() argument must be str'); return newStr(x.length > 0 && s.endsWith(x) ? s.slice(0, s.length - x.length) : s); } },
  { name: 'upper', sig: 'upper(self, /)', fn: (s: number) => { const r = heapAsciiCase(s, true); return r !== NULL ? r : newStr(upperJs(S(s))); } },
  { name: 'lower', sig: 'lower(self, /)', fn: (s: number) => { const r = heapAsciiCase(s, false); return r !== NULL ? r : newStr(strLower(S(s))); } },
  { name: 'casefold', sig: 'casefold(self, /)', fn: (s: number) => newStr(strCasefold(S(s))) },
  { name: 'title', sig: 'title(self, /)', fn: (s: number) => newStr(strTitle(S(s))) },
  { name: 'capitalize', sig: 'capitalize(self, /)', fn: (s: number) => newStr(strCapitalize(S(s))) },
  { name: 'swapcase', sig: 'swapcase(self, /)', fn: (s: number) => newStr(strSwapcase(S(s))) },
  { name: 'center', sig: 'center(self, width, fillchar=\' \', /)', fn: (self: number, w: number, f: number) => { const s = S(self), fill = fillArg(f, 'center'); const n = codePointLength(s); const [l, r] = centerMargins(n, intArg(w, 0)); return newStr(textPad(s, l, r, fill)); } },
  { name: 'ljust', sig: 'ljust(self, width, fillchar=\' \', /)', fn: (self: number, w: number, f: number) => { const s = S(self), fill = fillArg(f, 'ljust'); return newStr(textPad(s, 0, intArg(w, 0) - codePointLength(s), fill)); } },
  { name: 'rjust', sig: 'rjust(self, width, fillchar=\' \', /)', fn: (self: number, w: number, f: number) => { const s = S(self), fill = fillArg(f, 'rjust'); return newStr(textPad(s, intArg(w, 0) - codePointLength(s), 0, fill)); } },
  { name: 'zfill', sig: 'zfill(self, width, /)', fn: (self: number, w: number) => { const s = S(self); return newStr(textZfill(s, codePointLength(s), intArg(w, 0))); } },
  { name: 'expandtabs', sig: 'expandtabs(self, /, tabsize=8)', fn: (self: number, t: number) => newStr(textExpandTabs(S(self), intArg(t, 8))) },
  { name: 'isalpha', sig: 'isalpha(self, /)', fn: pred((s) => allChars(s, uIsAlpha)) },
  { name: 'isalnum', sig: 'isalnum(self, /)', fn: pred((s) => allChars(s, uIsAlnum)) },
  { name: 'isdecimal', sig: 'isdecimal(self, /)', fn: pred((s) => allChars(s, uIsDecimal)) },
  { name: 'isdigit', sig: 'isdigit(self, /)', fn: pred((s) => allChars(s, uIsDigit)) },
  { name: 'isnumeric', sig: 'isnumeric(self, /)', fn: pred((s) => allChars(s, uIsNumeric)) },
  { name: 'isspace', sig: 'isspace(self, /)', fn: pred((s) => allChars(s, uIsSpace)) },
  { name: 'islower', sig: 'islower(self, /)', fn: pred(strIsLower) },
  { name: 'isupper', sig: 'isupper(self, /)', fn: pred(strIsUpper) },
  { name: 'istitle', sig: 'istitle(self, /)', fn: pred(strIsTitle) },
  { name: 'isascii', sig: 'isascii(self, /)', fn: pred((s) => /^[\x00-\x7f]*$/.test(s)) },
  { name: 'isprintable', sig: 'isprintable(self, /)', fn: pred((s) => { for (const ch of s) if (!uIsPrintable(ch)) return false; return true; }) },
  { name: 'isidentifier', sig: 'isidentifier(self, /)', fn: pred((s) => RE_IDENT.test(s)) },
  { name: 'translate', sig: 'translate(self, table, /)', fn: strTranslate },
  { name: 'maketrans', sig: 'maketrans(x, y=None, z=None, /)', fn: strMaketrans, kind: 'staticmethod' },
  { name: 'format', sig: 'format(self, /, *args, **kwargs)', fn: (self: number, args: number[], kw: Map<string, number> | null) => newStr(strFormat(S(self), args, kw)) },
  { name: 'format_map', sig: 'format_map(self, mapping, /)', fn: (self: number, m: number) => newStr(strFormatMap(S(self), m)) },
]);

function strModImpl(self: number, args: number): number {
  if (isExactStr(self)) {
    const r = percentFast(self, args);
    if (r !== NULL) return r;
  }
  return newStr(percentFormatStr(S(self), args));
}
setStrMod(strModImpl);

onInstall(() => {
  setPercentFormatImpl(percentFormatStr);
  // Instances of str subclasses are Layout.Object holding the str in slot 0: the collector
  // must trace that slot and allocInstance must reserve it (user classes inherit T_NSLOTS).
  if (typeField(StrType, T_NSLOTS) < 1) setTypeField(StrType, T_NSLOTS, 1);
});

void StrType; void newInt; void indexSmall;
