/**
 * The math module (CPython's Modules/mathmodule.c behaviour): every function and constant,
 * with CPython's error rules ("math domain error", "math range error") and TypeError texts.
 * The numerical work is in src/numeric (mathFunctions, intMath, specialFunctions, libm),
 * so results match CPython bit for bit where C's libm is correctly rounded.
 *
 * Arguments: float-taking functions convert with asFloat (float, int, __float__, __index__);
 * int-taking ones with index (__index__). Functions that may run Python code while walking an
 * iterable (fsum, prod) keep the iterator and the running value rooted.
 */
import { NULL, REF_BASE, F as HF } from '../heap/memory';
import { defineNative, NativeSpec } from '../runtime/natives';
import { newBuiltinFunction, typeLookup } from '../objects/typeobject';
import { moduleDict } from '../objects/module';
import { intern, newStr } from '../objects/str';
import { dictSetItem } from '../objects/dict';
import { newTuple } from '../objects/tuple';
import { newInt, wrapNum, numError, IntVal, isIntLike, intValue } from '../objects/int';
import { newFloat, FloatType, floatValue } from '../objects/float';
import { raise } from '../runtime/errors';
import { specialize } from '../runtime/specialize';
import { exc } from '../objects/exceptions';
import * as P from '../runtime/protocol';
import { N } from '../runtime/names';
import { getIter, iterNext, iterableToRootedArray } from '../runtime/iteration';
import { mul } from '../runtime/operators';
import { registerNativeModule } from '../runtime/nativeModules';
import { rootMark, pushRoot, rootRelease } from '../threads/threadState';
import * as num from '../numeric';

const functions: { name: string; spec: NativeSpec }[] = [];
function fn(signature: string, f: (...a: any[]) => number, doc: string | null = null): void {
  const name = signature.slice(0, signature.indexOf('('));
  functions.push({ name, spec: defineNative(`math.${name}`, signature, f, doc) });
}

const F = (x: number) => newFloat(x);
const real = (v: number) => P.asFloat(v);

/** A one-argument float function (math_1): errors come from the numeric library. */
function float1(name: string, f: (x: number) => number, doc: string): void {
  // Specialized (runtime/specialize.ts): each function's wrapper calls only its own `f`.
  fn(`${name}(x, /)`, specialize((f: (x: number) => number, real: (x: number) => number, numError: (e: unknown) => unknown, box: (v: number) => number, RB: number) =>
    (x: number) => {
      const v = x < RB ? x : real(x); // a float immediate or int needs no conversion
      let r: number;
      try { r = f(v); } catch (e) { throw numError(e); }
      return box(r);
    }, f, real, numError, F, REF_BASE), doc);
}

// ---- constants and one-argument functions -------------------------------------------------
float1('sqrt', num.mathSqrt, 'Return the square root of x.');
float1('exp', num.mathExp, 'Return e raised to the power of x.');
float1('exp2', num.mathExp2, 'Return 2 raised to the power of x.');
float1('expm1', num.mathExpm1, 'Return exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x.');
float1('cbrt', num.mathCbrt, 'Return the cube root of x.');
float1('sin', num.mathSin, 'Return the sine of x (measured in radians).');
float1('cos', num.mathCos, 'Return the cosine of x (measured in radians).');
float1('tan', num.mathTan, 'Return the tangent of x (measured in radians).');
float1('asin', num.mathAsin, 'Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.');
float1('acos', num.mathAcos, 'Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi.');
float1('atan', num.mathAtan, 'Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.');
float1('sinh', num.mathSinh, 'Return the hyperbolic sine of x.');
float1('cosh', num.mathCosh, 'Return the hyperbolic cosine of x.');
float1('tanh', num.mathTanh, 'Return the hyperbolic tangent of x.');
float1('asinh', num.mathAsinh, 'Return the inverse hyperbolic sine of x.');
float1('acosh', num.mathAcosh, 'Return the inverse hyperbolic cosine of x.');
float1('atanh', num.mathAtanh, 'Return the inverse hyperbolic tangent of x.');
float1('log1p', num.mathLog1p, 'Return the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero.');
float1('erf', num.erf, 'Error function at x.');
float1('erfc', num.erfc, 'Complementary error function at x.');
float1('gamma', num.gamma, 'Gamma function at x.');
float1('lgamma', num.lgamma, 'Natural logarithm of absolute value of Gamma function at x.');
float1('fabs', Math.abs, 'Return the absolute value of the float x.');
float1('degrees', num.degrees, 'Convert angle x from radians to degrees.');
float1('radians', num.radians, 'Convert angle x from degrees to radians.');
float1('ulp', num.ulp, 'Return the value of the least significant bit of the float x.');

fn('isfinite(x, /)', (x: number) => P.bool(Number.isFinite(real(x))), 'Return True if x is neither an infinity nor a NaN, and False otherwise.');
fn('isinf(x, /)', (x: number) => { const v = real(x); return P.bool(v === Infinity || v === -Infinity); }, 'Return True if x is a positive or negative infinity, and False otherwise.');
fn('isnan(x, /)', (x: number) => { const v = real(x); return P.bool(v !== v); }, 'Return True if x is a NaN (not a number), and False otherwise.');

// ---- logarithms: ints of any size ---------------------------------------------------------
/** The argument of a log: an int (possibly huge) stays exact, anything else becomes a float. */
function logArg(v: number): number | bigint {
  if (isIntLike(v)) { const i = intValue(v); return typeof i === 'bigint' ? i : i; }
  return real(v);
}
fn('log(*args)', (args: number[]) => {
  // math.log parses its arguments itself (PyArg_UnpackTuple is not used): its own message.
  if (args.length < 1 || args.length > 2) raise(exc.TypeError, 'math.log requires 1 to 2 arguments');
  const x = args[0], base = args.length > 1 ? args[1] : NULL;
  const a = x < REF_BASE && !Number.isInteger(x) ? x : logArg(x);
  const b = base === NULL ? undefined : logArg(base);
  let r: number;
  try { r = b === undefined ? num.mathLog(a) : num.mathLog(a, b); } catch (e) { throw numError(e); }
  return F(r);
}, 'log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of x.');
fn('log2(x, /)', (x: number) => { const a = logArg(x); return F(wrapNum(() => num.mathLog2(a))); }, 'Return the base 2 logarithm of x.');
fn('log10(x, /)', (x: number) => { const a = logArg(x); return F(wrapNum(() => num.mathLog10(a))); }, 'Return the base 10 logarithm of x.');

// ---- two-argument float functions ---------------------------------------------------------
fn('pow(x, y, /)', (x: number, y: number) => { const a = real(x), b = real(y); return F(wrapNum(() => num.mathPow(a, b))); }, 'Return x**y (x to the power of y).');
fn('atan2(y, x, /)', (y: number, x: number) => { const a = real(y), b = real(x); return F(num.mathAtan2(a, b)); }, 'Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered.');
fn('copysign(x, y, /)', (x: number, y: number) => { const a = real(x), b = real(y); return F(num.copysign(a, b)); }, 'Return a float with the magnitude (absolute value) of x but the sign of y.\n\nOn platforms that support signed zeros, copysign(1.0, -0.0)\nreturns -1.0.\n');
fn('fmod(x, y, /)', (x: number, y: number) => { const a = real(x), b = real(y); return F(wrapNum(() => num.fmod(a, b))); }, 'Return fmod(x, y), according to platform C.\n\nx % y may differ.');
fn('remainder(x, y, /)', (x: number, y: number) => { const a = real(x), b = real(y); return F(wrapNum(() => remainder(a, b))); }, 'Difference between x and the closest integer multiple of y.\n\nReturn x - n*y where n*y is the closest integer multiple of y.\nIn the case where x is exactly halfway between two multiples of\ny, the nearest even value of n is used. The result is always exact.');
fn('nextafter(x, y, /)', (x: number, y: number) => { const a = real(x), b = real(y); return F(num.nextafter(a, b)); }, 'Return the next floating-point value after x towards y.');
fn('ldexp(x, i, /)', (x: number, i: number) => {
  const a = real(x);
  if (!isIntLike(i)) raise(exc.TypeError, 'Expected an int as second argument to ldexp.');
  const e = intValue(i);
  return F(wrapNum(() => num.ldexp(a, e)));
}, 'Return x * (2**i).\n\nThis is essentially the inverse of frexp().');
fn('frexp(x, /)', (x: number) => { const [m, e] = num.frexp(real(x)); return newTuple([F(m), e]); }, 'Return the mantissa and exponent of x, as pair (m, e).\n\nm is a float and e is an int, such that x = m * 2.**e.\nIf x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0.');
fn('modf(x, /)', (x: number) => { const [f, i] = num.modf(real(x)); const a = F(f); return newTuple([a, F(i)]); }, 'Return the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats.');

/** IEEE 754 remainder (C99 remainder): x - n*y with n the nearest integer, ties to even. */
function remainder(x: number, y: number): number {
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity || y === 0) throw num.valueError('math domain error');
  if (y === Infinity || y === -Infinity) return x;
  const ax = Math.abs(x), ay = Math.abs(y);
  const m = num.fmod(ax, ay);
  const c = ay - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else r = m - 2.0 * num.fmod(0.5 * (ax - m), ay); // half-way: pick the even multiple
  return num.copysign(1.0, x) * r;
}

fn('isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)', (a: number, b: number, rel: number, abs: number) => {
  const x = real(a), y = real(b);
  const rt = rel === NULL ? 1e-9 : real(rel);
  const at = abs === NULL ? 0.0 : real(abs);
  return P.bool(wrapNum(() => num.isclose(x, y, rt, at)));
}, 'Determine whether two floating point numbers are close in value.');

// ---- rounding to int ----------------------------------------------------------------------
function roundWith(x: number, dunder: number, f: (v: number) => number): number {
  if (P.typeOf(x) === FloatType) return newInt(wrapNum(() => num.floatToInt(f(floatValue(x)))));
  if (isIntLike(x)) return newInt(intValue(x));
  const m = typeLookup(P.typeOf(x), dunder);
  if (m !== NULL) return P.callDescr(m, x, []);
  const v = real(x);
  return newInt(wrapNum(() => num.floatToInt(f(v))));
}
fn('floor(x, /)', (x: number) => roundWith(x, N.__floor__, Math.floor), 'Return the floor of x as an Integral.\n\nThis is the largest integer <= x.');
fn('ceil(x, /)', (x: number) => roundWith(x, N.__ceil__, Math.ceil), 'Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x.');
fn('trunc(x, /)', (x: number) => {
  if (P.typeOf(x) === FloatType) return newInt(wrapNum(() => num.floatToInt(floatValue(x))));
  if (isIntLike(x)) return newInt(intValue(x));
  const m = typeLookup(P.typeOf(x), N.__trunc__);
  if (m === NULL) raise(exc.TypeError, `type ${P.typeName(x)} doesn't define __trunc__ method`);
  return P.callDescr(m, x, []);
}, 'Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method.');

// ---- integer functions --------------------------------------------------------------------
fn('factorial(n, /)', (n: number) => { const v = P.index(n); return newInt(wrapNum(() => num.factorial(v))); }, 'Find n!.\n\nRaise a ValueError if x is negative or non-integral.');
fn('isqrt(n, /)', (n: number) => { const v = P.index(n); return newInt(wrapNum(() => num.isqrt(v))); }, 'Return the integer part of the square root of the input.');
fn('gcd(*integers)', (args: number[]) => {
  let g: IntVal = 0;
  for (const a of args) { const v = P.index(a); g = num.gcd(g, v); }
  return newInt(g);
}, 'Greatest Common Divisor.');
fn('lcm(*integers)', (args: number[]) => {
  let l: IntVal = 1;
  const vals = args.map((a) => P.index(a));
  if (vals.length === 0) return 1;
  for (const v of vals) l = num.lcm(l, v);
  return newInt(l);
}, 'Least Common Multiple.');
fn('comb(n, k, /)', (n: number, k: number) => { const a = P.index(n), b = P.index(k); return newInt(wrapNum(() => num.comb(a, b))); }, 'Number of ways to choose k items from n items without repetition and without order.');
fn('perm(n, k=None, /)', (n: number, k: number) => {
  const a = P.index(n);
  if (k === NULL || k === P.None) { if (num.intSign(a) < 0) raise(exc.ValueError, 'n must be a non-negative integer'); return newInt(wrapNum(() => num.factorial(a))); }
  const b = P.index(k);
  return newInt(wrapNum(() => num.perm(a, b)));
}, 'Number of ways to choose k items from n items without repetition and with order.');

// ---- sums, products, norms ----------------------------------------------------------------
fn('fsum(seq, /)', (seq: number) => {
  const mark = rootMark();
  try {
    pushRoot(seq);
    const it = getIter(seq);
    pushRoot(it);
    const xs: number[] = [];
    for (;;) {
      const v = iterNext(it);
      if (v === NULL) break;
      const m2 = rootMark();
      pushRoot(v);
      xs.push(real(v));
      rootRelease(m2);
    }
    return F(wrapNum(() => num.fsum(xs)));
  } finally { rootRelease(mark); }
}, 'Return an accurate floating point sum of values in the iterable seq.\n\nAssumes IEEE-754 floating point arithmetic.');
fn('prod(iterable, /, *, start=1)', (iterable: number, start: number) => {
  const mark = rootMark();
  try {
    pushRoot(iterable);
    const it = getIter(iterable);
    pushRoot(it);
    const accSlot = pushRoot(start === NULL ? 1 : start);
    let acc = start === NULL ? 1 : start;
    for (;;) {
      const v = iterNext(it);
      if (v === NULL) return acc;
      const m2 = rootMark();
      pushRoot(v);
      acc = mul(acc, v);
      rootRelease(m2);
      setRootSlot(accSlot, acc);
    }
  } finally { rootRelease(mark); }
}, 'Calculate the product of all the elements in the input iterable.\n\nThe default start value for the product is 1.');
fn('hypot(*coordinates)', (args: number[]) => F(args.length === 2 ? num.hypot2(real(args[0]), real(args[1])) : num.hypot(args.map(real))), 'hypot(*coordinates) -> value\n\nMultidimensional Euclidean distance from the origin to a point.');
fn('dist(p, q, /)', (p: number, q: number) => {
  const mark = rootMark();
  try {
    pushRoot(p); pushRoot(q);
    // real() may run __float__: the items are rooted meanwhile.
    const a = iterableToRootedArray(p).map(real);
    const b = iterableToRootedArray(q).map(real);
    if (a.length !== b.length) raise(exc.ValueError, 'both points must have the same number of dimensions');
    return F(num.dist(a, b));
  } finally { rootRelease(mark); }
}, 'Return the Euclidean distance between two points p and q.');

/** Overwrite a shadow-stack slot returned by pushRoot (the running value of a reduction). */
function setRootSlot(slot: number, v: number): void { HF[slot] = v; }

registerNativeModule('math', (m) => {
  const d = moduleDict(m);
  for (const { name, spec } of functions) dictSetItem(d, intern(name), newBuiltinFunction(spec, m));
  dictSetItem(d, intern('pi'), F(Math.PI));
  dictSetItem(d, intern('e'), F(Math.E));
  dictSetItem(d, intern('tau'), F(2 * Math.PI));
  dictSetItem(d, intern('inf'), F(Infinity));
  dictSetItem(d, intern('nan'), F(NaN));
  dictSetItem(d, N.__doc__, newStr('This module provides access to the mathematical functions\ndefined by the C standard.'));
});
