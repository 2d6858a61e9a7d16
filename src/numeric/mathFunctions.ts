// The parts of Python's math module that JS's Math lacks or gets differently
// (CPython's Modules/mathmodule.c behaviour): error rules ("math domain error",
// "math range error"), exact fsum, isclose, logs of huge ints, frexp/ldexp, fmod,
// modf, copysign, hypot/dist (vector_norm), nextafter, ulp, erf/erfc, gamma/lgamma.

import { valueError, overflowError, zeroDivisionError } from './errors';
import { bigBitLength } from './ints';
import { ratioToFloat } from './intMath';
import { decompose } from './decimal';
import * as libm from './libm';

const domainError = () => valueError('math domain error');
const rangeError = () => overflowError('math range error');

const isFinite = Number.isFinite;

/**
 * Apply a one-argument libm function with CPython's math_1 error rules: a NaN
 * result from a non-NaN argument is a domain error; an infinite result from a
 * finite argument is a range error when the function can overflow, else a domain error.
 */
export function math1(f: (x: number) => number, x: number, canOverflow: boolean): number {
  const r = f(x);
  if (r !== r && x === x) throw domainError();
  if ((r === Infinity || r === -Infinity) && isFinite(x)) throw canOverflow ? rangeError() : domainError();
  return r;
}

/** The one-argument math functions that map directly onto JS Math, with CPython's errors. */
export const mathSqrt = (x: number) => math1(Math.sqrt, x, false);
export const mathExp = (x: number) => math1(libm.exp, x, true);
export const mathExp2 = (x: number) => math1((v) => (isFinite(v) ? libm.exp2(v) : 2 ** v), x, true);
export const mathExpm1 = (x: number) => math1(Math.expm1, x, true);
export const mathCbrt = (x: number) => cbrt(x);

/** Exact value of a finite double as [bigint mantissa (signed), binary exponent]. */
function exact(x: number): [bigint, number] {
  const { mant, exp } = decompose(x);
  return [x < 0 ? -BigInt(mant) : BigInt(mant), exp];
}

/** |c**3 - x| compared exactly: negative when c1 is the closer cube root candidate. */
function cubeErrorCmp(c1: number, c2: number, x: number): number {
  const terms = [c1, c2].map((c) => {
    const [m, e] = exact(c);
    return [m * m * m, 3 * e] as [bigint, number];
  });
  const [xm, xe] = exact(x);
  const base = Math.min(terms[0][1], terms[1][1], xe);
  const at = (m: bigint, e: number) => m << BigInt(e - base);
  const X = at(xm, xe);
  const d1 = at(terms[0][0], terms[0][1]) - X;
  const d2 = at(terms[1][0], terms[1][1]) - X;
  const a1 = d1 < 0n ? -d1 : d1;
  const a2 = d2 < 0n ? -d2 : d2;
  return a1 < a2 ? -1 : a1 > a2 ? 1 : 0;
}

/**
 * math.cbrt(x), correctly rounded (Math.cbrt's answer checked against its neighbours
 * exactly). glibc's cbrt is only accurate to a few ulps, so results may differ from
 * CPython's in the last bits.
 */
export function cbrt(x: number): number {
  let y = Math.cbrt(x);
  if (x === 0 || !isFinite(x) || y === 0) return y;
  const d = cbrtStep(x, y);
  if (Math.abs(d) < 0.4999) return y;
  if (Math.abs(d) > 0.5001 && Math.abs(d) < 1.4999) {
    const y2 = d > 0 ? y + cbrtUlp[0] : y - cbrtUlp[0];
    if (Math.abs(cbrtStep(x, y2)) < 0.4999) return y2;
  }
  for (const dir of [Infinity, -Infinity]) {
    for (;;) {
      const n = nextafter(y, dir);
      if (n === 0 || !isFinite(n) || cubeErrorCmp(n, y, x) >= 0) break;
      y = n;
    }
  }
  return y;
}
/**
 * The Newton step d = (x - y**3) / (3 y**2) in units of ulp(y), y**3 as a double-double
 * (relative error 2**-104): y is the double whose cube is nearest x when |d| < 0.4999 (the
 * cube-nearest and the nearest cube root agree except within about 2**-52 ulp of a
 * half-way point), and y + ulp(y) * sign(d) is when 0.5001 < |d| < 1.4999. NaN when unsure:
 * for powers of two (the ulp below is smaller) and near the ends of the range.
 */
function cbrtStep(x: number, y: number): number {
  const ax = Math.abs(x);
  if (!(ax > 1e-270 && ax < 1e300)) return NaN;
  // y*y = p1 + p2 exactly; (p1 + p2) * y = c1 + c2 (c1 * y exactly, p2 * y rounded).
  let t = y * 134217729.0;
  const yh = t - (t - y);
  const yl = y - yh;
  const p1 = y * y;
  const p2 = yh * yh - p1 + 2 * yh * yl + yl * yl;
  t = p1 * 134217729.0;
  const ph = t - (t - p1);
  const pl = p1 - ph;
  const c1 = p1 * y;
  const c2 = ph * yh - c1 + ph * yl + pl * yh + pl * yl + p2 * y;
  const e = x - c1 - c2; // x - c1 is exact (Sterbenz)
  expBuf[0] = y;
  const hi = expU32[HIGH];
  if ((hi & 0xfffff) === 0 && expU32[1 - HIGH] === 0) return NaN; // a power of two
  // ulp(y) = 2**(E - 1075) for the biased exponent E (y is normal here, E > 700).
  expU32[HIGH] = (((hi >>> 20) & 0x7ff) - 52) << 20;
  expU32[1 - HIGH] = 0;
  const ulp = expBuf[0];
  cbrtUlp[0] = ulp;
  return e / (3 * p1) / ulp;
}
const cbrtUlp = new Float64Array(1);

export const mathSin = (x: number) => math1(Math.sin, x, false);
export const mathCos = (x: number) => math1(Math.cos, x, false);
export const mathTan = (x: number) => math1(Math.tan, x, false);
export const mathAsin = (x: number) => math1(Math.asin, x, false);
export const mathAcos = (x: number) => math1(Math.acos, x, false);
export const mathAtan = (x: number) => math1(Math.atan, x, false);
export const mathSinh = (x: number) => math1(Math.sinh, x, true);
export const mathCosh = (x: number) => math1(Math.cosh, x, true);
export const mathTanh = (x: number) => math1(Math.tanh, x, false);
export const mathAsinh = (x: number) => math1(Math.asinh, x, false);
export const mathAcosh = (x: number) => math1(Math.acosh, x, false);
export const mathAtanh = (x: number) => {
  if (x === 1 || x === -1) throw domainError();
  return math1(Math.atanh, x, false);
};
/** math.atan2(y, x). */
export const mathAtan2 = (y: number, x: number) => Math.atan2(y, x);

function logOf(f: (x: number) => number, x: number | bigint): number {
  if (typeof x === 'bigint') {
    if (x <= 0n) throw domainError();
    const d = Number(x);
    if (d !== Infinity) return f(d);
    // Too large for a double: x = m * 2**e with m in [0.5, 1).
    const e = bigBitLength(x);
    const m = ratioToFloat(x, 1n << BigInt(e));
    return f(m) + f(2.0) * e;
  }
  if (x !== x) return x;
  if (x <= 0) throw domainError();
  return f(x);
}

/** math.log(x[, base]) where ints may be bigints (loghelper: huge ints via frexp). */
export function mathLog(x: number | bigint, base?: number | bigint): number {
  const num = logOf(libm.log, x);
  if (base === undefined) return num;
  const den = logOf(libm.log, base);
  if (den === 0) throw zeroDivisionError('float division by zero');
  return num / den;
}

/** math.log2(x). */
export const mathLog2 = (x: number | bigint) => logOf(libm.log2, x);
/** math.log10(x). */
export const mathLog10 = (x: number | bigint) => logOf(libm.log10, x);
/** math.log1p(x). */
export function mathLog1p(x: number): number {
  if (x <= -1) throw domainError();
  return Math.log1p(x);
}

/** math.fsum(values): exactly rounded sum (Shewchuk's partials, with the half-way correction). */
export function fsum(values: Iterable<number>): number {
  const partials: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (let x of values) {
    const xsave = x;
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0) {
      if (!isFinite(x)) {
        // A nonfinite x could arise from a finite xsave only by overflow.
        if (isFinite(xsave)) throw overflowError('intermediate overflow in fsum');
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        partials.length = 0;
      } else partials.push(x);
    }
  }
  if (specialSum !== 0) {
    if (infSum !== infSum) throw valueError('-inf + inf in fsum');
    return specialSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    // Sum from the top, stopping at the first inexact addition.
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // Half-way case: if the rest of the partials push lo's direction, round that way.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/** math.isclose(a, b, rel_tol, abs_tol). */
export function isclose(a: number, b: number, relTol = 1e-9, absTol = 0.0): boolean {
  if (relTol < 0 || absTol < 0) throw valueError('tolerances must be non-negative');
  if (a === b) return true;
  if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

/** math.frexp(x): [m, e] with x = m * 2**e, 0.5 <= |m| < 1 (x itself for 0, inf, nan). */
export function frexp(x: number): [number, number] {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return [x, 0];
  const { mant, exp } = decompose(x);
  // mant is odd, below 2**53: bring it into [0.5, 1).
  const bits = mant < 4294967296 ? 32 - Math.clz32(mant) : 64 - Math.clz32(Math.floor(mant / 4294967296));
  const m = mant / 2 ** bits;
  return [x < 0 ? -m : m, exp + bits];
}

/** math.ldexp(x, i): x * 2**i, correctly rounded, OverflowError on overflow. */
export function ldexp(x: number, i: number | bigint): number {
  if (x === 0 || !isFinite(x)) return x;
  let k = typeof i === 'bigint' ? (i > 100000n ? 100000 : i < -100000n ? -100000 : Number(i)) : i;
  if (k > 100000) k = 100000;
  if (k < -100000) k = -100000;
  const { mant, exp } = decompose(x);
  const e = exp + k;
  const bits = frexp(mant)[1];
  let r: number;
  if (e + bits > 1024) throw rangeError();
  if (e >= -1074) r = mant * 2 ** e;
  else r = ratioToFloat(BigInt(mant), 1n << BigInt(-e));
  if (r === Infinity) throw rangeError();
  return x < 0 ? -r : r;
}

/** math.modf(x): [fractional part, integer part], both with the sign of x. */
export function modf(x: number): [number, number] {
  if (x === Infinity || x === -Infinity) return [x < 0 ? -0.0 : 0.0, x];
  if (x !== x) return [x, x];
  const i = Math.trunc(x);
  const f = x - i;
  return [copysign(f, x), copysign(i, x)];
}

/** math.fmod(x, y): C fmod with CPython's domain errors. */
export function fmod(x: number, y: number): number {
  if ((y === Infinity || y === -Infinity) && isFinite(x)) return x;
  const r = x % y;
  if (r !== r && x === x && y === y) throw domainError();
  return r;
}

const signBuf = new Float64Array(1);
const signU32 = new Uint32Array(signBuf.buffer);

/** The sign bit of x (true for -0.0 and negative NaNs). */
export function signBit(x: number): boolean {
  signBuf[0] = x;
  return signU32[1] >>> 31 === 1;
}

/** math.copysign(x, y). */
export function copysign(x: number, y: number): number {
  const ax = Math.abs(x);
  return signBit(y) ? -ax : ax;
}

/**
 * Euclidean norm of |coordinates| already made non-negative (CPython's vector_norm):
 * power-of-two scaling, exact squares (Dekker's mul12, inline), compensated sum, one
 * differential correction. vec[0..n) is read only.
 */
function vectorNorm(vec: ArrayLike<number>, n: number, max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const maxE = frexpExponent(max);
  if (maxE < -1023) {
    // Subnormal coordinates: scale losslessly into the normal range first.
    const DBL_MIN = 2.2250738585072014e-308;
    const scaled = new Float64Array(n);
    for (let i = 0; i < n; i++) scaled[i] = vec[i] / DBL_MIN;
    return DBL_MIN * vectorNorm(scaled, n, max / DBL_MIN, foundNan);
  }
  const scale = maxE <= 1022 ? pow2(-maxE) : 2 ** -maxE;
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  for (let i = 0; i < n; i++) {
    const x = vec[i] * scale;
    // x*x = ph + pl exactly (Dekker: 26-bit halves, Veltkamp constant 2**27 + 1).
    const t = x * 134217729.0;
    const xh = t - (t - x);
    const xl = x - xh;
    const p = xh * xh;
    const q = xh * xl + xl * xh;
    const ph = p + q;
    const pl = p - ph + q + xl * xl;
    const s = csum + ph;
    frac2 += csum - s + ph;
    csum = s;
    frac1 += pl;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  // -h*h = ph + pl exactly.
  const t = -h * 134217729.0;
  const ah = t - (t - -h);
  const al = -h - ah;
  const u = h * 134217729.0;
  const bh = u - (u - h);
  const bl = h - bh;
  const p = ah * bh;
  const q = ah * bl + al * bh;
  const ph = p + q;
  const pl = p - ph + q + al * bl;
  const s = csum + ph;
  frac2 += csum - s + ph;
  csum = s;
  frac1 += pl;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

const expBuf = new Float64Array(1);
const expU32 = new Uint32Array(expBuf.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** 2**k for -1022 <= k <= 1023, from the bits. */
function pow2(k: number): number {
  expU32[HIGH] = (k + 1023) << 20;
  expU32[1 - HIGH] = 0;
  return expBuf[0];
}

/** The exponent of frexp(x) for finite x > 0: x = m * 2**e with 0.5 <= m < 1. */
function frexpExponent(x: number): number {
  expBuf[0] = x;
  const b = (expU32[HIGH] >>> 20) & 0x7ff;
  if (b !== 0) return b - 1022;
  expBuf[0] = x * 18014398509481984; // subnormal: times 2**54
  return ((expU32[HIGH] >>> 20) & 0x7ff) - 1076;
}

let normScratch = new Float64Array(16);
function scratch(n: number): Float64Array {
  if (normScratch.length < n) normScratch = new Float64Array(Math.max(n, 2 * normScratch.length));
  return normScratch;
}

/** math.hypot(*coordinates). */
export function hypot(coords: ArrayLike<number>): number {
  const n = coords.length;
  const abs = scratch(n);
  let max = 0;
  let foundNan = false;
  for (let i = 0; i < n; i++) {
    const a = Math.abs(coords[i]);
    abs[i] = a;
    if (a !== a) foundNan = true;
    else if (a > max) max = a;
  }
  return vectorNorm(abs, n, max, foundNan);
}

/** math.hypot(x, y). */
export function hypot2(x: number, y: number): number {
  const abs = scratch(2);
  const a = Math.abs(x);
  const b = Math.abs(y);
  abs[0] = a;
  abs[1] = b;
  if (a !== a || b !== b) return vectorNorm(abs, 2, a === Infinity || b === Infinity ? Infinity : 0, true);
  return vectorNorm(abs, 2, a > b ? a : b, false);
}

/** math.dist(p, q). */
export function dist(p: ArrayLike<number>, q: ArrayLike<number>): number {
  if (p.length !== q.length) throw valueError('both points must have the same dimension');
  const n = p.length;
  const diffs = scratch(n);
  let max = 0;
  let foundNan = false;
  for (let i = 0; i < n; i++) {
    const a = Math.abs(p[i] - q[i]);
    diffs[i] = a;
    if (a !== a) foundNan = true;
    else if (a > max) max = a;
  }
  return vectorNorm(diffs, n, max, foundNan);
}

/** math.degrees(x). */
export const degrees = (x: number) => x * (180.0 / Math.PI);
/** math.radians(x). */
export const radians = (x: number) => x * (Math.PI / 180.0);

const nbuf = new Float64Array(1);
const nbig = new BigInt64Array(nbuf.buffer);

/** math.nextafter(x, y). */
export function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  nbuf[0] = x;
  nbig[0] += (y > x) === (x > 0) ? 1n : -1n;
  return nbuf[0];
}

/** math.ulp(x). */
export function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) return x - nextafter(x, -Infinity);
  return x2 - x;
}

/** math.pow(x, y) (C99 pow special cases, CPython's errors). */
export function mathPow(x: number, y: number): number {
  if (x !== x) return y === 0 ? 1.0 : x;
  if (y !== y) return x === 1.0 ? 1.0 : y;
  if (!isFinite(x) || !isFinite(y)) {
    if (y === Infinity || y === -Infinity) {
      const ax = Math.abs(x);
      if (ax === 1.0) return 1.0;
      return (y > 0) === ax > 1.0 ? Infinity : 0.0;
    }
    // x infinite, y finite
    const odd = Number.isInteger(y) && Math.abs(y) % 2 === 1;
    if (y > 0) return odd ? x : Infinity;
    if (y === 0) return 1.0;
    return odd ? copysign(0.0, x) : 0.0;
  }
  if (x === 0 && y < 0) throw domainError();
  if (x < 0 && !Number.isInteger(y)) throw domainError();
  const r = x === 0 ? x ** y : libm.powFinite(x, y);
  if (!isFinite(r)) throw rangeError();
  return r;
}
