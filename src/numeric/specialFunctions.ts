// math.erf/erfc/gamma/lgamma.
//
// erf and erfc: CPython 3.11 calls the C library's erf/erfc, which are accurate to
// well under one ulp. Here they are computed exactly enough to be correctly rounded:
// in 400-bit fixed point with BigInt, from the Maclaurin series for |x| < 7 and
// from the continued fraction erfc(x) = exp(-x*x)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))
// beyond, then rounded once to a double. That takes about 100 us, so a fast path in
// double-double arithmetic with a rounding test comes first (libm.erfFast/erfcFast) and
// answers nearly always.
//
// gamma and lgamma: CPython computes them itself with the Lanczos approximation
// (g = 6.024680040776729583740234375, N = 13, coefficients published with Boost's
// lanczos13m53), a reflection formula for negative arguments and exact factorials
// for small integers; the same method is followed so results agree to the ulp
// (up to the libm differences of exp/pow/log/sin underneath).

import { valueError, overflowError } from './errors';
import { decompose } from './decimal';
import { ratioToFloat } from './intMath';
import * as libm from './libm';

const domainError = () => valueError('math domain error');
const rangeError = () => overflowError('math range error');

// ------------------------------------------------------------------ fixed-point constants

const P = 400n;
const ONE = 1n << P;

/** atan(1/n) * 2**P by its Taylor series. */
function atanInv(n: bigint): bigint {
  let sum = 0n;
  let power = ONE / n; // 1/n**(2k+1)
  const n2 = n * n;
  for (let k = 0n; power !== 0n; k++) {
    const term = power / (2n * k + 1n);
    sum += k % 2n === 0n ? term : -term;
    power /= n2;
  }
  return sum;
}

/** atanh(1/n) * 2**P. */
function atanhInv(n: bigint): bigint {
  let sum = 0n;
  let power = ONE / n;
  const n2 = n * n;
  for (let k = 0n; power !== 0n; k++) {
    sum += power / (2n * k + 1n);
    power /= n2;
  }
  return sum;
}

function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((n.toString(2).length >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

let constants: { sqrtPi: bigint; ln2: bigint } | null = null;
function fixedConstants(): { sqrtPi: bigint; ln2: bigint } {
  if (constants === null) {
    const pi = 16n * atanInv(5n) - 4n * atanInv(239n); // Machin's formula
    constants = { sqrtPi: isqrtBig(pi << P), ln2: 2n * atanhInv(3n) };
  }
  return constants;
}

/** |x| as a P-bit fixed-point bigint (floored). */
function toFixed(x: number): bigint {
  const { mant, exp } = decompose(x);
  const shift = BigInt(exp) + P;
  return shift >= 0n ? BigInt(mant) << shift : BigInt(mant) >> -shift;
}

/** sum_n (-1)^n t^n / (n! (2n+1)) in fixed point, t = x*x (so erf(x) = 2x/sqrt(pi) * this). */
function erfSeries(t: bigint): bigint {
  let sum = ONE;
  let term = ONE;
  for (let n = 1n; ; n++) {
    term = (term * t) / (ONE * n);
    if (term === 0n) return sum;
    const q = term / (2n * n + 1n);
    sum += n % 2n === 0n ? q : -q;
  }
}

/** erfc(x) for x >= 7 by the continued fraction, correctly rounded. */
function erfcLarge(x: number): number {
  if (x > 30) return 0;
  const { sqrtPi, ln2 } = fixedConstants();
  const xf = toFixed(x);
  // Continued fraction from its tail: t = x + (k/2)/t.
  let t = xf;
  for (let k = 160n; k >= 1n; k--) t = xf + (k * ONE * ONE) / (2n * t);
  const f = (ONE * ONE) / t; // 1/t
  // exp(-x*x) = 2**-k * exp(-r), x*x = k ln2 + r.
  const x2 = (xf * xf) >> P;
  const k = x2 / ln2;
  const r = x2 - k * ln2;
  let e = ONE;
  let term = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * r) / (ONE * n);
    e += n % 2n === 0n ? term : -term;
  }
  return ratioToFloat(e * f, sqrtPi << (P + k));
}

/** math.erf(x) (correctly rounded). */
export function erf(x: number): number {
  if (x !== x || x === 0) return x;
  const ax = Math.abs(x);
  if (ax >= 6) return x > 0 ? 1.0 : -1.0;
  const fast = libm.erfFast(x);
  return fast === fast ? fast : erfSlow(x);
}

/** erf(x) by the exact path alone (0 < |x| < 6). */
export function erfSlow(x: number): number {
  const ax = Math.abs(x);
  const { sqrtPi } = fixedConstants();
  const xf = toFixed(ax);
  const s = erfSeries((xf * xf) >> P);
  // erf(x) = 2 * x * s / sqrt(pi), with x = mant * 2**exp exactly.
  const { mant, exp } = decompose(ax);
  const num = 2n * BigInt(mant) * s;
  const r = exp >= 0 ? ratioToFloat(num << BigInt(exp), sqrtPi) : ratioToFloat(num, sqrtPi << BigInt(-exp));
  return x < 0 ? -r : r;
}

/** math.erfc(x) (correctly rounded). */
export function erfc(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 0.0;
  if (x === -Infinity || x <= -6) return 2.0;
  const fast = libm.erfcFast(x);
  return fast === fast ? fast : erfcSlow(x);
}

/** erfc(x) by the exact path alone (-6 < x < inf). */
export function erfcSlow(x: number): number {
  if (x >= 7) return erfcLarge(x);
  const { sqrtPi } = fixedConstants();
  const ax = Math.abs(x);
  const xf = toFixed(ax);
  const s = erfSeries((xf * xf) >> P);
  const twoXS = 2n * xf * s; // 2**(2P) scale
  const base = sqrtPi << P;
  const num = x >= 0 ? base - twoXS : base + twoXS;
  return ratioToFloat(num, sqrtPi << P);
}

// ------------------------------------------------------------------ gamma, lgamma

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
/** Coefficients of x(x+1)...(x+11), lowest degree first. */
const LANCZOS_DEN = [0, 39916800, 120543840, 150917976, 105258076, 45995730, 13339535, 2637558, 357423, 32670, 1925, 66, 1];

/** The Lanczos rational function L(x) = sum num_i x^i / sum den_i x^i, x > 0. */
function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  const n = LANCZOS_NUM.length;
  if (x < 5.0) {
    // Horner in x, highest degree first.
    for (let i = n - 1; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    // Horner in 1/x (dividing numerator and denominator by x**12) to avoid overflow.
    for (let i = 0; i < n; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** sin(pi * x), exact at integers and half-integers. */
function sinPi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = Math.sin(Math.PI * y); break;
    case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
    case 2: r = Math.sin(Math.PI * (1.0 - y)); break;
    case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
    default: r = Math.sin(Math.PI * (y - 2.0)); break;
  }
  return (x < 0 ? -1.0 : 1.0) * r;
}

/** (n-1)! for n = 1..23, exact in doubles. */
const FACTORIALS: number[] = (() => {
  const t = [1];
  for (let i = 1; i < 23; i++) t.push(t[i - 1] * i);
  return t;
})();

/** math.gamma(x). */
export function gamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return x;
    throw domainError();
  }
  if (x === 0) throw domainError();
  if (x === Math.floor(x)) {
    if (x < 0) throw domainError();
    if (x <= 23) return FACTORIALS[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) throw rangeError();
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinPi(x);
    throw rangeError();
  }
  // y = absx + g - 1/2, with its rounding error z carried into a correction.
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0.0) {
    r = ((-Math.PI / sinPi(absx) / absx) * libm.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= libm.powPositive(y, absx - 0.5);
    else {
      const sqrtpow = libm.powPositive(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libm.exp(y);
    r += z * r;
    if (absx < 140.0) r *= libm.powPositive(y, absx - 0.5);
    else {
      const sqrtpow = libm.powPositive(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}

const LOG_PI = 1.144729885849400174143427351353058711647;

/** math.lgamma(x). */
export function lgamma(x: number): number {
  if (!Number.isFinite(x)) return x !== x ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) throw domainError();
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -libm.log(absx);
  let r = libm.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libm.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOG_PI - libm.log(Math.abs(sinPi(absx))) - libm.log(absx) - r;
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}
