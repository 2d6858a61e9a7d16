// Integer and float arithmetic with Python semantics (CPython's Objects/longobject.c,
// Objects/floatobject.c and the int parts of Modules/mathmodule.c): floor division
// and modulo for negatives, pow with modulus, shifts, correctly rounded int/int true
// division, int<->float conversion, the numeric hash, rounding, float divmod,
// as_integer_ratio, float.hex/fromhex, int.to_bytes/from_bytes.

import { PyErrorSpec, valueError, overflowError, zeroDivisionError } from './errors';
import { PyInt, normInt, toBig, bigBitLength } from './ints';
import { decompose, pow10Big, scaledRound } from './decimal';
import { powFinite } from './libm';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

// ---------------------------------------------------------------- basic arithmetic

/** a + b (long_add). */
export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(toBig(a) + toBig(b));
}

/** a - b (long_sub). */
export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(toBig(a) - toBig(b));
}

/** a * b (long_mul). */
export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r + 0; // + 0 turns -0 into 0
  }
  return normInt(toBig(a) * toBig(b));
}

/** -a (long_neg). */
export function intNeg(a: PyInt): PyInt {
  return typeof a === 'number' ? 0 - a : normInt(-a);
}

/** abs(a) (long_abs). */
export function intAbs(a: PyInt): PyInt {
  return a < 0 ? intNeg(a) : a;
}

/** Python's a // b for ints (floor division); ZeroDivisionError on b == 0. */
export function floorDiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivisionError('integer division or modulo by zero');
    const r = a % b;
    const q = (a - r) / b; // truncated quotient, exact
    return r !== 0 && r < 0 !== b < 0 ? q - 1 : q + 0;
  }
  return divmodBig(toBig(a), toBig(b), 'integer division or modulo by zero')[0];
}

/** Python's a % b for ints (result has the sign of b); ZeroDivisionError on b == 0. */
export function floorMod(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivisionError('integer modulo by zero');
    const r = a % b;
    return r !== 0 && r < 0 !== b < 0 ? r + b : r + 0;
  }
  return divmodBig(toBig(a), toBig(b), 'integer modulo by zero')[1];
}

/** divmod(a, b) for ints: [a // b, a % b]. */
export function divmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (typeof a === 'number' && typeof b === 'number') return [floorDiv(a, b), floorMod(a, b)];
  return divmodBig(toBig(a), toBig(b), 'integer division or modulo by zero');
}

function divmodBig(a: bigint, b: bigint, msg: string): [PyInt, PyInt] {
  if (b === 0n) throw zeroDivisionError(msg);
  let q = a / b;
  let r = a % b;
  if (r !== 0n && r < 0n !== b < 0n) {
    q -= 1n;
    r += b;
  }
  return [normInt(q), normInt(r)];
}

// ---------------------------------------------------------------- powers

/** a ** b for ints with b >= 0 (a negative exponent is a float power: the caller's job). */
export function intPow(a: PyInt, b: PyInt): PyInt {
  if (b < 0) throw valueError('intPow: negative exponent');
  if (a === 0 || a === 1) return b === 0 ? 1 : a;
  if (a === -1) return (typeof b === 'bigint' ? b & 1n : b & 1) ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') {
    if (Math.abs(a) ** b < 9e15) {
      // Every intermediate square is below the result: exact in doubles.
      let result = 1;
      let base = a;
      let e = b;
      while (e > 0) {
        if (e & 1) result *= base;
        e = Math.floor(e / 2);
        if (e > 0) base *= base;
      }
      return result;
    }
  }
  try {
    return normInt(toBig(a) ** toBig(b));
  } catch (e) {
    if (e instanceof RangeError) throw overflowError('too many digits in integer');
    throw e;
  }
}

/** pow(a, b, m) (long_pow with a modulus; b < 0 uses the modular inverse, Python 3.8+). */
export function powMod(a: PyInt, b: PyInt, m: PyInt): PyInt {
  if (m === 0) throw valueError('pow() 3rd argument cannot be 0');
  const negM = m < 0;
  const am = negM ? intNeg(m) : m;
  if (b < 0) {
    a = modInverse(a, am);
    b = intNeg(b);
  }
  let r: PyInt;
  if (am === 1) r = 0;
  else if (typeof a === 'number' && typeof b === 'number' && typeof am === 'number' && am <= 67108864) {
    let base = a % am;
    if (base < 0) base += am;
    let result = 1;
    let e = b;
    while (e > 0) {
      if (e % 2 === 1) result = (result * base) % am;
      e = Math.floor(e / 2);
      if (e > 0) base = (base * base) % am;
    }
    r = result;
  } else {
    const M = toBig(am);
    let base = toBig(a) % M;
    if (base < 0n) base += M;
    let e = toBig(b);
    let result = 1n;
    while (e > 0n) {
      if (e & 1n) result = (result * base) % M;
      e >>= 1n;
      if (e > 0n) base = (base * base) % M;
    }
    r = normInt(result);
  }
  if (negM && r !== 0) r = intSub(r, am);
  return r;
}

/** The inverse of a modulo m > 0; ValueError when gcd(a, m) != 1. */
export function modInverse(a: PyInt, m: PyInt): PyInt {
  const M = toBig(m);
  let x = toBig(a) % M;
  if (x < 0n) x += M;
  // Extended Euclid on (x, M).
  let r0 = M, r1 = x, t0 = 0n, t1 = 1n;
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1n) throw valueError('base is not invertible for the given modulus');
  if (t0 < 0n) t0 += M;
  return normInt(t0);
}

// ---------------------------------------------------------------- bits

/** int.bit_length(). */
export function bitLength(v: PyInt): number {
  if (typeof v === 'bigint') return bigBitLength(v);
  if (v < 0) v = -v;
  if (v < 2147483648) return 32 - Math.clz32(v);
  return 64 - Math.clz32(Math.floor(v / 4294967296));
}

/** int.bit_count(): number of one bits in abs(v). */
export function bitCount(v: PyInt): number {
  let b = v < 0 ? -toBig(v) : toBig(v);
  let n = 0;
  while (b > 0n) {
    let w = Number(b & 0xffffffffn);
    w = w - ((w >>> 1) & 0x55555555);
    w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
    n += (Math.imul((w + (w >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
    b >>= 32n;
  }
  return n;
}

const isInt32 = (v: PyInt): v is number => typeof v === 'number' && (v | 0) === v;

/** a & b (two's complement of unbounded width, like Python). */
export function intAnd(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a & b;
  return normInt(toBig(a) & toBig(b));
}

/** a | b. */
export function intOr(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a | b;
  return normInt(toBig(a) | toBig(b));
}

/** a ^ b. */
export function intXor(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normInt(toBig(a) ^ toBig(b));
}

/** ~a == -a - 1. */
export function intInvert(a: PyInt): PyInt {
  if (typeof a === 'number') {
    const r = -a - 1;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(-toBig(a) - 1n);
}

/** a << n; ValueError "negative shift count". */
export function lshift(a: PyInt, n: PyInt): PyInt {
  if (n < 0) throw valueError('negative shift count');
  if (a === 0) return 0;
  if (typeof n === 'bigint' || n > 2 ** 32) throw overflowError('too many digits in integer');
  if (typeof a === 'number' && n < 53) {
    const r = a * 2 ** n;
    if (Number.isSafeInteger(r)) return r;
  }
  try {
    return normInt(toBig(a) << BigInt(n));
  } catch (e) {
    if (e instanceof RangeError) throw overflowError('too many digits in integer');
    throw e;
  }
}

/** a >> n (floor); ValueError "negative shift count". */
export function rshift(a: PyInt, n: PyInt): PyInt {
  if (n < 0) throw valueError('negative shift count');
  if (typeof n === 'bigint' || n > 2 ** 32) return a < 0 ? -1 : 0;
  if (typeof a === 'number') return n >= 64 ? (a < 0 ? -1 : 0) : Math.floor(a / 2 ** n);
  return normInt(a >> BigInt(n));
}

// ---------------------------------------------------------------- int <-> float

/** n / d correctly rounded to a double (n >= 0, d > 0); Infinity when too large. */
export function ratioToFloat(n: bigint, d: bigint): number {
  if (n === 0n) return 0;
  const ln = bigBitLength(n);
  const ld = bigBitLength(d);
  if (ln - ld > 1025) return Infinity;
  if (ln - ld < -1077) return 0;
  const shift = ln - ld - 55;
  let q: bigint, r: bigint;
  if (shift >= 0) {
    const dd = d << BigInt(shift);
    q = n / dd;
    r = n - q * dd;
  } else {
    const nn = n << BigInt(-shift);
    q = nn / d;
    r = nn - q * d;
  }
  const qbits = bigBitLength(q);
  const e = qbits + shift; // value in [2**(e-1), 2**e)
  if (e > 1024) return Infinity;
  const keep = Math.max(0, Math.min(53, e + 1074));
  const drop = qbits - keep;
  let m = q >> BigInt(drop);
  const rest = q & ((1n << BigInt(drop)) - 1n);
  const half = 1n << BigInt(drop - 1);
  if (rest > half || (rest === half && (r !== 0n || (m & 1n) === 1n))) m += 1n;
  return ldexpExact(Number(m), shift + drop);
}

/** m * 2**k for an integer m < 2**54 and k >= -1074 (so 2**k is exact). */
function ldexpExact(m: number, k: number): number {
  return m * 2 ** k;
}

/** a / b for ints, correctly rounded (long_true_divide). */
export function intTrueDiv(a: PyInt, b: PyInt): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivisionError('division by zero');
    return a / b;
  }
  const B = toBig(b);
  if (B === 0n) throw zeroDivisionError('division by zero');
  const A = toBig(a);
  const neg = A < 0n !== B < 0n;
  const r = ratioToFloat(A < 0n ? -A : A, B < 0n ? -B : B);
  if (r === Infinity) throw overflowError('integer division result too large for a float');
  return neg ? -r : r;
}

/** float(v) for an int (PyLong_AsDouble: round-half-even, OverflowError when too large). */
export function intToFloat(v: PyInt): number {
  if (typeof v === 'number') return v;
  const r = Number(v);
  if (r === Infinity || r === -Infinity) throw overflowError('int too large to convert to float');
  return r;
}

/** int(x) for a float: truncation; errors for infinities and NaN (float___trunc__). */
export function floatToInt(x: number): PyInt {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? t + 0 : BigInt(t);
}

// ---------------------------------------------------------------- hashing

/** The modulus of CPython's numeric hash, 2**61 - 1. */
export const HASH_MODULUS = 2305843009213693951n;
const HASH_INF = 314159;

/** hash(v) for an int: sign * (|v| mod 2**61-1), with -1 mapped to -2 (long_hash). */
export function hashInt(v: PyInt): PyInt {
  if (typeof v === 'number') return v === -1 ? -2 : v;
  const neg = v < 0n;
  let h = (neg ? -v : v) % HASH_MODULUS;
  if (neg) h = -h;
  return h === -1n ? -2 : normInt(h);
}

/**
 * hash(x) for a non-NaN float (_Py_HashDouble): equal to the hash of the rational
 * value x mod 2**61-1; infinities hash to +-314159. CPython 3.10+ hashes NaN by
 * object identity, which only the caller can do: NaN returns 0 here.
 */
export function hashFloat(x: number): PyInt {
  if (Number.isSafeInteger(x)) return x === -1 ? -2 : x + 0;
  if (x !== x) return 0;
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  const { mant, exp } = decompose(x);
  // x = mant * 2**exp and 2**61 == 1 (mod P), so 2**exp == 2**(exp mod 61).
  const e = ((exp % 61) + 61) % 61;
  let h = (BigInt(mant) << BigInt(e)) % HASH_MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2 : normInt(h);
}

const M64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** hash(tuple) from the items' hashes: CPython 3.11's xxHash-based tuplehash. */
export function hashTupleOfHashes(hashes: PyInt[]): PyInt {
  let acc = XXPRIME_5;
  for (let i = 0; i < hashes.length; i++) {
    const lane = BigInt.asUintN(64, toBig(hashes[i]));
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(hashes.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  return normInt(BigInt.asIntN(64, acc));
}

/**
 * CPython's tuplehash in unsigned 32-bit halves instead of BigInts, for hashes that are integral
 * JS numbers (dict and set keys hash tuples all the time): start from TUPLE_HASH_HI/LO, feed
 * each exact item hash with tupleHashStep (the new state is left in tupleHashState), finish
 * with tupleHashInternal. Only locals and a typed array
 * hold intermediate values, so optimized code keeps them unboxed.
 */
export const TUPLE_HASH_HI = 0x27d4eb2f, TUPLE_HASH_LO = 0x165667c5; // XXPRIME_5
export const tupleHashState = new Float64Array(2);
export function tupleHashStep(hi: number, lo: number, h: number): void {
  // lane = h as a 64-bit two's complement value (lh:ll)
  const neg = h < 0;
  const m = neg ? -h : h;
  const q = Math.floor(m / 4294967296);
  let lh = q >>> 0, ll = (m - q * 4294967296) >>> 0;
  if (neg) { ll = (~ll + 1) >>> 0; lh = (~lh + (ll === 0 ? 1 : 0)) >>> 0; }
  // p = lane * XXPRIME_2 (0xc2b2ae3d_27d4eb4f) mod 2^64
  let a0 = ll & 0xffff, a1 = ll >>> 16;
  let mid = a0 * 0x27d4 + a1 * 0xeb4f;
  let low = a0 * 0xeb4f + (mid & 0xffff) * 65536;
  const pl = low >>> 0;
  const ph = (a1 * 0x27d4 + Math.floor(mid / 65536) + Math.floor(low / 4294967296) + Math.imul(lh, 0x27d4eb4f) + Math.imul(ll, 0xc2b2ae3d)) >>> 0;
  // acc += p
  const s0 = lo + pl;
  const sh = (hi + ph + (s0 >= 4294967296 ? 1 : 0)) >>> 0;
  const sl = s0 >>> 0;
  // acc = rotl(acc, 31)
  const rh = ((sh << 31) | (sl >>> 1)) >>> 0, rl = ((sl << 31) | (sh >>> 1)) >>> 0;
  // acc *= XXPRIME_1 (0x9e3779b1_85ebca87) mod 2^64
  a0 = rl & 0xffff; a1 = rl >>> 16;
  mid = a0 * 0x85eb + a1 * 0xca87;
  low = a0 * 0xca87 + (mid & 0xffff) * 65536;
  tupleHashState[1] = low >>> 0;
  tupleHashState[0] = (a1 * 0x85eb + Math.floor(mid / 65536) + Math.floor(low / 4294967296) + Math.imul(rh, 0x85ebca87) + Math.imul(rl, 0x9e3779b1)) >>> 0;
}
/**
 * The finished hash reduced as protocol.internalHash reduces an exact hash: the signed 64-bit
 * value when it is a safe integer, else its low 52 bits as a signed number.
 */
export function tupleHashInternal(hi: number, lo: number, n: number): number {
  // acc += len ^ (XXPRIME_5 ^ 3527539)
  const s0 = lo + ((0x165667c5 ^ 3527539 ^ n) >>> 0);
  const h = (hi + 0x27d4eb2f + (s0 >= 4294967296 ? 1 : 0)) >>> 0;
  const l = s0 >>> 0;
  if (h === 0xffffffff && l === 0xffffffff) return 1546275796;
  const sh = h | 0;
  if (sh > -2097152 && sh < 2097152) return sh * 4294967296 + l;
  if (sh === -2097152 && l > 0) return sh * 4294967296 + l;
  const h20 = h & 0xfffff;
  return (h20 & 0x80000 ? h20 - 0x100000 : h20) * 4294967296 + l;
}

// ---------------------------------------------------------------- number theory

/** math.isqrt(n). */
export function isqrt(n: PyInt): PyInt {
  if (n < 0) throw valueError('isqrt() argument must be nonnegative');
  if (typeof n === 'number') {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  const bits = bigBitLength(n);
  // Start above the root: Newton's iteration then decreases monotonically to it.
  let x = bits < 1000 ? BigInt(Math.ceil(Math.sqrt(Number(n)))) + 1n : 1n << BigInt((bits + 1) >> 1);
  x = (x + n / x) >> 1n; // after one step x >= isqrt(n) whatever the start
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return normInt(x);
    x = y;
  }
}

/** math.gcd(a, b) (non-negative). */
export function gcd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b !== 0) [a, b] = [b, a % b];
    return a;
  }
  let x = toBig(a), y = toBig(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y !== 0n) [x, y] = [y, x % y];
  return normInt(x);
}

/** math.lcm(a, b) (non-negative). */
export function lcm(a: PyInt, b: PyInt): PyInt {
  if (a === 0 || b === 0) return 0;
  const g = gcd(a, b);
  return intAbs(intMul(floorDiv(a, g), b));
}

/** Product lo * (lo+1) * ... * hi as a bigint (binary splitting; 1 when lo > hi). */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  const n = hi - lo + 1n;
  if (n <= 8n) {
    let p = lo;
    for (let i = lo + 1n; i <= hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

/** Product of lo..hi for safe-integer bounds, multiplying small runs as doubles. */
function rangeProductNum(lo: number, hi: number): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 16) {
    let acc = 1n;
    let run = 1;
    for (let i = lo; i <= hi; i++) {
      if (run * i > MAX_SAFE) {
        acc *= BigInt(run);
        run = 1;
      }
      run *= i;
    }
    return acc * BigInt(run);
  }
  const mid = Math.floor((lo + hi) / 2);
  return rangeProductNum(lo, mid) * rangeProductNum(mid + 1, hi);
}

/** math.factorial(n) for an int n. */
export function factorial(n: PyInt): PyInt {
  if (n < 0) throw valueError('factorial() not defined for negative values');
  if (typeof n === 'bigint') throw overflowError('factorial() argument should not exceed 9223372036854775807');
  if (n <= 18) {
    let r = 1;
    for (let i = 2; i <= n; i++) r *= i;
    return r;
  }
  return normInt(rangeProductNum(1, n));
}

function checkCombArgs(n: PyInt, k: PyInt): void {
  if (n < 0) throw valueError('n must be a non-negative integer');
  if (k < 0) throw valueError('k must be a non-negative integer');
}

/** math.perm(n, k) (k given). */
export function perm(n: PyInt, k: PyInt): PyInt {
  checkCombArgs(n, k);
  if (k > n) return 0;
  if (typeof n === 'number' && typeof k === 'number') return normInt(rangeProductNum(n - k + 1, n));
  return normInt(rangeProduct(toBig(n) - toBig(k) + 1n, toBig(n)));
}

/** math.comb(n, k). */
export function comb(n: PyInt, k: PyInt): PyInt {
  checkCombArgs(n, k);
  if (k > n) return 0;
  const kk = intSub(n, k) < k ? intSub(n, k) : k;
  if (typeof n === 'number' && typeof kk === 'number') {
    // Small results: C(n, i+1) = C(n, i) * (n - i) / (i + 1), exact while it fits.
    let r = 1;
    let i = 0;
    for (; i < kk; i++) {
      const next = r * (n - i);
      if (next > MAX_SAFE) break;
      r = next / (i + 1);
    }
    if (i === kk) return r;
    return normInt(rangeProductNum(n - kk + 1, n) / rangeProductNum(1, kk));
  }
  const K = toBig(kk);
  const N = toBig(n);
  return normInt(rangeProduct(N - K + 1n, N) / rangeProduct(1n, K));
}

// ---------------------------------------------------------------- rounding

/** round(v, ndigits) for an int (long_round): half-even to a multiple of 10**-ndigits. */
export function roundInt(v: PyInt, ndigits: PyInt): PyInt {
  if (ndigits >= 0) return v;
  const nd = -Number(ndigits);
  const digits = bitLength(v) * 0.30103 + 1;
  if (nd > digits + 1) return 0;
  const p = pow10Big(nd);
  const V = toBig(v);
  let q = V / p;
  let r = V % p;
  if (r < 0n) {
    q -= 1n;
    r += p;
  }
  const r2 = 2n * r;
  if (r2 > p || (r2 === p && (q & 1n) === 1n)) q += 1n;
  return normInt(q * p);
}

/** round(x) for a float: half-even to an int (float___round__ without ndigits). */
export function roundFloatToInt(x: number): PyInt {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw overflowError('cannot convert float infinity to integer');
  const f = Math.floor(x);
  const diff = x - f;
  let r = f;
  if (diff > 0.5 || (diff === 0.5 && f % 2 !== 0)) r = f + 1;
  return Number.isSafeInteger(r) ? r + 0 : BigInt(r);
}

/**
 * round(x, ndigits) for a float (double_round): the exact binary value rounded
 * half-even at 10**-ndigits, then read back correctly rounded.
 */
export function roundFloat(x: number, ndigits: PyInt): number {
  if (x !== x || x === Infinity || x === -Infinity || x === 0) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  const nd = Number(ndigits);
  const n = scaledRound(x, nd);
  let r = n === 0n ? 0 : Number(n.toString() + 'e' + -nd);
  if (r === Infinity) throw overflowError('rounded value too large to represent');
  return x < 0 ? -r : r;
}

// ---------------------------------------------------------------- float arithmetic

/** x / y for floats (float_div). */
export function floatTrueDiv(x: number, y: number): number {
  if (y === 0) throw zeroDivisionError('float division by zero');
  return x / y;
}

function floatDivmodCore(x: number, y: number): [number, number] {
  // C semantics: NaN counts as nonzero in the tests below (JS's `if (NaN)` would not).
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1.0;
    }
  } else mod = y < 0 ? -0.0 : 0.0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = x / y;
    floordiv = q < 0 || Object.is(q, -0) ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}

/** x % y for floats (float_rem): sign of y, -0.0/0.0 by y's sign. */
export function floatMod(x: number, y: number): number {
  if (y === 0) throw zeroDivisionError('float modulo');
  let mod = x % y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) mod += y;
  } else mod = y < 0 ? -0.0 : 0.0;
  return mod;
}

/** x // y for floats (float_floor_div). */
export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) throw zeroDivisionError('float floor division by zero');
  return floatDivmodCore(x, y)[0];
}

/** divmod(x, y) for floats (float_divmod). */
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) throw zeroDivisionError('float divmod()');
  return floatDivmodCore(x, y);
}

/**
 * x ** y for floats (float_pow). Returns null when the result is complex (negative
 * base, non-integral exponent), which the caller computes as a complex power.
 */
export function floatPow(x: number, y: number): number | null {
  if (y === 0) return 1.0;
  if (x !== x) return x;
  if (y !== y) return x === 1.0 ? 1.0 : y;
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1.0) return 1.0;
    if ((y > 0) === ax > 1.0) return Infinity;
    return 0.0;
  }
  if (x === Infinity || x === -Infinity) {
    const odd = Number.isInteger(y) && Math.abs(y) % 2 === 1;
    if (y > 0) return odd ? x : Infinity;
    return odd ? (x < 0 ? -0.0 : 0.0) : 0.0;
  }
  if (x === 0) {
    const odd = Number.isInteger(y) && Math.abs(y) % 2 === 1;
    if (y < 0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
    return odd ? x : 0.0;
  }
  if (x < 0 && !Number.isInteger(y)) return null;
  const r = powFinite(x, y);
  if (r === Infinity || r === -Infinity) throw overflowError('(34, \'Numerical result out of range\')');
  return r;
}

/** float.as_integer_ratio(). */
export function floatAsIntegerRatio(x: number): [PyInt, PyInt] {
  if (x !== x) throw valueError('cannot convert NaN to integer ratio');
  if (x === Infinity || x === -Infinity) throw overflowError('cannot convert Infinity to integer ratio');
  if (Number.isSafeInteger(x)) return [x + 0, 1];
  const { mant, exp } = decompose(x);
  const m = x < 0 ? -BigInt(mant) : BigInt(mant);
  if (exp >= 0) return [normInt(m << BigInt(exp)), 1];
  return [normInt(m), normInt(1n << BigInt(-exp))];
}

/** float.hex(x). */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || (x === 0 && 1 / x < 0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  const f64 = new Float64Array([x]);
  const u = new Uint32Array(f64.buffer);
  const hi = u[1];
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff).toString(16).padStart(5, '0') + u[0].toString(16).padStart(8, '0');
  if (bexp === 0) return sign + '0x0.' + frac + 'p-1022';
  const e = bexp - 1023;
  return sign + '0x1.' + frac + 'p' + (e >= 0 ? '+' : '') + e;
}

const HEX_FLOAT = /^([-+]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([-+]?[0-9]+))?$/;

/** float.fromhex(s) (float_fromhex): round-half-even, OverflowError when too large. */
export function floatFromHex(s: string): number {
  const t = s.replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, '');
  const special = /^([-+]?)(inf|infinity|nan)$/i.exec(t);
  if (special) {
    const v = special[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return special[1] === '-' ? -v : v;
  }
  const m = HEX_FLOAT.exec(t);
  const invalid = (): PyErrorSpec => valueError('invalid hexadecimal floating-point string');
  if (!m) throw invalid();
  const intPart = m[2];
  const fracPart = m[3] ?? '';
  if (intPart.length + fracPart.length === 0) throw invalid();
  const neg = m[1] === '-';
  const digits = (intPart + fracPart).replace(/^0+/, '');
  let exp = m[4] === undefined ? 0 : Number(m[4]);
  if (!Number.isFinite(exp) || Math.abs(exp) > 1e15) exp = exp > 0 ? 1e15 : -1e15;
  exp -= 4 * fracPart.length;
  let r: number;
  if (digits === '') r = 0;
  else {
    const mant = BigInt('0x' + digits);
    const top = digits.length * 4 + exp;
    if (top > 1030) r = Infinity;
    else if (top < -1100) r = 0;
    else if (exp >= 0) r = ratioToFloat(mant << BigInt(exp), 1n);
    else r = ratioToFloat(mant, 1n << BigInt(-exp));
  }
  if (r === Infinity) throw overflowError('hexadecimal value too large to represent as a float');
  return neg ? -r : r;
}

// ---------------------------------------------------------------- bytes

/** int.to_bytes(length, byteorder, signed=signed). */
export function intToBytes(v: PyInt, length: number, byteorder: 'big' | 'little', signed: boolean): Uint8Array {
  if (length < 0) throw valueError('length argument must be non-negative');
  if (!signed && v < 0) throw overflowError("can't convert negative int to unsigned");
  let V = toBig(v);
  const bits = BigInt(length * 8);
  if (signed) {
    const lim = length === 0 ? 0n : 1n << (bits - 1n);
    if (length === 0 ? V !== 0n : V >= lim || V < -lim) throw overflowError('int too big to convert');
  } else if (V >> bits !== 0n) throw overflowError('int too big to convert');
  if (V < 0n) V += 1n << bits;
  const out = new Uint8Array(length);
  const hex = V.toString(16).padStart(length * 2, '0');
  for (let i = 0; i < length; i++) out[i] = parseInt(hex.substr(i * 2, 2), 16);
  if (byteorder === 'little') out.reverse();
  return out;
}

/** int.from_bytes(bytes, byteorder, signed=signed). */
export function intFromBytes(bytes: Uint8Array, byteorder: 'big' | 'little', signed: boolean): PyInt {
  const n = bytes.length;
  if (n === 0) return 0;
  let hex = '';
  for (let i = 0; i < n; i++) {
    const b = bytes[byteorder === 'big' ? i : n - 1 - i];
    hex += (b < 16 ? '0' : '') + b.toString(16);
  }
  let V = BigInt('0x' + hex);
  if (signed && parseInt(hex[0], 16) >= 8) V -= 1n << BigInt(n * 8);
  return normInt(V);
}
