/**
 * float: IEEE doubles. A finite non-integral double is its own immediate value (see
 * heap/memory.ts); the others (integral values, -0.0, infinities, NaN) are boxed in the
 * heap with layout [header][f64 value].
 */
import { F, I32, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { getRoot, setRoot, Root } from '../heap/roots';

export let FloatType = 0;
let floatTypeAddr = 0;
export function setFloatType(t: number): void { FloatType = t; floatTypeAddr = t - REF_BASE; }
export function floatTypeAddress(): number { return floatTypeAddr; }

export function newFloat(x: number): number {
  if (Number.isFinite(x) && !Number.isInteger(x)) return x;
  // Small integral values (common in numeric code: 0.0, 1.0, -1.0) and -0.0 (0.0 times a
  // negative number) share boxes, so they cost no allocation.
  const shared = sharedFloatBox(x);
  return shared !== NULL ? shared : boxFloat(x);
}
/** The shared box of an integral x in -256.0 .. 256.0 (or -0.0); NULL for any other x. */
export function sharedFloatBox(x: number): number {
  if (x >= -SMALL_FLOATS && x <= SMALL_FLOATS && Number.isInteger(x) && smallFloats.length !== 0) {
    return x === 0 && 1 / x < 0 ? smallFloats[2 * SMALL_FLOATS + 1] : smallFloats[x + SMALL_FLOATS];
  }
  return NULL;
}
const SMALL_FLOATS = 256;
let smallFloats: number[] = [];
/** The shared boxes of -256.0 .. 256.0, then -0.0: made by the first worker, found by the others. */
export function initSmallFloats(create: boolean): void {
  if (create) {
    const boxes: number[] = [];
    for (let x = -SMALL_FLOATS; x <= SMALL_FLOATS; x++) boxes.push(boxFloat(x));
    boxes.push(boxFloat(-0));
    setRoot(Root.SmallFloats, newTuple(boxes));
  }
  const t = getRoot(Root.SmallFloats);
  const out: number[] = [];
  for (let i = 0; i <= 2 * SMALL_FLOATS + 1; i++) out.push(F[((t - REF_BASE) >> 3) + 2 + i]);
  smallFloats = out;
}

/** Always a heap float (for constants and tests of the boxed path). */
export function boxFloat(x: number): number {
  const ref = allocObject(16, floatTypeAddr, Layout.Float);
  F[((ref - REF_BASE) >> 3) + 1] = x;
  return ref;
}

/** True for an exact float. */
export function isExactFloat(v: number): boolean {
  if (v < REF_BASE) return !Number.isInteger(v);
  return I32[(v - REF_BASE) >> 2] === floatTypeAddr;
}

/** The double inside a float object (exact float or subclass instance with Float layout). */
export function floatValue(v: number): number {
  if (v < REF_BASE) return v;
  const a = v - REF_BASE;
  if ((I32[(a >> 2) + 1] & 0xff) === Layout.Float) return F[(a >> 3) + 1];
  return floatValue(F[(a >> 3) + 2]); // subclass instance: the float sits after the dict
}

// ---- the float type -----------------------------------------------------------------------
import { defineBuiltinType } from './typeobject';
import { fastConstructors } from './registry';
import { raise } from '../runtime/errors';
import { exc } from './exceptions';
import { None, NotImplemented, bool, hash as _hash, isInstance, index, asFloat, typeOf, typeName } from '../runtime/protocol';
import { isIntLike, intValue, newInt, compareIntFloat, IntType } from './int';
import { newStr, jsString, StrType } from './str';
import { newTuple } from './tuple';
import * as num from '../numeric';
import { wrapNum } from './int';
import { formatWithSpec } from '../runtime/format';
import { allocInstance } from './object';

/** The double of a float or int operand, or null (NotImplemented). */
function otherFloat(v: number): number | null {
  if (v < REF_BASE) return v;
  const t = I32[(v - REF_BASE) >> 2];
  if (t === floatTypeAddr) return F[((v - REF_BASE) >> 3) + 1];
  if (isIntLike(v)) {
    const x = intValue(v);
    if (typeof x === 'number') return x;
    const f = Number(x);
    if (!Number.isFinite(f)) raise(exc.OverflowError, 'int too large to convert to float');
    return f;
  }
  if (isInstance(v, FloatType)) return floatValue(v);
  return null;
}
function fbin(f: (a: number, b: number) => number) {
  return (s: number, o: number): number => { const b = otherFloat(o); return b === null ? NotImplemented : newFloat(f(floatValue(s), b)); };
}
function frev(f: (a: number, b: number) => number) {
  return (s: number, o: number): number => { const b = otherFloat(o); return b === null ? NotImplemented : newFloat(f(b, floatValue(s))); };
}
const fdiv = (a: number, b: number) => { if (b === 0) raise(exc.ZeroDivisionError, 'float division by zero'); return a / b; };
const ffloordiv = (a: number, b: number) => { if (b === 0) raise(exc.ZeroDivisionError, 'float floor division by zero'); return num.floatFloorDiv(a, b); };
const fmod = (a: number, b: number) => { if (b === 0) raise(exc.ZeroDivisionError, 'float modulo'); return num.floatMod(a, b); };
/** a ** b as a Python value: a float, or a complex for a negative base and fractional exponent. */
function powValue(a: number, b: number): number {
  if (a < 0 && Number.isFinite(b) && !Number.isInteger(b)) return powComplexHook(a, b);
  return newFloat(fpow(a, b));
}
function fpow(a: number, b: number): number {
  if (a === 0 && b < 0) raise(exc.ZeroDivisionError, '0.0 cannot be raised to a negative power');
  const r = num.floatPow(a, b);
  if (r === null) {
    if (a < 0 && !Number.isInteger(b)) return powComplexHook(a, b);
    raise(exc.OverflowError, 'Numerical result out of range');
  }
  return r;
}
let powComplexHook: (a: number, b: number) => number = () => raise(exc.ValueError, 'math domain error');
export function setPowComplexHook(f: (a: number, b: number) => number): void { powComplexHook = f; }

function fcmp(test: (c: number) => boolean) {
  return (s: number, o: number): number => {
    const x = floatValue(s);
    if (isIntLike(o)) {
      const c = compareIntFloat(intValue(o), x);
      return bool(Number.isNaN(c) ? test(NaN) : test(-c));
    }
    if (!isInstance(o, FloatType)) return NotImplemented;
    const y = floatValue(o);
    return bool(test(x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN));
  };
}

function floatNew(cls: number, x: number): number {
  let v = 0;
  if (x !== NULL) v = floatFromObjectHook(x);
  if (cls === FloatType) return newFloat(v);
  const obj = allocInstance(cls);
  F[((obj - REF_BASE) >> 3) + 2] = newFloat(v);
  return obj;
}
let floatFromObjectHook: (v: number) => number = (v) => asFloat(v);
export function setFloatFromObject(f: (v: number) => number): void { floatFromObjectHook = f; }

function floatRound(s: number, nd: number): number {
  const x = floatValue(s);
  if (nd === NULL || nd === None) {
    if (!Number.isFinite(x)) raise(exc[Number.isNaN(x) ? 'ValueError' : 'OverflowError'], Number.isNaN(x) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
    return newInt(wrapNum(() => num.roundFloatToInt(x)));
  }
  return newFloat(wrapNum(() => num.roundFloat(x, index(nd))));
}
const toInt = (s: number) => newInt(wrapNum(() => num.floatToInt(floatValue(s))));

export const floatHandle = defineBuiltinType({
  name: 'float', layout: Layout.Float, size: 16, setRef: (r) => setFloatType(r),
  doc: 'Convert a string or number to a floating point number, if possible.',
  methods: [
    { name: '__new__', sig: '__new__(cls, x=0, /)', fn: floatNew, kind: 'staticmethod' },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => newStr(num.floatRepr(floatValue(s))) },
    { name: '__hash__', sig: '__hash__(self, /)', fn: (s: number) => { const x = floatValue(s); return Number.isNaN(x) ? ((s - REF_BASE) / 8) | 0 : newInt(num.hashFloat(x)); } },
    { name: '__bool__', sig: '__bool__(self, /)', fn: (s: number) => bool(floatValue(s) !== 0) },
    { name: '__add__', sig: '__add__(self, value, /)', fn: fbin((a, b) => a + b) },
    { name: '__radd__', sig: '__radd__(self, value, /)', fn: frev((a, b) => a + b) },
    { name: '__sub__', sig: '__sub__(self, value, /)', fn: fbin((a, b) => a - b) },
    { name: '__rsub__', sig: '__rsub__(self, value, /)', fn: frev((a, b) => a - b) },
    { name: '__mul__', sig: '__mul__(self, value, /)', fn: fbin((a, b) => a * b) },
    { name: '__rmul__', sig: '__rmul__(self, value, /)', fn: frev((a, b) => a * b) },
    { name: '__truediv__', sig: '__truediv__(self, value, /)', fn: fbin(fdiv) },
    { name: '__rtruediv__', sig: '__rtruediv__(self, value, /)', fn: frev(fdiv) },
    { name: '__floordiv__', sig: '__floordiv__(self, value, /)', fn: fbin(ffloordiv) },
    { name: '__rfloordiv__', sig: '__rfloordiv__(self, value, /)', fn: frev(ffloordiv) },
    { name: '__mod__', sig: '__mod__(self, value, /)', fn: fbin(fmod) },
    { name: '__rmod__', sig: '__rmod__(self, value, /)', fn: frev(fmod) },
    { name: '__divmod__', sig: '__divmod__(self, value, /)', fn: (s: number, o: number) => { const b = otherFloat(o); if (b === null) return NotImplemented; const a = floatValue(s); if (b === 0) raise(exc.ZeroDivisionError, 'float divmod()'); return newTuple([newFloat(ffloordiv(a, b)), newFloat(fmod(a, b))]); } },
    { name: '__rdivmod__', sig: '__rdivmod__(self, value, /)', fn: (s: number, o: number) => { const b = otherFloat(o); if (b === null) return NotImplemented; const a = floatValue(s); if (a === 0) raise(exc.ZeroDivisionError, 'float divmod()'); return newTuple([newFloat(ffloordiv(b, a)), newFloat(fmod(b, a))]); } },
    { name: '__pow__', sig: '__pow__(self, value, mod=None, /)', fn: (s: number, o: number, m: number) => { if (m !== NULL && m !== None) raise(exc.TypeError, 'pow() 3rd argument not allowed unless all arguments are integers'); const b = otherFloat(o); return b === null ? NotImplemented : powValue(floatValue(s), b); } },
    { name: '__rpow__', sig: '__rpow__(self, value, mod=None, /)', fn: (s: number, o: number) => { const b = otherFloat(o); return b === null ? NotImplemented : powValue(b, floatValue(s)); } },
    { name: '__neg__', sig: '__neg__(self, /)', fn: (s: number) => newFloat(-floatValue(s)) },
    { name: '__pos__', sig: '__pos__(self, /)', fn: (s: number) => newFloat(floatValue(s)) },
    { name: '__abs__', sig: '__abs__(self, /)', fn: (s: number) => newFloat(Math.abs(floatValue(s))) },
    { name: '__int__', sig: '__int__(self, /)', fn: toInt },
    { name: '__trunc__', sig: '__trunc__(self, /)', fn: toInt },
    { name: '__floor__', sig: '__floor__(self, /)', fn: (s: number) => newInt(wrapNum(() => num.floatToInt(Math.floor(floatValue(s))))) },
    { name: '__ceil__', sig: '__ceil__(self, /)', fn: (s: number) => newInt(wrapNum(() => num.floatToInt(Math.ceil(floatValue(s))))) },
    { name: '__float__', sig: '__float__(self, /)', fn: (s: number) => typeOf(s) === FloatType ? s : newFloat(floatValue(s)) },
    { name: '__round__', sig: '__round__(self, ndigits=None, /)', fn: floatRound },
    { name: '__eq__', sig: '__eq__(self, value, /)', fn: fcmp((c) => c === 0) },
    { name: '__ne__', sig: '__ne__(self, value, /)', fn: fcmp((c) => !(c === 0)) },
    { name: '__lt__', sig: '__lt__(self, value, /)', fn: fcmp((c) => c < 0) },
    { name: '__le__', sig: '__le__(self, value, /)', fn: fcmp((c) => c <= 0) },
    { name: '__gt__', sig: '__gt__(self, value, /)', fn: fcmp((c) => c > 0) },
    { name: '__ge__', sig: '__ge__(self, value, /)', fn: fcmp((c) => c >= 0) },
    { name: '__format__', sig: '__format__(self, format_spec, /)', fn: (s: number, spec: number) => newStr(formatWithSpec(() => num.formatFloat(floatValue(s), jsString(spec)))) },
    { name: 'is_integer', sig: 'is_integer(self, /)', fn: (s: number) => bool(Number.isInteger(floatValue(s))) },
    { name: 'conjugate', sig: 'conjugate(self, /)', fn: (s: number) => newFloat(floatValue(s)) },
    { name: 'as_integer_ratio', sig: 'as_integer_ratio(self, /)', fn: (s: number) => { const [n, d] = wrapNum(() => num.floatAsIntegerRatio(floatValue(s))); return newTuple([newInt(n), newInt(d)]); } },
    { name: 'hex', sig: 'hex(self, /)', fn: (s: number) => newStr(num.floatHex(floatValue(s))) },
    { name: 'fromhex', sig: 'fromhex(cls, string, /)', fn: (cls: number, s: number) => { const v = newFloat(wrapNum(() => num.floatFromHex(jsString(s)))); return cls === FloatType ? v : constructHook(cls, v); }, kind: 'classmethod' },
    { name: '__getnewargs__', sig: '__getnewargs__(self, /)', fn: (s: number) => newTuple([newFloat(floatValue(s))]) },
  ],
  getsets: [
    { name: 'real', get: (s: number) => newFloat(floatValue(s)) },
    { name: 'imag', get: () => newFloat(0) },
  ],
});
let constructHook: (cls: number, v: number) => number = (_c, v) => v;
export function setFloatConstructHook(f: (cls: number, v: number) => number): void { constructHook = f; }

void _hash; void IntType; void StrType; void typeName;

fastConstructors[floatHandle.index] = (args: number[]) => args.length === 1 ? floatNew(FloatType, args[0]) : NULL;
