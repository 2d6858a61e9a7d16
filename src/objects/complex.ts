/**
 * complex: pairs of IEEE doubles (CPython's Objects/complexobject.c behaviour).
 *
 * Heap layout: [header][f64 real][f64 imag]   (Layout.Raw: no references)
 * Instances of user subclasses are Layout.Object instances whose slot 0 holds an exact
 * complex (the convention for immutable builtins, object.ts). Complex objects are never
 * written after construction, so any thread may read them without a lock.
 *
 * Arithmetic follows CPython 3.11 exactly where rounding is visible: products by the
 * textbook formula (also for int/float operands, converted to (x, 0)), Smith's division
 * (_Py_c_quot), integer powers up to 100 by repeated squaring (c_powi), other powers in
 * polar form (_Py_c_pow).
 */
import { F, I32, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { defineBuiltinType } from './registry';
import { raise } from '../runtime/errors';
import { exc } from './exceptions';
import { None, NotImplemented, bool, typeOf, typeName, isInstance, asFloat, richCompare, Cmp, callDescr } from '../runtime/protocol';
import { IntType, isIntLike, intValue, newInt } from './int';
import { FloatType, floatValue, newFloat, setPowComplexHook } from './float';
import { StrType, jsString, newStr } from './str';
import { newTuple } from './tuple';
import { typeLookup, isSubtype, setTypeField, T_NSLOTS } from './typeobject';
import { allocInstance } from './object';
import { N } from '../runtime/names';
import { onInstall } from '../runtime/installers';
import { setComplexMaker } from '../runtime/materialize';
import * as num from '../numeric';
import { formatWithSpec } from '../runtime/format';

export let ComplexType = 0;
let complexTypeAddr = 0;

export function newComplex(re: number, im: number): number {
  const ref = allocObject(24, complexTypeAddr, Layout.Raw);
  const f = (ref - REF_BASE) >> 3;
  F[f + 1] = re;
  F[f + 2] = im;
  return ref;
}

/** The exact complex object behind v (itself, or slot 0 of a subclass instance). */
function exactOf(v: number): number {
  const a = v - REF_BASE;
  return (I32[(a >> 2) + 1] & 0xff) === Layout.Raw ? v : F[(a >> 3) + 2];
}
export function complexReal(v: number): number { return F[((exactOf(v) - REF_BASE) >> 3) + 1]; }
export function complexImag(v: number): number { return F[((exactOf(v) - REF_BASE) >> 3) + 2]; }
export function isComplex(v: number): boolean { return v >= REF_BASE && isInstance(v, ComplexType); }

function intToDouble(v: number): number {
  const x = intValue(v);
  if (typeof x === 'number') return x;
  const d = Number(x);
  if (!Number.isFinite(d)) raise(exc.OverflowError, 'int too large to convert to float');
  return d;
}

/** An operand of complex arithmetic as [re, im], or null (NotImplemented). */
function operand(v: number): [number, number] | null {
  if (v < REF_BASE) return [v, 0];
  const t = typeOf(v);
  if (t === ComplexType) return [complexReal(v), complexImag(v)];
  if (t === FloatType) return [floatValue(v), 0];
  if (isIntLike(v)) return [intToDouble(v), 0];
  if (isSubtype(t, ComplexType)) return [complexReal(v), complexImag(v)];
  if (isSubtype(t, FloatType)) return [floatValue(v), 0];
  return null;
}

// ---- arithmetic (the _Py_c_* functions) ----------------------------------------------------
type C = [number, number];
function prod(a: C, b: C): C { return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]]; }
/** Smith's division; null for division by zero (EDOM). */
function quot(a: C, b: C): C | null {
  const absBr = Math.abs(b[0]), absBi = Math.abs(b[1]);
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}
function powu(x: C, n: number): C {
  let r: C = [1, 0];
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = prod(r, p);
    p = prod(p, p);
  }
  return r;
}
/** a ** b; throws the CPython error kinds through `raise`. */
function cpow(a: C, b: C): C {
  let r: C | null;
  let edom = false;
  if (b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100) {
    const n = b[0];
    r = n > 0 ? powu(a, n) : quot([1, 0], powu(a, -n));
    if (r === null) { edom = true; r = [0, 0]; }
  } else if (b[0] === 0 && b[1] === 0) {
    r = [1, 0];
  } else if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) edom = true;
    r = [0, 0];
  } else {
    const vabs = num.hypot([a[0], a[1]]);
    let len = powReal(vabs, b[0]);
    const at = Math.atan2(a[1], a[0]);
    let phase = at * b[0];
    if (b[1] !== 0) {
      len /= num.libm.exp(at * b[1]);
      phase += b[1] * num.libm.log(vabs);
    }
    r = [len * Math.cos(phase), len * Math.sin(phase)];
  }
  if (edom) raise(exc.ZeroDivisionError, '0.0 to a negative or complex power');
  if (!Number.isFinite(r[0]) && !Number.isNaN(r[0]) || !Number.isFinite(r[1]) && !Number.isNaN(r[1])) {
    raise(exc.OverflowError, 'complex exponentiation');
  }
  return r;
}
function powReal(x: number, y: number): number {
  const r = num.floatPow(x, y);
  return r === null ? Math.pow(x, y) : r;
}
function cabs(re: number, im: number): number {
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (re === Infinity || re === -Infinity || im === Infinity || im === -Infinity) return Infinity;
    return NaN;
  }
  const r = num.hypot([re, im]);
  if (!Number.isFinite(r)) raise(exc.OverflowError, 'absolute value too large');
  return r;
}

function binary(f: (a: C, b: C) => C, reflected: boolean) {
  return (s: number, o: number): number => {
    const b = operand(o);
    if (b === null) return NotImplemented;
    const a: C = [complexReal(s), complexImag(s)];
    const r = reflected ? f(b, a) : f(a, b);
    return newComplex(r[0], r[1]);
  };
}
const add = (a: C, b: C): C => [a[0] + b[0], a[1] + b[1]];
const sub = (a: C, b: C): C => [a[0] - b[0], a[1] - b[1]];
const div = (a: C, b: C): C => { const r = quot(a, b); if (r === null) raise(exc.ZeroDivisionError, 'complex division by zero'); return r; };

function powMethod(reflected: boolean) {
  return (s: number, o: number, m: number): number => {
    const b = operand(o);
    if (b === null) return NotImplemented;
    if (m !== NULL && m !== None) raise(exc.ValueError, 'complex modulo');
    const a: C = [complexReal(s), complexImag(s)];
    const r = reflected ? cpow(b, a) : cpow(a, b);
    return newComplex(r[0], r[1]);
  };
}

// ---- comparison and hash ------------------------------------------------------------------
function complexEq(s: number, o: number): number | boolean {
  const re = complexReal(s), im = complexImag(s);
  if (o < REF_BASE || isIntLike(o)) {
    if (im !== 0) return false;
    return richCompare(newFloat(re), o, Cmp.EQ);
  }
  if (isInstance(o, FloatType)) return re === floatValue(o) && im === 0;
  if (isInstance(o, ComplexType)) return re === complexReal(o) && im === complexImag(o);
  return NotImplemented;
}

const U64 = (1n << 64n) - 1n;
function hashPart(x: number, self: number): bigint {
  if (x !== x) return BigInt(((self - REF_BASE) / 8) | 0);
  return BigInt(num.hashFloat(x));
}
function complexHash(s: number): number {
  const h = (hashPart(complexReal(s), s) + 1000003n * hashPart(complexImag(s), s)) & U64;
  let r = BigInt.asIntN(64, h);
  if (r === -1n) r = -2n;
  return newInt(r >= BigInt(Number.MIN_SAFE_INTEGER) && r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r);
}

// ---- text ---------------------------------------------------------------------------------
const signbit = (x: number): boolean => x < 0 || (x === 0 && 1 / x < 0);
/** Repr digits of |x| without '.0' (PyOS_double_to_string 'r', no flags). */
function rtext(x: number): string { return num.floatToText(Math.abs(x), 'r', 0, false, false); }

export function complexRepr(re: number, im: number): string {
  if (re === 0 && !signbit(re)) return `${signbit(im) && im === im ? '-' : ''}${rtext(im)}j`;
  const reText = `${signbit(re) && re === re ? '-' : ''}${rtext(re)}`;
  return `(${reText}${signbit(im) && im === im ? '-' : '+'}${rtext(im)}j)`;
}

function complexFormat(s: number, specText: string): string {
  const re = complexReal(s), im = complexImag(s);
  if (specText === '') return complexRepr(re, im);
  const spec = num.parseFormatSpec(specText, 'complex', '>', '');
  let type = spec.type;
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n'].includes(type)) throw num.unknownFormatCode(type, 'complex');
  if (spec.fill === '0' && (spec.align === '=' || /^[+\- ]?z?#?0/.test(specText))) throw new num.PyErrorSpec('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (spec.align === '=') throw new num.PyErrorSpec('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  let precision = spec.precision;
  let defaultPrecision = 6;
  let addParens = false, skipRe = false;
  if (type === '') {
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && !signbit(re)) skipRe = true; else addParens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const upper = type === 'E' || type === 'F' || type === 'G';
  const text = (x: number): string => {
    const t = num.floatToText(Math.abs(x), type.toLowerCase() as num.FloatTextType, precision, spec.alternate, false);
    return upper ? t.toUpperCase() : t;
  };
  const neg = (x: number): boolean => x === x && signbit(x);
  const optSign = (x: number): string => (neg(x) ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '');
  let body = '';
  if (!skipRe) body += optSign(re) + text(re);
  body += (skipRe ? optSign(im) : neg(im) ? '-' : '+') + text(im) + 'j';
  if (addParens) body = `(${body})`;
  const n = Array.from(body).length;
  if (spec.width > n) {
    const pad = spec.width - n;
    const fill = spec.fill;
    if (spec.align === '<') body = body + fill.repeat(pad);
    else if (spec.align === '^') body = fill.repeat(pad >> 1) + body + fill.repeat(pad - (pad >> 1));
    else body = fill.repeat(pad) + body;
  }
  return body;
}

// ---- parsing (complex_from_string_helper) -------------------------------------------------
const NUM = String.raw`(?:(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)`;
const COMPLEX_RE = new RegExp(`^(?:([+-]?${NUM})(?:([+-]${NUM}?)[jJ])?|([+-]?${NUM}?)[jJ])$`, 'i');
function parseDouble(t: string): number {
  const sign = t[0] === '-' ? -1 : 1;
  const body = t[0] === '+' || t[0] === '-' ? t.slice(1) : t;
  if (body === '') return sign;
  const low = body.toLowerCase();
  if (low === 'inf' || low === 'infinity') return sign * Infinity;
  if (low === 'nan') return NaN;
  return sign * Number(body);
}
export function parseComplex(text: string): [number, number] {
  const malformed = (): never => raise(exc.ValueError, 'complex() arg is a malformed string');
  let s = text;
  if (s.includes('_')) {
    // Underscores only between digits (_Py_string_to_number_with_underscores).
    for (let i = 0; i < s.length; i++) {
      if (s[i] === '_' && !(i > 0 && /\d/.test(s[i - 1]) && i + 1 < s.length && /\d/.test(s[i + 1]))) {
        raise(exc.ValueError, `could not convert string to complex: ${num.pyStrRepr(text)}`);
      }
    }
    s = s.replace(/_/g, '');
  }
  s = num.pyStrip(s);
  if (s.startsWith('(')) {
    if (!s.endsWith(')')) malformed();
    s = num.pyStrip(s.slice(1, -1));
  }
  const m = COMPLEX_RE.exec(s);
  if (m === null) malformed();
  if (m![1] !== undefined) return [parseDouble(m![1]), m![2] !== undefined ? parseDouble(m![2]) : 0];
  return [0, parseDouble(m![3] ?? '')];
}

// ---- constructor --------------------------------------------------------------------------
function complexNew(cls: number, real: number, imag: number): number {
  let re = 0, im = 0;
  if (real === NULL) real = 0;
  if (isInstance(real, StrType)) {
    if (imag !== NULL) raise(exc.TypeError, "complex() can't take second arg if first is a string");
    [re, im] = parseComplex(jsString(real));
    return make(cls, re, im);
  }
  if (imag !== NULL && isInstance(imag, StrType)) raise(exc.TypeError, "complex() second arg can't be a string");
  if (cls === ComplexType && imag === NULL && real >= REF_BASE && typeOf(real) === ComplexType) return real;
  // real: __complex__, else a number
  let cr: C;
  let crIsComplex = false;
  const special = real >= REF_BASE ? typeLookup(typeOf(real), N.__complex__) : NULL;
  if (special !== NULL && typeOf(real) !== ComplexType) {
    const r = callDescr(special, real, []);
    if (!isComplex(r)) raise(exc.TypeError, `__complex__ returned non-complex (type ${typeName(r)})`);
    cr = [complexReal(r), complexImag(r)];
    crIsComplex = true;
  } else if (isComplex(real)) {
    cr = [complexReal(real), complexImag(real)];
    crIsComplex = true;
  } else {
    if (!isNumber(real)) raise(exc.TypeError, `complex() first argument must be a string or a number, not '${typeName(real)}'`);
    cr = [asFloat(real), 0];
  }
  let ci: C;
  let ciIsComplex = false;
  if (imag === NULL) ci = [cr[1], 0];
  else if (isComplex(imag)) { ci = [complexReal(imag), complexImag(imag)]; ciIsComplex = true; }
  else {
    if (!isNumber(imag)) raise(exc.TypeError, `complex() second argument must be a number, not '${typeName(imag)}'`);
    ci = [asFloat(imag), 0];
  }
  re = cr[0];
  im = ci[0];
  if (ciIsComplex) re -= ci[1];
  if (crIsComplex && imag !== NULL) im += cr[1];
  return make(cls, re, im);
}
function isNumber(v: number): boolean {
  if (v < REF_BASE || isIntLike(v) || isInstance(v, FloatType)) return true;
  const t = typeOf(v);
  return typeLookup(t, N.__float__) !== NULL || typeLookup(t, N.__index__) !== NULL;
}
function make(cls: number, re: number, im: number): number {
  const c = newComplex(re, im);
  if (cls === ComplexType) return c;
  const inst = allocInstance(cls);
  F[((inst - REF_BASE) >> 3) + 2] = c;
  return inst;
}

// ---- the type -----------------------------------------------------------------------------
export const complexHandle = defineBuiltinType({
  name: 'complex', layout: Layout.Raw, size: 24,
  doc: 'Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.',
  setRef: (r) => { ComplexType = r; complexTypeAddr = r - REF_BASE; setTypeField(r, T_NSLOTS, 1); },
  methods: [
    { name: '__new__', sig: '__new__(type, real=0, imag=0)', fn: complexNew, kind: 'staticmethod' },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => newStr(complexRepr(complexReal(s), complexImag(s))) },
    { name: '__hash__', sig: '__hash__(self, /)', fn: complexHash },
    { name: '__bool__', sig: '__bool__(self, /)', fn: (s: number) => bool(complexReal(s) !== 0 || complexImag(s) !== 0) },
    { name: '__eq__', sig: '__eq__(self, value, /)', fn: (s: number, o: number) => { const r = complexEq(s, o); return typeof r === 'boolean' ? bool(r) : r; } },
    { name: '__ne__', sig: '__ne__(self, value, /)', fn: (s: number, o: number) => {
      const r = complexEq(s, o);
      if (typeof r === 'boolean') return bool(!r);
      if (r === NotImplemented) return r;
      return richCompare(r, bool(true), Cmp.NE);
    } },
    { name: '__add__', sig: '__add__(self, value, /)', fn: binary(add, false) },
    { name: '__radd__', sig: '__radd__(self, value, /)', fn: binary(add, true) },
    { name: '__sub__', sig: '__sub__(self, value, /)', fn: binary(sub, false) },
    { name: '__rsub__', sig: '__rsub__(self, value, /)', fn: binary(sub, true) },
    { name: '__mul__', sig: '__mul__(self, value, /)', fn: binary(prod, false) },
    { name: '__rmul__', sig: '__rmul__(self, value, /)', fn: binary(prod, true) },
    { name: '__truediv__', sig: '__truediv__(self, value, /)', fn: binary(div, false) },
    { name: '__rtruediv__', sig: '__rtruediv__(self, value, /)', fn: binary(div, true) },
    { name: '__pow__', sig: '__pow__(self, value, mod=None, /)', fn: powMethod(false) },
    { name: '__rpow__', sig: '__rpow__(self, value, mod=None, /)', fn: powMethod(true) },
    { name: '__neg__', sig: '__neg__(self, /)', fn: (s: number) => newComplex(-complexReal(s), -complexImag(s)) },
    { name: '__pos__', sig: '__pos__(self, /)', fn: (s: number) => newComplex(complexReal(s), complexImag(s)) },
    { name: '__abs__', sig: '__abs__(self, /)', fn: (s: number) => newFloat(cabs(complexReal(s), complexImag(s))) },
    { name: '__complex__', sig: '__complex__(self, /)', fn: (s: number) => (typeOf(s) === ComplexType ? s : newComplex(complexReal(s), complexImag(s))) },
    { name: '__format__', sig: '__format__(self, format_spec, /)', fn: (s: number, spec: number) => newStr(formatWithSpec(() => complexFormat(s, jsString(spec)))) },
    { name: '__getnewargs__', sig: '__getnewargs__(self, /)', fn: (s: number) => newTuple([newFloat(complexReal(s)), newFloat(complexImag(s))]) },
    { name: 'conjugate', sig: 'conjugate(self, /)', fn: (s: number) => newComplex(complexReal(s), -complexImag(s)) },
  ],
  getsets: [
    { name: 'real', get: (s: number) => newFloat(complexReal(s)), doc: 'the real part of a complex number' },
    { name: 'imag', get: (s: number) => newFloat(complexImag(s)), doc: 'the imaginary part of a complex number' },
  ],
});

onInstall(() => {
  setComplexMaker(newComplex);
  // float ** float with a negative base and a non-integer exponent.
  setPowComplexHook((a, b) => { const r = cpow([a, 0], [b, 0]); return newComplex(r[0], r[1]); });
});

void IntType;
