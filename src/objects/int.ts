/**
 * int: arbitrary-precision integers.
 *
 * Values in (-2^53, 2^53) are immediates (the number itself, no allocation). Larger ones
 * are heap objects: [header][i32 sign (+1/-1), i32 limb count][u32 limbs, little-endian].
 * Arithmetic works on JS numbers, falling back to JS BigInt when a result leaves the
 * immediate range. `intValue` gives the mathematical value of any int-like object (small
 * int, big int, bool, or instance of an int subclass).
 */
import { I32, U32, F, REF_BASE, INT_LIMIT, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';

export let IntType = 0;
let intTypeAddr = 0;
export function setIntType(t: number): void { IntType = t; intTypeAddr = t - REF_BASE; }
export let BoolType = 0;
let boolTypeAddr = 0;
export function setBoolType(t: number): void { BoolType = t; boolTypeAddr = t - REF_BASE; }

export type IntVal = number | bigint;

/** Normalise a bigint result: a number when it fits the immediate range. */
export function normBig(b: bigint): IntVal {
  if (b > -9007199254740992n && b < 9007199254740992n) return Number(b);
  return b;
}

/** A Python int object for a mathematical integer value. */
export function newInt(v: IntVal): number {
  if (typeof v === 'number') {
    if (v < INT_LIMIT && v > -INT_LIMIT) return v + 0;
    return newBigInt(BigInt(v));
  }
  if (v > -9007199254740992n && v < 9007199254740992n) return Number(v);
  return newBigInt(v);
}

function newBigInt(b: bigint): number {
  const neg = b < 0n;
  let m = neg ? -b : b;
  const limbs: number[] = [];
  while (m > 0n) { limbs.push(Number(m & 0xffffffffn)); m >>= 32n; }
  const ref = allocObject(16 + ((limbs.length * 4 + 7) & ~7), intTypeAddr, Layout.BigInt);
  const w = (ref - REF_BASE) >> 2;
  I32[w + 2] = neg ? -1 : 1;
  I32[w + 3] = limbs.length;
  for (let i = 0; i < limbs.length; i++) U32[w + 4 + i] = limbs[i];
  return ref;
}

/** Read a heap big int (layout BigInt) as a JS bigint. */
export function readBigInt(ref: number): bigint {
  const w = (ref - REF_BASE) >> 2;
  const n = I32[w + 3];
  let b = 0n;
  for (let i = n - 1; i >= 0; i--) b = (b << 32n) | BigInt(U32[w + 4 + i]);
  return I32[w + 2] < 0 ? -b : b;
}

/** Whether v is an int (small, big, bool, or an int subclass instance) — layout-based. */
export function isIntLike(v: number): boolean {
  if (v < REF_BASE) return Number.isInteger(v); // else a float immediate
  const a = v - REF_BASE;
  const t = I32[a >> 2];
  if (t === intTypeAddr || t === boolTypeAddr) return true;
  return isIntSubclassHook(v);
}
let isIntSubclassHook: (v: number) => boolean = () => false;
export function setIntSubclassHook(f: (v: number) => boolean): void { isIntSubclassHook = f; }

/** Value of an int-like object; call only when isIntLike(v). */
export function intValue(v: number): IntVal {
  if (v < REF_BASE) return v;
  const a = v - REF_BASE;
  const t = I32[a >> 2];
  if (t === boolTypeAddr) return F[(a >> 3) + 1];
  if ((I32[(a >> 2) + 1] & 0xff) === Layout.BigInt) return readBigInt(v);
  // int subclass instance: the int value sits in the first slot after the dict.
  return intValue(F[(a >> 3) + 2]);
}

export function toBig(v: IntVal): bigint { return typeof v === 'bigint' ? v : BigInt(v); }

// ---- arithmetic on IntVal (used by natives and by the protocol's slow paths) -------------
export function intAdd(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r < INT_LIMIT && r > -INT_LIMIT) return r;
  }
  return normBig(toBig(a) + toBig(b));
}
export function intSub(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r < INT_LIMIT && r > -INT_LIMIT) return r;
  }
  return normBig(toBig(a) - toBig(b));
}
export function intMul(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r < INT_LIMIT && r > -INT_LIMIT) return r + 0;
  }
  return normBig(toBig(a) * toBig(b));
}
/** Floor division; caller checks b != 0. */
export function intFloorDiv(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number' && a < 2 ** 51 && a > -(2 ** 51) && b < 2 ** 51 && b > -(2 ** 51)) {
    let q = Math.floor(a / b);
    const r = a - q * b;
    if (r !== 0 && (r < 0) !== (b < 0)) { /* floor already handled sign */ }
    if (b > 0 ? r < 0 : r > 0) q -= 1;
    else if (b > 0 ? r >= b : r <= b) q += 1;
    return q + 0;
  }
  const A = toBig(a), B = toBig(b);
  let q = A / B;
  if ((A % B !== 0n) && ((A < 0n) !== (B < 0n))) q -= 1n;
  return normBig(q);
}
/** Modulo with the sign of the divisor; caller checks b != 0. */
export function intMod(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r + 0;
  }
  const A = toBig(a), B = toBig(b);
  let r = A % B;
  if (r !== 0n && (r < 0n) !== (B < 0n)) r += B;
  return normBig(r);
}
export function intPowNonNeg(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number' && b < 64) {
    const r = a ** b;
    if (r < 2 ** 30 && r > -(2 ** 30)) return r;
  }
  const B = toBig(b);
  return normBig(toBig(a) ** B);
}
export function intNeg(a: IntVal): IntVal {
  if (typeof a === 'number') return 0 - a;
  return normBig(-a);
}
export function intCompare(a: IntVal, b: IntVal): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const A = toBig(a), B = toBig(b);
  return A < B ? -1 : A > B ? 1 : 0;
}
function small32(a: IntVal): a is number { return typeof a === 'number' && a >= -2147483648 && a <= 2147483647; }
export function intAnd(a: IntVal, b: IntVal): IntVal { return small32(a) && small32(b) ? a & b : normBig(toBig(a) & toBig(b)); }
export function intOr(a: IntVal, b: IntVal): IntVal { return small32(a) && small32(b) ? a | b : normBig(toBig(a) | toBig(b)); }
export function intXor(a: IntVal, b: IntVal): IntVal { return small32(a) && small32(b) ? a ^ b : normBig(toBig(a) ^ toBig(b)); }
export function intInvert(a: IntVal): IntVal { return typeof a === 'number' ? -a - 1 : normBig(-a - 1n); }
/** Left shift by a non-negative count. */
export function intLshift(a: IntVal, n: IntVal): IntVal {
  if (typeof a === 'number' && typeof n === 'number' && n < 31 && small32(a)) {
    const r = a * 2 ** n;
    if (r < INT_LIMIT && r > -INT_LIMIT) return r;
  }
  return normBig(toBig(a) << toBig(n));
}
/** Right shift (floor) by a non-negative count. */
export function intRshift(a: IntVal, n: IntVal): IntVal {
  if (typeof a === 'number' && typeof n === 'number') {
    if (small32(a)) return n >= 32 ? (a < 0 ? -1 : 0) : a >> n;
    if (n > 60) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** n);
  }
  if (typeof n === 'bigint') return toBig(a) < 0n ? -1 : 0;
  return normBig(toBig(a) >> BigInt(n));
}
export function intIsZero(a: IntVal): boolean { return a === 0 || a === 0n; }
export function intSign(a: IntVal): number { return typeof a === 'number' ? Math.sign(a) : a < 0n ? -1 : a > 0n ? 1 : 0; }

/** Exact conversion to float, with CPython's OverflowError condition reported as null. */
export function intToFloatOrNull(a: IntVal): number | null {
  if (typeof a === 'number') return a;
  // Correct rounding: Number(bigint) rounds to nearest-even, as CPython does.
  const f = Number(a);
  return Number.isFinite(f) ? f : null;
}

export function intToString(a: IntVal): string { return a.toString(); }

/** Compare an int value with a float exactly (NaN: returns NaN). */
export function compareIntFloat(a: IntVal, x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (typeof a === 'number') return a < x ? -1 : a > x ? 1 : 0;
  if (!Number.isFinite(x)) return x > 0 ? -1 : 1;
  const fl = Math.floor(x);
  const B = BigInt(fl);
  if (a < B) return -1;
  if (a > B) return 1;
  return fl < x ? -1 : 0;
}

// ---- the int type -------------------------------------------------------------------------
import { defineBuiltinType } from './typeobject';
import { fastConstructors } from './registry';
import { raise, PyException } from '../runtime/errors';
import { exc } from './exceptions';
import { None, True, False, NotImplemented, bool, typeName, hashOfIntValue, index, isInstance, typeOf, asFloat, strJs } from '../runtime/protocol';
import { newFloat } from './float';
import { newStr, jsString, StrType } from './str';
import { newTuple } from './tuple';
import * as num from '../numeric';
import { formatWithSpec } from '../runtime/format';
import { builtinAllocators } from './object';
import { allocInstance } from './object';

/** Value of `other` if it is an int, else null (the binary methods then return NotImplemented). */
function otherInt(other: number): IntVal | null { return isIntLike(other) ? intValue(other) : null; }

function binary(f: (a: IntVal, b: IntVal) => IntVal | number, floatResult = false) {
  return (self: number, other: number): number => {
    const b = otherInt(other);
    if (b === null) return NotImplemented;
    const r = f(intValue(self), b);
    return floatResult ? newFloat(r as number) : newInt(r as IntVal);
  };
}
function reflected(f: (a: IntVal, b: IntVal) => IntVal | number, floatResult = false) {
  const g = binary((a, b) => f(b, a), floatResult);
  return g;
}
function checkedDiv(a: IntVal, b: IntVal): IntVal { if (intIsZero(b)) raise(exc.ZeroDivisionError, 'integer division or modulo by zero'); return intFloorDiv(a, b); }
function checkedMod(a: IntVal, b: IntVal): IntVal { if (intIsZero(b)) raise(exc.ZeroDivisionError, 'integer modulo by zero'); return intMod(a, b); }
function trueDiv(a: IntVal, b: IntVal): number { if (intIsZero(b)) raise(exc.ZeroDivisionError, 'division by zero'); return wrapNum(() => num.intTrueDiv(a, b)); }
function shiftL(a: IntVal, b: IntVal): IntVal { if (intSign(b) < 0) raise(exc.ValueError, 'negative shift count'); if (typeof b === 'bigint' && !intIsZero(a)) raise(exc.OverflowError, 'too many digits in integer'); return intLshift(a, b); }
function shiftR(a: IntVal, b: IntVal): IntVal { if (intSign(b) < 0) raise(exc.ValueError, 'negative shift count'); return intRshift(a, b); }

/** Run a numeric-library call, turning its PyErrorSpec into a Python exception. */
export function wrapNum<T>(f: () => T): T {
  try { return f(); } catch (e) { throw numError(e); }
}
/** Raises the Python exception for an error thrown by src/numeric; returns other errors as they are. */
export function numError(e: unknown): unknown {
  if (e instanceof num.PyErrorSpec) raise(exc[e.pyType as 'ValueError'], e.message);
  return e;
}

function intPow(self: number, other: number, mod: number): number {
  const b = otherInt(other);
  if (b === null) return NotImplemented;
  const a = intValue(self);
  if (mod !== NULL && mod !== None) {
    const m = otherInt(mod);
    if (m === null) return NotImplemented;
    if (intIsZero(m)) raise(exc.ValueError, 'pow() 3rd argument cannot be 0');
    return newInt(wrapNum(() => num.powMod(a, b, m)));
  }
  if (intSign(b) < 0) {
    if (intIsZero(a)) raise(exc.ZeroDivisionError, '0.0 cannot be raised to a negative power');
    // long_pow hands a negative exponent to float_pow (both operands converted to float).
    return newFloat(wrapNum(() => num.floatPow(num.intToFloat(a), num.intToFloat(b)) as number));
  }
  return newInt(intPowNonNeg(a, b));
}

function intNew(cls: number, x: number, base: number): number {
  let v: IntVal;
  if (x === NULL) {
    if (base !== NULL) raise(exc.TypeError, "int() missing string argument");
    v = 0;
  } else if (base !== NULL) {
    const bv = index(base);
    if (!isInstance(x, StrType) && !isBytesLike(x)) raise(exc.TypeError, "int() can't convert non-string with explicit base");
    const b = Number(bv);
    if ((b !== 0 && b < 2) || b > 36) raise(exc.ValueError, 'int() base must be >= 2 and <= 36, or 0');
    v = wrapNum(() => num.parseInt(isInstance(x, StrType) ? jsString(x) : bytesText(x), b));
  } else v = intFromObject(x);
  if (cls === IntType) return newInt(v);
  const obj = allocInstance(cls);
  F[((obj - REF_BASE) >> 3) + 2] = newInt(v);
  return obj;
}
let isBytesLike: (v: number) => boolean = () => false;
let bytesText: (v: number) => string = () => '';
export function setIntBytesHooks(is: (v: number) => boolean, text: (v: number) => string): void { isBytesLike = is; bytesText = text; }
let intFromObjectHook: (v: number) => IntVal = () => 0;
export function setIntFromObject(f: (v: number) => IntVal): void { intFromObjectHook = f; }
function intFromObject(x: number): IntVal { return intFromObjectHook(x); }

function intRound(self: number, nd: number): number {
  const a = intValue(self);
  if (nd === NULL || nd === None) return newInt(a);
  return newInt(wrapNum(() => num.roundInt(a, index(nd))));
}

export const intHandle = defineBuiltinType({
  name: 'int', layout: Layout.BigInt, size: 16,
  doc: "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4",
  setRef: (r) => setIntType(r),
  methods: [
    { name: '__new__', sig: '__new__(cls, x=0, /, base=10)', fn: intNew, kind: 'staticmethod' },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => newStr(wrapNum(() => num.intToString(intValue(s), 10))) },
    { name: '__hash__', sig: '__hash__(self, /)', fn: (s: number) => hashOfIntValue(intValue(s)) },
    { name: '__bool__', sig: '__bool__(self, /)', fn: (s: number) => bool(!intIsZero(intValue(s))) },
    { name: '__add__', sig: '__add__(self, value, /)', fn: binary(intAdd) },
    { name: '__radd__', sig: '__radd__(self, value, /)', fn: reflected(intAdd) },
    { name: '__sub__', sig: '__sub__(self, value, /)', fn: binary(intSub) },
    { name: '__rsub__', sig: '__rsub__(self, value, /)', fn: reflected(intSub) },
    { name: '__mul__', sig: '__mul__(self, value, /)', fn: binary(intMul) },
    { name: '__rmul__', sig: '__rmul__(self, value, /)', fn: reflected(intMul) },
    { name: '__floordiv__', sig: '__floordiv__(self, value, /)', fn: binary(checkedDiv) },
    { name: '__rfloordiv__', sig: '__rfloordiv__(self, value, /)', fn: reflected(checkedDiv) },
    { name: '__mod__', sig: '__mod__(self, value, /)', fn: binary(checkedMod) },
    { name: '__rmod__', sig: '__rmod__(self, value, /)', fn: reflected(checkedMod) },
    { name: '__truediv__', sig: '__truediv__(self, value, /)', fn: binary(trueDiv, true) },
    { name: '__rtruediv__', sig: '__rtruediv__(self, value, /)', fn: reflected(trueDiv, true) },
    { name: '__divmod__', sig: '__divmod__(self, value, /)', fn: (s: number, o: number) => { const b = otherInt(o); if (b === null) return NotImplemented; const a = intValue(s); return newTuple([newInt(checkedDiv(a, b)), newInt(checkedMod(a, b))]); } },
    { name: '__rdivmod__', sig: '__rdivmod__(self, value, /)', fn: (s: number, o: number) => { const b = otherInt(o); if (b === null) return NotImplemented; const a = intValue(s); return newTuple([newInt(checkedDiv(b, a)), newInt(checkedMod(b, a))]); } },
    { name: '__pow__', sig: '__pow__(self, value, mod=None, /)', fn: intPow },
    { name: '__rpow__', sig: '__rpow__(self, value, mod=None, /)', fn: (s: number, o: number, m: number) => { const b = otherInt(o); if (b === null) return NotImplemented; return intPow(newInt(b), s, m); } },
    { name: '__lshift__', sig: '__lshift__(self, value, /)', fn: binary(shiftL) },
    { name: '__rlshift__', sig: '__rlshift__(self, value, /)', fn: reflected(shiftL) },
    { name: '__rshift__', sig: '__rshift__(self, value, /)', fn: binary(shiftR) },
    { name: '__rrshift__', sig: '__rrshift__(self, value, /)', fn: reflected(shiftR) },
    { name: '__and__', sig: '__and__(self, value, /)', fn: binary(intAnd) },
    { name: '__rand__', sig: '__rand__(self, value, /)', fn: reflected(intAnd) },
    { name: '__or__', sig: '__or__(self, value, /)', fn: binary(intOr) },
    { name: '__ror__', sig: '__ror__(self, value, /)', fn: reflected(intOr) },
    { name: '__xor__', sig: '__xor__(self, value, /)', fn: binary(intXor) },
    { name: '__rxor__', sig: '__rxor__(self, value, /)', fn: reflected(intXor) },
    { name: '__neg__', sig: '__neg__(self, /)', fn: (s: number) => newInt(intNeg(intValue(s))) },
    { name: '__pos__', sig: '__pos__(self, /)', fn: (s: number) => newInt(intValue(s)) },
    { name: '__abs__', sig: '__abs__(self, /)', fn: (s: number) => { const a = intValue(s); return newInt(intSign(a) < 0 ? intNeg(a) : a); } },
    { name: '__invert__', sig: '__invert__(self, /)', fn: (s: number) => newInt(intInvert(intValue(s))) },
    { name: '__int__', sig: '__int__(self, /)', fn: (s: number) => newInt(intValue(s)) },
    { name: '__index__', sig: '__index__(self, /)', fn: (s: number) => newInt(intValue(s)) },
    { name: '__float__', sig: '__float__(self, /)', fn: (s: number) => { const f = intToFloatOrNull(intValue(s)); if (f === null) raise(exc.OverflowError, 'int too large to convert to float'); return newFloat(f); } },
    { name: '__trunc__', sig: '__trunc__(self, /)', fn: (s: number) => newInt(intValue(s)) },
    { name: '__floor__', sig: '__floor__(self, /)', fn: (s: number) => newInt(intValue(s)) },
    { name: '__ceil__', sig: '__ceil__(self, /)', fn: (s: number) => newInt(intValue(s)) },
    { name: '__round__', sig: '__round__(self, ndigits=None, /)', fn: intRound },
    { name: '__eq__', sig: '__eq__(self, value, /)', fn: (s: number, o: number) => { const b = otherInt(o); return b === null ? NotImplemented : bool(intCompare(intValue(s), b) === 0); } },
    { name: '__ne__', sig: '__ne__(self, value, /)', fn: (s: number, o: number) => { const b = otherInt(o); return b === null ? NotImplemented : bool(intCompare(intValue(s), b) !== 0); } },
    { name: '__lt__', sig: '__lt__(self, value, /)', fn: (s: number, o: number) => { const b = otherInt(o); return b === null ? NotImplemented : bool(intCompare(intValue(s), b) < 0); } },
    { name: '__le__', sig: '__le__(self, value, /)', fn: (s: number, o: number) => { const b = otherInt(o); return b === null ? NotImplemented : bool(intCompare(intValue(s), b) <= 0); } },
    { name: '__gt__', sig: '__gt__(self, value, /)', fn: (s: number, o: number) => { const b = otherInt(o); return b === null ? NotImplemented : bool(intCompare(intValue(s), b) > 0); } },
    { name: '__ge__', sig: '__ge__(self, value, /)', fn: (s: number, o: number) => { const b = otherInt(o); return b === null ? NotImplemented : bool(intCompare(intValue(s), b) >= 0); } },
    { name: '__format__', sig: '__format__(self, format_spec, /)', fn: (s: number, spec: number) => jsString(spec) === '' ? newStr(strJs(s)) : newStr(formatWithSpec(() => num.formatInt(intValue(s), jsString(spec)))) },
    { name: '__getnewargs__', sig: '__getnewargs__(self, /)', fn: (s: number) => newTuple([newInt(intValue(s))]) },
    { name: 'conjugate', sig: 'conjugate(self, /)', fn: (s: number) => newInt(intValue(s)) },
    { name: 'bit_length', sig: 'bit_length(self, /)', fn: (s: number) => num.bitLength(intValue(s)) },
    { name: 'bit_count', sig: 'bit_count(self, /)', fn: (s: number) => num.bitCount(intValue(s)) },
    { name: 'as_integer_ratio', sig: 'as_integer_ratio(self, /)', fn: (s: number) => newTuple([newInt(intValue(s)), 1]) },
    { name: 'to_bytes', sig: "to_bytes(self, /, length=1, byteorder='big', *, signed=False)", fn: (s: number, length: number, order: number, signed: number) => intToBytesHook(s, length, order, signed) },
    { name: 'from_bytes', sig: "from_bytes(cls, bytes, byteorder='big', *, signed=False)", fn: (cls: number, b: number, order: number, signed: number) => intFromBytesHook(cls, b, order, signed), kind: 'classmethod' },
  ],
  getsets: [
    { name: 'real', get: (s: number) => newInt(intValue(s)) },
    { name: 'imag', get: () => 0 },
    { name: 'numerator', get: (s: number) => newInt(intValue(s)) },
    { name: 'denominator', get: () => 1 },
  ],
});
let intToBytesHook: (s: number, l: number, o: number, signed: number) => number = () => None;
let intFromBytesHook: (cls: number, b: number, o: number, signed: number) => number = () => None;
export function setIntBytesConversions(to: typeof intToBytesHook, from: typeof intFromBytesHook): void { intToBytesHook = to; intFromBytesHook = from; }

void False; void typeName; void typeOf; void asFloat; void PyException; void builtinAllocators; void jsString;

fastConstructors[intHandle.index] = (args: number[]) => args.length === 1 ? intNew(IntType, args[0], NULL) : NULL;
