// exp, log, log2 and pow evaluated in double-double arithmetic (about 100
// bits) and rounded once, so that they are correctly rounded in practice, as the
// C library under CPython (glibc 2.28+) is. V8's Math.exp/log/pow are fdlibm ports
// that are off by one ulp in a few percent of cases, which shows up in printed
// floats. Techniques: Dekker's exact products, Knuth's two-sum, Cody-Waite
// reduction by ln 2, Taylor series with repeated squaring for exp, the atanh
// series for log.

import { decompose } from './decimal';
import { ratioToFloat } from './intMath';

const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;

// Result registers of the double-double primitives (no allocation on hot paths).
let H = 0;
let L = 0;

function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  L = a - (s - bb) + (b - bb);
  H = s;
}

function quickTwoSum(a: number, b: number): void {
  const s = a + b;
  L = b - (s - a);
  H = s;
}

function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = a * 134217729.0;
  const ah = t - (t - a);
  const al = a - ah;
  t = b * 134217729.0;
  const bh = t - (t - b);
  const bl = b - bh;
  L = ah * bh - p + ah * bl + al * bh + al * bl;
  H = p;
}

/** (ah, al) * (bh, bl) into H, L. */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const ph = H;
  const pl = L + (ah * bl + al * bh);
  quickTwoSum(ph, pl);
}

/** (ah, al) + (bh, bl) into H, L. */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const sh = H;
  const sl = L + al + bl;
  quickTwoSum(sh, sl);
}

/** (ah, al) / (bh, bl) into H, L. */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl);
  ddAdd(ah, al, -H, -L);
  const q2 = H / bh;
  quickTwoSum(q1, q2);
}

/** Taylor coefficients 1/7! .. 1/1! of expm1 as double-doubles (low parts where they matter). */
const EXP_COEFFS = [1 / 5040, 1 / 720, 1 / 120, 1 / 24, 1 / 6, 0.5, 1];
const EXP_COEFFS_LO = [0, 0, 1.1564823173178714e-19, 2.3129646346357427e-18, 9.25185853854297e-18, 0, 0];

/** exp(xh + xl) = 2**k * (H + L); returns k. |xh| below about 746. */
function expDD(xh: number, xl: number): number {
  const k = Math.round(xh / LN2_HI);
  // r = x - k ln2, exactly enough: k*LN2_HI is exact as a double-double.
  twoProd(k, LN2_HI);
  const ph = H;
  const pl = L;
  ddAdd(xh - ph, 0, -pl, xl - k * LN2_LO);
  // Scale by 2**-8 and sum the Taylor series of expm1.
  const rh = H * 0.00390625;
  const rl = L * 0.00390625;
  let th = 1 / 40320;
  let tl = 0;
  for (let i = 0; i < EXP_COEFFS.length; i++) {
    ddMul(th, tl, rh, rl);
    ddAdd(H, L, EXP_COEFFS[i], EXP_COEFFS_LO[i]);
    th = H;
    tl = L;
  }
  ddMul(th, tl, rh, rl); // e = expm1(r / 256)
  let eh = H;
  let el = L;
  for (let i = 0; i < 8; i++) {
    // expm1(2t) = e * (2 + e)
    ddAdd(2, 0, eh, el);
    ddMul(eh, el, H, L);
    eh = H;
    el = L;
  }
  ddAdd(1, 0, eh, el);
  return k;
}

/** Round (h + l) * 2**k to a double, correctly also in the subnormal range. */
function scaleRound(h: number, l: number, k: number): number {
  if (k > -1000 && k < 1000) {
    const r = h * 2 ** k;
    if (Math.abs(r) >= 2.2250738585072014e-308) return r;
  } else if (k >= 1000) {
    const r = h * 2 ** 1000 * 2 ** (k - 1000);
    return r;
  }
  // Subnormal or underflowing: round the exact value h + l once.
  const a = decompose(h);
  const b = decompose(l);
  if (a.mant === 0) return 0;
  const base = Math.min(a.exp, b.mant === 0 ? a.exp : b.exp);
  let num = (BigInt(a.mant) << BigInt(a.exp - base)) * (h < 0 ? -1n : 1n);
  if (b.mant !== 0) num += (BigInt(b.mant) << BigInt(b.exp - base)) * (l < 0 ? -1n : 1n);
  const neg = num < 0n;
  if (neg) num = -num;
  const e = base + k;
  const r = e >= 0 ? ratioToFloat(num << BigInt(e), 1n) : ratioToFloat(num, 1n << BigInt(-e));
  return neg ? -r : r;
}

/** exp(x), correctly rounded in practice. */
export function exp(x: number): number {
  if (x !== x) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.2) return 0;
  if (Math.abs(x) < 1e-300) return 1 + x;
  const k = expDD(x, 0);
  return scaleRound(H, L, k);
}

/** log(x) for finite x > 0 into H, L. */
function logDD(x: number): void {
  const { mant, exp: e0 } = decompose(x);
  // x = m * 2**k with m in [sqrt(1/2), sqrt(2)).
  const bits = mant < 4294967296 ? 32 - Math.clz32(mant) : 64 - Math.clz32(Math.floor(mant / 4294967296));
  let m = mant / 2 ** bits; // [0.5, 1)
  let k = e0 + bits;
  if (m < Math.SQRT1_2) {
    m *= 2;
    k -= 1;
  }
  // log(m) = 2 atanh(s), s = (m - 1) / (m + 1).
  twoSum(m, 1);
  ddDiv(m - 1, 0, H, L);
  const sh = H;
  const sl = L;
  ddMul(sh, sl, sh, sl);
  const zh = H;
  const zl = L;
  // T = 1 + z/3 + z^2/5 + ... (Horner from the top).
  let th = 0;
  let tl = 0;
  for (let n = 12; n >= 1; n--) {
    const c = 1 / (2 * n + 1);
    const cl = n === 1 ? 1.850371707708594e-17 : n === 2 ? -1.1102230246251566e-17 : n === 3 ? 7.93016446160826e-18 : n === 4 ? 6.1679056923619804e-18 : 0;
    ddAdd(th, tl, c, cl);
    ddMul(H, L, zh, zl);
    th = H;
    tl = L;
  }
  ddAdd(th, tl, 1, 0);
  ddMul(H, L, 2 * sh, 2 * sl);
  const lh = H;
  const ll = L;
  twoProd(k, LN2_HI);
  ddAdd(H, L + k * LN2_LO, lh, ll);
}

/** log(x) for a float, correctly rounded in practice (NaN/negative/zero rules are the caller's). */
export function log(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  if (x === 1) return 0;
  logDD(x);
  return H + L;
}

/** log2(x). */
export function log2(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log2(x);
  const { mant, exp: e } = decompose(x);
  if (mant === 1) return e; // exact powers of two
  logDD(x);
  ddDiv(H, L, LN2_HI, LN2_LO);
  return H + L;
}

/**
 * log10(x): V8's Math.log10 agrees with glibc's log10 (which is not correctly
 * rounded) more often than a correctly rounded log10 would, so it is used as is.
 */
export function log10(x: number): number {
  return Math.log10(x);
}

/**
 * x ** y for finite x > 0 and finite y (the special cases of C99 pow are the
 * caller's: see mathPow and floatPow). Infinity on overflow, 0 on underflow.
 */
export function powPositive(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === 0.5) return Math.sqrt(x);
  logDD(x);
  const lh = H;
  const ll = L;
  twoProd(y, lh);
  const ph = H;
  const pl = L + y * ll;
  if (ph > 709.8) return Infinity;
  if (ph < -745.3) return 0;
  const k = expDD(ph, pl);
  return scaleRound(H, L, k);
}

/** x ** y for finite x != 0 with integral y when x < 0 (sign from the parity of y). */
export function powFinite(x: number, y: number): number {
  if (x > 0) return powPositive(x, y);
  const r = powPositive(-x, y);
  const odd = Math.abs(y) % 2 === 1;
  return odd ? -r : r;
}
