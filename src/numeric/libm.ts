// exp, exp2, log, log2 and pow, correctly rounded in practice, as the C library under
// CPython (glibc 2.28+) nearly always is. V8's Math.exp/log/pow are fdlibm ports that are
// off by one ulp in a few percent of cases, which shows up in printed floats. Also the
// fast paths of erf and erfc (the exact ones are in specialFunctions.ts).
//
// Each function has two paths (Ziv's strategy; see docs/design.md, "The math library"):
// - a fast path (expCore, logCore, erfcCore below): table-driven evaluation in double
//   arithmetic with a few exact steps, giving the result as an unevaluated sum hi + lo
//   with a proven error bound (2**-69 relative for exp, 2**-72 for log; the rounding tests
//   use bands 8 and 16 times wider). When hi + (lo - err) and hi + (lo + err) round to
//   the same double, the exact result rounds to it too, and that double is returned
//   (all but about 0.01% of arguments);
// - otherwise the slow path: the same computation in double-double arithmetic (about 100
//   bits, 2**-71 at worst for log: expDD, logDD) rounded once, which was the only path
//   before. Agreement of the two paths follows from the error bounds; it was also checked
//   on millions of random arguments (tests/numeric/libm_agree.mjs).
// Techniques: Dekker's exact products, Knuth's two-sum, Cody-Waite reduction by ln 2,
// Tang's table-driven exp (2**(j/256)) and log (reciprocals 1/c with 14 bits, so that
// m/c - 1 is exact as a double-double), Taylor series with repeated squaring for exp,
// the atanh series for log in the slow path. Tables: scripts/gen_libm_tables.py.

import { decompose } from './decimal';
import { ratioToFloat } from './intMath';
import * as T from './libmTables';

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

/** exp(x) by the slow path alone (the reference for the fast path). */
export function expSlow(x: number): number {
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

/** log(x) by the slow path alone. */
export function logSlow(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  if (x === 1) return 0;
  logDD(x);
  return H + L;
}

/** log2(x) by the slow path alone. */
export function log2Slow(x: number): number {
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

/** powPositive by the slow path alone. */
export function powPositiveSlow(x: number, y: number): number {
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

// ------------------------------------------------------------------ fast paths

const EXP_TAB = Float64Array.from(T.EXP_TABLE);
/** Dekker halves (26 bits each) of the high parts of EXP_TAB, for exact products. */
const EXP_SPLIT = new Float64Array(EXP_TAB.length);
for (let j = 0; j < EXP_TAB.length; j += 2) {
  const t = EXP_TAB[j] * 134217729.0;
  const h = t - (t - EXP_TAB[j]);
  EXP_SPLIT[j] = h;
  EXP_SPLIT[j + 1] = EXP_TAB[j] - h;
}
const LOG_TAB = Float64Array.from(T.LOG_TABLE);
/** POW2[k + 1023] = 2**k for k in [-1023, 1023]. */
const POW2 = new Float64Array(2047);
POW2[1023] = 1;
for (let k = 1; k <= 1023; k++) {
  POW2[1023 + k] = POW2[1022 + k] * 2;
  POW2[1023 - k] = POW2[1024 - k] * 0.5;
}
const bitsF = new Float64Array(1);
const bitsI = new Int32Array(bitsF.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // high word index

// Results of the fast cores: the value is F[0] + F[1] (not normalised: |F[1]| may exceed
// ulp(F[0])). A typed array, because doubles stored in module variables are boxed.
const F = new Float64Array(2);

/**
 * exp(zh + zl) = 2**k * (F[0] + F[1]); returns k. For |zh| < 709.8 and |zl| <= ulp(zh).
 * zh + zl = k ln2 + j ln2/256 + r, |r| <= 0.00136; exp(r) - 1 = r + r**2/2 + ... + r**6/720.
 * 2**(j/256) * r is formed exactly (Dekker), the rest in doubles: |F[0] + F[1] - exp(zh + zl)/2**k|
 * is below 2**-69 (rounding errors of about 2**-72 each in the terms of order r**2, the
 * reduction good to 2**-75, the Taylor remainder 2**-79), and 0.99 < F[0] + F[1] < 2.01.
 */
function expCore(zh: number, zl: number): number {
  const kf = Math.round(zh * T.EXP_INV_LN2_N);
  const rh = zh - kf * T.EXP_LN2_N_HI; // exact: kf * HI is exact, then Sterbenz
  const rl = zl - kf * T.EXP_LN2_N_LO;
  const j = kf & 255;
  const k = (kf - j) / 256;
  const i = 2 * j;
  const th = EXP_TAB[i];
  const tl = EXP_TAB[i + 1];
  // ph + pl = th * rh exactly.
  const c = rh * 134217729.0;
  const r1 = c - (c - rh);
  const r2 = rh - r1;
  const t1 = EXP_SPLIT[i];
  const t2 = EXP_SPLIT[i + 1];
  const ph = th * rh;
  const pl = t1 * r1 - ph + t1 * r2 + t2 * r1 + t2 * r2;
  const r = rh + rl;
  const q = r * r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720)))));
  const sh = th + ph;
  const sl = ph - (sh - th); // exact: |ph| < th
  F[0] = sh;
  F[1] = sl + pl + (th * (rl + q) + (tl + tl * r));
  return k;
}

/** Error bounds of the rounding tests (absolute, for F[0] + F[1] in [0.99, 2.01]). */
const EXP_ERR = 2 ** -66;
const POW_ERR_Z = 2 ** -69; // per unit of |y log x|: log's relative error (2**-72) times 2.01, times 4

/** exp(x), correctly rounded in practice. */
export function exp(x: number): number {
  if (x > -708.3 && x < 709.7) {
    const k = expCore(x, 0);
    const a = F[0] + (F[1] + EXP_ERR);
    if (a === F[0] + (F[1] - EXP_ERR)) return a * POW2[k + 1023];
  }
  stats.slow++;
  return expSlow(x);
}

/** 2**x for finite x. */
export function exp2(x: number): number {
  if (x > -1021.9 && x < 1023.9) {
    // z = x ln2 as a double-double (twoProd with the second factor split by hand).
    const zh = x * T.LN2_DD_HI;
    const c = x * 134217729.0;
    const x1 = c - (c - x);
    const x2 = x - x1;
    const zl = x1 * LN2_S1 - zh + x1 * LN2_S2 + x2 * LN2_S1 + x2 * LN2_S2 + x * T.LN2_DD_LO;
    const k = expCore(zh, zl);
    const a = F[0] + (F[1] + EXP_ERR);
    if (a === F[0] + (F[1] - EXP_ERR)) return a * POW2[k + 1023];
  }
  stats.slow++;
  return powPositiveSlow(2, x);
}
const LN2_S1 = (() => {
  const t = T.LN2_DD_HI * 134217729.0;
  return t - (t - T.LN2_DD_HI);
})();
const LN2_S2 = T.LN2_DD_HI - LN2_S1;

/**
 * log(x) into F[0] + F[1] for finite x > 0 (normalised: |F[1]| <= ulp(F[0])/2), with
 * relative error below 2**-72. x = 2**k * m, m in [1, 2); the table entry nearest m gives
 * c near m (or near m/2 when m > 1.41, with kadd = 1) and invc = 1/c with 14 bits, so that
 * r = m * invc - 1 is exact as rh + rl (m split 39 + 14 bits), |r| < 2**-9.9;
 * log x = (k + kadd) ln2 + log c + r - r**2/2 + r**3/3 - ... - r**8/8, with r**2 exact and
 * the leading terms added by exact two-sums. The main error is that of the r**3 terms in
 * doubles: 2**-51.6 of |r**3/3| (at most 2**-73.5 relative to log x), plus the roundings
 * of the low-order sum, about 2**-53 of |r**3/3| (2**-74.5).
 */
function logCore(x: number): void {
  bitsF[0] = x;
  let hw = bitsI[HIGH];
  let k = (hw >>> 20) - 1023;
  if (k === -1023) {
    // Subnormal: scale into the normal range.
    bitsF[0] = x * 18014398509481984; // 2**54
    hw = bitsI[HIGH];
    k = (hw >>> 20) - 1077;
  }
  const m = bitsF[0] * POW2[2046 - (hw >>> 20)]; // [1, 2)
  const i = (((hw & 0xfffff) + 0x400) >>> 11) << 2; // round((m - 1) * 512) * 4
  const invc = LOG_TAB[i];
  k += LOG_TAB[i + 3];
  // m = mh + ml, mh with 39 bits, so that mh * invc (53 bits) and ml * invc are exact.
  const t = m * 16385.0;
  const mh = t - (t - m);
  const ml = m - mh;
  // Two-sums inline (Knuth): each (s, e) is an exact sum.
  let u = mh * invc - 1; // exact (Sterbenz)
  let v = ml * invc; // exact
  const rh = u + v;
  let w = rh - u;
  const rl = u - (rh - w) + (v - w);
  // rh**2 = q1 + q2 exactly.
  const c = rh * 134217729.0;
  const r1 = c - (c - rh);
  const r2 = rh - r1;
  const q1 = rh * rh;
  const q2 = r1 * r1 - q1 + 2 * r1 * r2 + r2 * r2;
  const p =
    rh * q1 * (1 / 3 + rh * (-0.25 + rh * (0.2 + rh * (-1 / 6 + rh * (1 / 7 + rh * -0.125)))));
  u = k * T.LOG_LN2_HI;
  v = LOG_TAB[i + 1];
  const a1 = u + v;
  w = a1 - u;
  const a2 = u - (a1 - w) + (v - w);
  const b1 = a1 + rh;
  w = b1 - a1;
  const b2 = a1 - (b1 - w) + (rh - w);
  v = -0.5 * q1;
  const c1 = b1 + v;
  w = c1 - b1;
  const c2 = b1 - (c1 - w) + (v - w);
  const lo = c2 + b2 + a2 + (k * T.LOG_LN2_LO + LOG_TAB[i + 2]) + (rl - rh * rl + q1 * rl - 0.5 * q2 + p);
  const hi = c1 + lo;
  F[0] = hi;
  F[1] = lo - (hi - c1);
}

const LOG_ERR = 2 ** -68; // relative (16 times the bound)

/** For tests/numeric/libm_agree.mjs: how often the slow paths ran, and the cores' raw results. */
export const stats = { slow: 0 };
export const cores = {
  exp(zh: number, zl: number): [number, number, number] {
    const k = expCore(zh, zl);
    return [F[0], F[1], k];
  },
  expDD(zh: number, zl: number): [number, number, number] {
    const k = expDD(zh, zl);
    return [H, L, k];
  },
  log(x: number): [number, number] {
    logCore(x);
    return [F[0], F[1]];
  },
  logDD(x: number): [number, number] {
    logDD(x);
    return [H, L];
  },
};

/** log(x) for a float, correctly rounded in practice (NaN/negative/zero rules are the caller's). */
export function log(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  if (x === 1) return 0;
  logCore(x);
  const h = F[0];
  const l = F[1];
  const e = Math.abs(h) * LOG_ERR;
  const a = h + (l + e);
  if (a === h + (l - e)) return a;
  stats.slow++;
  return logSlow(x);
}

/** log2(x). */
export function log2(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log2(x);
  logCore(x);
  // (h + l) / ln2 = (h + l) * (INV_LN2_HI + INV_LN2_LO): h * INV_LN2_HI exactly.
  const h = F[0];
  const l = F[1];
  const c = h * 134217729.0;
  const f1 = c - (c - h);
  const f2 = h - f1;
  const yh = h * T.INV_LN2_HI;
  const yl = f1 * INV_S1 - yh + f1 * INV_S2 + f2 * INV_S1 + f2 * INV_S2 + (h * T.INV_LN2_LO + l * T.INV_LN2_HI);
  const e = Math.abs(yh) * LOG_ERR;
  const a = yh + (yl + e);
  if (a === yh + (yl - e)) return a;
  stats.slow++;
  return log2Slow(x);
}
const INV_S1 = (() => {
  const t = T.INV_LN2_HI * 134217729.0;
  return t - (t - T.INV_LN2_HI);
})();
const INV_S2 = T.INV_LN2_HI - INV_S1;

/**
 * x ** y for finite x > 0 and finite y (the special cases of C99 pow are the
 * caller's: see mathPow and floatPow). Infinity on overflow, 0 on underflow.
 * Fast path: z = y log x as a double-double from logCore (its relative error, times
 * |z|, is the error it adds), then exp(z) by expCore.
 */
export function powPositive(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === 0.5) return Math.sqrt(x);
  logCore(x);
  const lh = F[0];
  const ll = F[1];
  const zh = y * lh;
  // Overflow and underflow decided as the slow path would (its y log x differs in the last bits).
  if (zh > 709.81) return Infinity;
  if (zh < -745.31) return 0;
  if (zh > -708.3 && zh < 709.7) {
    // zh + zl = y * (lh + ll); |y| < 2**63 here since |lh| >= 2**-53.
    let c = y * 134217729.0;
    const y1 = c - (c - y);
    const y2 = y - y1;
    c = lh * 134217729.0;
    const l1 = c - (c - lh);
    const l2 = lh - l1;
    const zl = y1 * l1 - zh + y1 * l2 + y2 * l1 + y2 * l2 + y * ll;
    const k = expCore(zh, zl);
    const e = EXP_ERR + Math.abs(zh) * POW_ERR_Z;
    const a = F[0] + (F[1] + e);
    if (a === F[0] + (F[1] - e)) return a * POW2[k + 1023];
  }
  stats.slow++;
  return powPositiveSlow(x, y);
}

// ------------------------------------------------------------------ erf, erfc fast paths

const ERFCX = Float64Array.from(T.ERFCX_TABLE);
const ERF_C = Float64Array.from(T.ERF_SERIES);
const SP_HI = T.TWO_OVER_SQRT_PI_HI;
const SP_LO = T.TWO_OVER_SQRT_PI_LO;
/** Double-double scratch registers of the erf code: D[0] + D[1]. */
const D = new Float64Array(2);

/** (ah + al) * b into D (Dekker's product for ah * b; al * b rounded). */
function ddMulD(ah: number, al: number, b: number): void { ddProduct(ah, b, al * b); }

/** (ah + al) * (bh + bl) into D (al * bl dropped). */
function ddMulDD(ah: number, al: number, bh: number, bl: number): void { ddProduct(ah, bh, al * bh + ah * bl); }

/** ah * b exactly (Dekker, 26-bit halves) plus the low-order terms `low`, normalised into D. */
function ddProduct(ah: number, b: number, low: number): void {
  let t = ah * 134217729.0;
  const a1 = t - (t - ah);
  const a2 = ah - a1;
  t = b * 134217729.0;
  const b1 = t - (t - b);
  const b2 = b - b1;
  const p = ah * b;
  const e = a1 * b1 - p + a1 * b2 + a2 * b1 + a2 * b2 + low;
  const s = p + e;
  D[0] = s;
  D[1] = e - (s - p);
}

/** (ah + al) + (bh + bl) into D. */
function ddAddD(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh;
  const w = s - ah;
  const e = ah - (s - w) + (bh - w) + al + bl;
  const r = s + e;
  D[0] = r;
  D[1] = e - (r - s);
}

/**
 * erf(x) for |x| < 0.25 into D, relative error below 2**-76: 2/sqrt(pi) * x * P(x**2),
 * P(t) = sum (-1)**n t**n / (n! (2n+1)), the terms from t**4 on (up to t**11, the first
 * omitted one is below 2**-81) in doubles, the rest in double-double.
 */
function erfSmall(x: number): void {
  // t = x*x = q1 + q2 exactly.
  const c = x * 134217729.0;
  const x1 = c - (c - x);
  const x2 = x - x1;
  const q1 = x * x;
  const q2 = x1 * x1 - q1 + 2 * x1 * x2 + x2 * x2;
  const t = q1;
  const r =
    1 / 216 - t * (1 / 1320 - t * (1 / 9360 - t * (1 / 75600 - t * (1 / 685440 - t * (1 / 6894720 - t * (1 / 76204800 - t / 918086400))))));
  ddMulD(q1, q2, r); // t R
  ddAddD(-ERF_C[4], -ERF_C[5], D[0], D[1]); // -1/42 + t R
  ddMulDD(q1, q2, D[0], D[1]);
  ddAddD(ERF_C[2], ERF_C[3], D[0], D[1]); // 1/10 + t (...)
  ddMulDD(q1, q2, D[0], D[1]);
  ddAddD(-ERF_C[0], -ERF_C[1], D[0], D[1]); // -1/3 + t (...)
  ddMulDD(q1, q2, D[0], D[1]);
  ddAddD(1, 0, D[0], D[1]); // P
  ddMulDD(SP_HI, SP_LO, D[0], D[1]);
  ddMulD(D[0], D[1], x);
}

/**
 * erfc(x) for 0.25 <= x < 26.5 as 2**k * (D[0] + D[1]); returns k. Relative error below
 * 2**-68: erfc(x) = exp(-x**2) * erfcx(x), exp by expCore (2**-69) and erfcx(x) by its
 * Taylor series at the nearest table point a = i/32, |h| = |x - a| <= 1/64: with
 * d_n = erfcx^(n)(a) h**n / n!, erfcx' = 2x erfcx - 2/sqrt(pi) gives
 * d_1 = (2a erfcx(a) - 2/sqrt(pi)) h and d_(n+1) = (2a h d_n + 2 h**2 d_(n-1)) / (n + 1);
 * d_0..d_2 in double-double, the rest in doubles until below 2**-75 of the sum.
 */
function erfcCore(x: number): number {
  const i = Math.round(x * 32);
  const a = i / 32;
  const h = x - a; // exact (Sterbenz)
  const o = 2 * (i - T.ERFCX_IMIN);
  const c0h = ERFCX[o];
  const c0l = ERFCX[o + 1];
  // c1 = 2a c0 - 2/sqrt(pi); d1 = c1 h.
  ddMulD(c0h, c0l, 2 * a);
  ddAddD(D[0], D[1], -SP_HI, -SP_LO);
  ddMulD(D[0], D[1], h);
  const d1h = D[0];
  const d1l = D[1];
  // d2 = h (a d1 + h d0).
  ddMulD(d1h, d1l, a);
  const uh = D[0];
  const ul = D[1];
  ddMulD(c0h, c0l, h);
  ddAddD(uh, ul, D[0], D[1]);
  ddMulD(D[0], D[1], h);
  const d2h = D[0];
  const d2l = D[1];
  // The tail in doubles.
  const ah2 = 2 * a * h;
  const hh2 = 2 * h * h;
  let dp = d1h;
  let dn = d2h;
  let tail = 0;
  const eps = c0h * 2 ** -75;
  for (let n = 2; n < 40; n++) {
    const next = (ah2 * dn + hh2 * dp) / (n + 1);
    tail += next;
    dp = dn;
    dn = next;
    if (Math.abs(next) < eps && Math.abs(dp) < eps) break;
  }
  ddAddD(c0h, c0l, d1h, d1l);
  ddAddD(D[0], D[1], d2h, d2l + tail);
  const sh = D[0];
  const sl = D[1];
  // exp(-x*x), x*x = q1 + q2 exactly.
  const c = x * 134217729.0;
  const x1 = c - (c - x);
  const x2 = x - x1;
  const q1 = x * x;
  const q2 = x1 * x1 - q1 + 2 * x1 * x2 + x2 * x2;
  const k = expCore(-q1, -q2);
  ddMulDD(F[0], F[1], sh, sl);
  return k;
}

const DBL_MIN = 2.2250738585072014e-308;

// Rounding tests of erf and erfc (relative): the series for |x| < 0.25 is good to 2**-76
// (2**-76.3 measured), erfcCore to 2**-68 (2**-70.5 measured against 40-digit mpmath);
// 1 - erfc(x) for x >= 0.25 multiplies the relative error by at most 2.6, 2 - erfc(x) by
// at most 0.6.

/** erf(x) when the fast path can decide its correctly rounded value, else NaN. */
export function erfFast(x: number): number {
  const ax = Math.abs(x);
  if (ax < 0.25) {
    if (!(ax > 1e-280)) return NaN;
    erfSmall(x);
    const e = Math.abs(D[0]) * 2 ** -70;
    const r = D[0] + (D[1] + e);
    return r === D[0] + (D[1] - e) ? r : NaN;
  }
  if (!(ax < 6)) return NaN;
  const k = erfcCore(ax);
  const s = POW2[k + 1023];
  // 1 - erfc(|x|), erfc(|x|) <= 0.724, so the relative error grows by at most 2.6.
  ddAddD(1, 0, -D[0] * s, -D[1] * s);
  const e = D[0] * 2 ** -65;
  const r = D[0] + (D[1] + e);
  if (r !== D[0] + (D[1] - e)) return NaN;
  return x < 0 ? -r : r;
}

/** erfc(x) when the fast path can decide its correctly rounded value, else NaN. */
export function erfcFast(x: number): number {
  if (x > -0.25 && x < 0.25) {
    if (x === 0) return 1;
    erfSmall(x);
    ddAddD(1, 0, -D[0], -D[1]);
    const e = D[0] * 2 ** -70;
    const r = D[0] + (D[1] + e);
    return r === D[0] + (D[1] - e) ? r : NaN;
  }
  if (x > 0) {
    if (!(x < 26.5)) return NaN;
    const k = erfcCore(x);
    const e = D[0] * 2 ** -66;
    const r = D[0] + (D[1] + e);
    if (r !== D[0] + (D[1] - e)) return NaN;
    const v = r * POW2[k + 1023];
    return v >= DBL_MIN ? v : NaN;
  }
  if (!(x > -6)) return NaN;
  // 2 - erfc(-x), at least 1.27.
  const k = erfcCore(-x);
  const s = POW2[k + 1023];
  ddAddD(2, 0, -D[0] * s, -D[1] * s);
  const e = D[0] * 2 ** -66;
  const r = D[0] + (D[1] + e);
  return r === D[0] + (D[1] - e) ? r : NaN;
}

export const erfCores = {
  small(x: number): [number, number] {
    erfSmall(x);
    return [D[0], D[1]];
  },
  erfc(x: number): [number, number, number] {
    const k = erfcCore(x);
    return [D[0], D[1], k];
  },
};
