/**
 * String formatting engines over Python values:
 *   - str.format / str.format_map (CPython's Objects/stringlib/unicode_format.h behaviour):
 *     literal text with `{{`/`}}` escapes, replacement fields `{name.attr[key]!conv:spec}`,
 *     automatic / manual numbering (and the error on mixing them), nested fields inside
 *     specs (two levels deep), each value rendered by format(value, spec).
 *   - `str % args` and `bytes % args`: the PercentArgs adapter that lets the pure engine in
 *     numeric/percentFormat.ts see Python values.
 *
 * GC: every value fetched while formatting (arguments, attributes, items, mapping lookups)
 * is pushed on the shadow stack for the duration of the call, since rendering one field
 * can run Python code (__format__, __repr__, __getitem__...) that reaches a safepoint.
 * The output is accumulated as a JS string.
 */
import { NULL, REF_BASE } from '../heap/memory';
import { raise } from './errors';
import { exc } from '../objects/exceptions';
import * as P from './protocol';
import { newStr, strValue, isStr, intern, isExactStr, jsString, strUnits, strLength } from '../objects/str';
import { floatToText } from '../numeric/formatSpec';
import { format } from './format';
import { getItem } from './rt';
import { keyError } from '../objects/dict';
import { rootMark, pushRoot, rootRelease } from '../threads/threadState';
import { asciiOf } from './builtins';
import { typeLookup } from '../objects/typeobject';
import { N } from './names';
import { FloatType, floatValue } from '../objects/float';
import { tupleOf } from '../objects/tuple';
import { percentFormat, PercentArgs } from '../numeric/percentFormat';
import { formatWithSpec } from './format';
import { getIntFromObject } from './numberConversions';
import { PyInt } from '../numeric/ints';

// ---- str.format ---------------------------------------------------------------------------
const enum Numbering { None, Auto, Manual }
interface FormatContext {
  args: number[];
  kwargs: Map<string, number> | null;
  mapping: number; //  format_map's mapping, or NULL
  numbering: Numbering;
  next: number; //     next automatic index
}

/** fmt.format(*args, **kwargs) */
export function strFormat(fmt: string, args: number[], kwargs: Map<string, number> | null): string {
  const mark = rootMark();
  try {
    for (const a of args) pushRoot(a);
    if (kwargs) for (const v of kwargs.values()) pushRoot(v);
    return buildString(fmt, { args, kwargs, mapping: NULL, numbering: Numbering.None, next: 0 }, 2);
  } finally {
    rootRelease(mark);
  }
}

/** fmt.format_map(mapping) */
export function strFormatMap(fmt: string, mapping: number): string {
  const mark = rootMark();
  try {
    pushRoot(mapping);
    return buildString(fmt, { args: [], kwargs: null, mapping, numbering: Numbering.None, next: 0 }, 2);
  } finally {
    rootRelease(mark);
  }
}

function buildString(s: string, ctx: FormatContext, depth: number): string {
  if (depth <= 0) raise(exc.ValueError, 'Max string recursion exceeded');
  let out = '';
  const n = s.length;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n) { const c = s.charCodeAt(j); if (c === 123 || c === 125) break; j++; }
    out += s.slice(i, j);
    if (j >= n) break;
    if (s[j] === '}') {
      if (s[j + 1] === '}') { out += '}'; i = j + 2; continue; }
      raise(exc.ValueError, "Single '}' encountered in format string");
    }
    if (s[j + 1] === '{') { out += '{'; i = j + 2; continue; }
    if (j + 1 >= n) raise(exc.ValueError, "Single '{' encountered in format string");
    const f = parseField(s, j + 1);
    out += renderField(f, ctx, depth);
    i = f.next;
  }
  return out;
}

interface Field { name: string; conversion: string; spec: string; expand: boolean; next: number }

/**
 * One replacement field starting after its '{' (CPython's parse_field): the name runs to
 * ':' '!' or '}' ('[...]' skipped whole); after '!' comes one conversion character, then
 * '}' or ':'; the spec runs to the '}' that balances the field's braces.
 */
function parseField(s: string, start: number): Field {
  const n = s.length;
  let i = start;
  let c = '';
  while (i < n) {
    c = s[i++];
    if (c === '{') raise(exc.ValueError, "unexpected '{' in field name");
    if (c === '[') { while (i < n && s[i] !== ']') i++; continue; }
    if (c === '}' || c === ':' || c === '!') break;
  }
  if (c !== '}' && c !== ':' && c !== '!') raise(exc.ValueError, "expected '}' before end of string");
  const name = s.slice(start, i - 1);
  let conversion = '';
  if (c === '}') return { name, conversion, spec: '', expand: false, next: i };
  if (c === '!') {
    if (i >= n) raise(exc.ValueError, 'end of string while looking for conversion specifier');
    conversion = String.fromCodePoint(s.codePointAt(i)!);
    i += conversion.length;
    if (i < n) {
      const d = s[i++];
      if (d === '}') return { name, conversion, spec: '', expand: false, next: i };
      if (d !== ':') raise(exc.ValueError, "expected ':' after conversion specifier");
    }
  }
  const specStart = i;
  let count = 1;
  let expand = false;
  while (i < n) {
    const d = s[i++];
    if (d === '{') { expand = true; count++; } else if (d === '}' && --count === 0) {
      return { name, conversion, spec: s.slice(specStart, i - 1), expand, next: i };
    }
  }
  raise(exc.ValueError, "unmatched '{' in format spec");
}

function renderField(f: Field, ctx: FormatContext, depth: number): string {
  const name = f.name, conversion = f.conversion;
  let spec = f.spec;
  let obj = getFieldObject(name, ctx);
  pushRoot(obj);
  if (conversion !== '') {
    switch (conversion) {
      case 'r': obj = P.repr(obj); break;
      case 's': obj = P.str(obj); break;
      case 'a': obj = newStr(asciiOf(P.reprJs(obj))); break;
      default: {
        const c = conversion.codePointAt(0)!;
        raise(exc.ValueError, c >= 32 && c < 127 ? `Unknown conversion specifier ${conversion}` : `Unknown conversion specifier \\x${c.toString(16)}`);
      }
    }
    pushRoot(obj);
  }
  if (f.expand) spec = buildString(spec, ctx, depth - 1);
  return strValue(format(obj, newStr(spec)));
}

function isDigits(s: string): boolean { return s.length > 0 && /^[0-9]+$/.test(s); }

function getFieldObject(name: string, ctx: FormatContext): number {
  let k = 0;
  while (k < name.length && name[k] !== '.' && name[k] !== '[') k++;
  const first = name.slice(0, k);
  let obj: number;
  let index = -1;
  if (first.length === 0) {
    if (ctx.numbering === Numbering.Manual) raise(exc.ValueError, 'cannot switch from manual field specification to automatic field numbering');
    ctx.numbering = Numbering.Auto;
    index = ctx.next++;
  } else if (isDigits(first)) {
    if (ctx.numbering === Numbering.Auto) raise(exc.ValueError, 'cannot switch from automatic field numbering to manual field specification');
    ctx.numbering = Numbering.Manual;
    index = Number(first);
  }
  if (index >= 0) {
    if (ctx.mapping !== NULL) raise(exc.ValueError, 'Format string contains positional fields');
    if (index >= ctx.args.length) raise(exc.IndexError, `Replacement index ${index} out of range for positional args tuple`);
    obj = ctx.args[index];
  } else if (ctx.mapping !== NULL) {
    obj = getItem(ctx.mapping, newStr(first));
  } else {
    const v = ctx.kwargs ? ctx.kwargs.get(first) : undefined;
    if (v === undefined) throw keyError(newStr(first));
    obj = v;
  }
  // Attribute and item accessors.
  const n = name.length;
  while (k < n) {
    pushRoot(obj);
    if (name[k] === '.') {
      let e = k + 1;
      while (e < n && name[e] !== '.' && name[e] !== '[') e++;
      const attr = name.slice(k + 1, e);
      if (attr.length === 0) raise(exc.ValueError, 'Empty attribute in format string');
      obj = P.getAttr(obj, intern(attr));
      k = e;
    } else if (name[k] === '[') {
      const e = name.indexOf(']', k + 1);
      if (e < 0) raise(exc.ValueError, "Missing ']' in format string");
      const key = name.slice(k + 1, e);
      if (key.length === 0) raise(exc.ValueError, 'Empty attribute in format string');
      obj = getItem(obj, isDigits(key) ? Number(key) : newStr(key));
      k = e + 1;
      if (k < n && name[k] !== '.' && name[k] !== '[') raise(exc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    } else {
      raise(exc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

// ---- % formatting -------------------------------------------------------------------------
function hasMethod(v: number, name: number): boolean { return typeLookup(P.typeOf(v), name) !== NULL; }

/**
 * The PercentArgs view of a right operand. In bytes mode `bytesOf` gives the bytes of a
 * bytes-like value (as latin-1 text) or null.
 */
function percentArgs(args: number, bytesOf: ((v: number) => string | null) | null): PercentArgs<number> {
  const isTuple = P.isInstance(args, P.TupleType);
  const t = isTuple ? tupleOf(args) : args;
  const isMapping = !isTuple && !isStr(args) && hasMethod(args, N.__getitem__);
  const bytesMode = bytesOf !== null;
  return {
    isMapping,
    isTuple,
    length: isTuple ? P.tupleLength(t) : 1,
    item: (i) => (isTuple ? P.tupleItem(t, i) : args),
    lookup: (key) => {
      const v = getItem(args, bytesMode ? bytesKeyHook(key) : newStr(key));
      pushRoot(v);
      return v;
    },
    str: (v) => {
      if (!bytesMode) return P.strJs(v);
      const b = bytesOf!(v);
      if (b !== null) return b;
      const m = typeLookup(P.typeOf(v), N.__bytes__);
      if (m !== NULL) {
        const r = P.callDescr(m, v, []);
        const rb = bytesOf!(r);
        if (rb === null) raise(exc.TypeError, `__bytes__ returned non-bytes (type ${P.typeName(r)})`);
        return rb;
      }
      raise(exc.TypeError, `%b requires a bytes-like object, or an object that implements __bytes__, not '${P.typeName(v)}'`);
    },
    repr: (v) => P.reprJs(v),
    ascii: (v) => asciiOf(P.reprJs(v)),
    asInt: (v, conv): PyInt | null => {
      if (P.isIntLike(v) && P.typeOf(v) !== FloatType) return P.intValue(v);
      if (conv === 'o' || conv === 'x' || conv === 'X') {
        if (!hasMethod(v, N.__index__)) return null;
        return P.index(v);
      }
      if (P.isInstance(v, FloatType) || hasMethod(v, N.__int__) || hasMethod(v, N.__index__)) {
        if (isStr(v)) return null;
        return getIntFromObject(v);
      }
      return null;
    },
    asFloat: (v) => {
      if (v < REF_BASE || P.isInstance(v, FloatType) || P.isIntLike(v) || hasMethod(v, N.__float__) || hasMethod(v, N.__index__)) {
        if (isStr(v)) return null;
        return P.asFloat(v);
      }
      return null;
    },
    asChar: (v) => {
      if (P.isIntLike(v)) return P.intValue(v);
      if (bytesMode) { const b = bytesOf!(v); return b !== null && b.length === 1 ? b : null; }
      if (isStr(v)) return strValue(v);
      return null;
    },
    starInt: (v) => (P.isIntLike(v) ? P.intValue(v) : null),
    typeName: (v) => P.typeName(v),
  };
}

/** str % args */
export function percentFormatStr(fmt: string, args: number): string {
  const mark = rootMark();
  try {
    pushRoot(args);
    return formatWithSpec(() => percentFormat(fmt, percentArgs(args, null)));
  } finally {
    rootRelease(mark);
  }
}

/** bytes % args over latin-1 text; `bytesOf` reads bytes-like values, `key` makes a bytes key. */
export function percentFormatBytes(fmt: string, args: number, bytesOf: (v: number) => string | null): string {
  const mark = rootMark();
  try {
    pushRoot(args);
    return formatWithSpec(() => percentFormat(fmt, percentArgs(args, bytesOf), { bytes: true }));
  } finally {
    rootRelease(mark);
  }
}
let bytesKeyHook: (latin1: string) => number = (s) => newStr(s);
export function setPercentBytesKeyHook(f: (latin1: string) => number): void { bytesKeyHook = f; }

// ---- str % args: compiled formats ------------------------------------------------------------
// A format string is parsed once per worker into literal pieces and conversion specs. When every
// spec is a plain %s/%d/%i/%f/%e/%g (flags '-' and '0', width, precision; no '*', no keys) and
// every argument is an exact str, a small int or a float, the text is built directly; anything
// else (other conversions or types, wrong argument counts: the errors) goes to the full engine.
interface PctSpec { conv: number; ljust: boolean; zero: boolean; width: number; prec: number }
interface PctPlan { lits: string[]; specs: PctSpec[] }
const pctPlans = new Map<string, PctPlan | null>();

function compilePercent(fmt: string): PctPlan | null {
  const lits: string[] = [];
  const specs: PctSpec[] = [];
  let lit = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const k = fmt.indexOf('%', i);
    if (k < 0) { lit += fmt.slice(i); break; }
    lit += fmt.slice(i, k);
    i = k + 1;
    if (i >= n) return null;
    if (fmt.charCodeAt(i) === 37) { lit += '%'; i++; continue; }
    let ljust = false, zero = false;
    for (; i < n; i++) {
      const c = fmt.charCodeAt(i);
      if (c === 45) ljust = true; else if (c === 48) zero = true; else break;
    }
    let width = -1, prec = -1;
    while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) {
      width = (width < 0 ? 0 : width) * 10 + fmt.charCodeAt(i) - 48;
      if (width > 100000) return null;
      i++;
    }
    if (i < n && fmt.charCodeAt(i) === 46) {
      i++;
      prec = 0;
      while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) {
        prec = prec * 10 + fmt.charCodeAt(i) - 48;
        if (prec > 100000) return null;
        i++;
      }
    }
    if (i >= n) return null;
    const conv = fmt.charCodeAt(i++);
    // s d i f e g
    if (conv !== 115 && conv !== 100 && conv !== 105 && conv !== 102 && conv !== 101 && conv !== 103) return null;
    lits.push(lit);
    lit = '';
    specs.push({ conv, ljust, zero, width, prec });
  }
  lits.push(lit);
  return { lits, specs };
}

function pctPad(sign: string, body: string, len: number, s: PctSpec, numeric: boolean): string {
  const w = s.width - len - sign.length;
  if (w <= 0) return sign + body;
  if (s.ljust) return sign + body + ' '.repeat(w);
  if (numeric && s.zero) return sign + '0'.repeat(w) + body;
  return ' '.repeat(w) + sign + body;
}

function pctOne(s: PctSpec, v: number): string | null {
  const c = s.conv;
  const small = v < REF_BASE && Number.isInteger(v);
  if (c === 115) {
    let t: string;
    if (small) t = String(v);
    else if (isExactStr(v)) {
      if (strUnits(v) !== strLength(v)) return null;
      t = jsString(v);
    } else return null;
    if (s.prec >= 0 && t.length > s.prec) t = t.slice(0, s.prec);
    return pctPad('', t, t.length, s, false);
  }
  if (c === 100 || c === 105) {
    if (!small) return null;
    let digits = String(v < 0 ? -v : v);
    if (s.prec > digits.length) digits = '0'.repeat(s.prec - digits.length) + digits;
    return pctPad(v < 0 ? '-' : '', digits, digits.length, s, true);
  }
  let x: number;
  if (small) x = v;
  else if (P.typeOf(v) === FloatType) x = floatValue(v);
  else return null;
  const text = floatToText(x < 0 ? -x : x, c === 102 ? 'f' : c === 101 ? 'e' : 'g', s.prec < 0 ? 6 : s.prec, false, false);
  const neg = x < 0 || (x === 0 && 1 / x < 0);
  return pctPad(neg ? '-' : '', text, text.length, s, true);
}

/** fmt % args for an exact str fmt through a compiled plan, or NULL to use the full engine. */
export function percentFast(fmtRef: number, args: number): number {
  const fmt = jsString(fmtRef);
  let plan = pctPlans.get(fmt);
  if (plan === undefined) {
    plan = compilePercent(fmt);
    if (pctPlans.size >= 512) pctPlans.clear();
    pctPlans.set(fmt, plan);
  }
  if (plan === null) return NULL;
  const specs = plan.specs, lits = plan.lits;
  const k = specs.length;
  const tuple = args >= REF_BASE && P.typeOf(args) === P.TupleType;
  if (tuple ? P.tupleLength(args) !== k : k !== 1) return NULL;
  let out = lits[0];
  for (let i = 0; i < k; i++) {
    const piece = pctOne(specs[i], tuple ? P.tupleItem(args, i) : args);
    if (piece === null) return NULL;
    out += piece + lits[i + 1];
  }
  return newStr(out);
}
