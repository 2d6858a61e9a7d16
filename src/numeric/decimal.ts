// Exact decimal expansions of doubles, correctly rounded half-even: the digits that
// CPython's _Py_dg_dtoa gives in its fixed-count modes (format 'e', 'f', 'g', '%'
// and round(x, n)). JS's toFixed/toExponential are exact but round ties away from
// zero, so they are only used when the value cannot be a tie; otherwise the
// decimal expansion is computed with BigInt.

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** |x| = mant * 2**exp with mant odd (or 0); x finite. */
export function decompose(x: number): { mant: number; exp: number } {
  f64[0] = x;
  const hi = u32[1];
  const lo = u32[0];
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (hi & 0xfffff) * 4294967296 + lo;
  let exp: number;
  if (bexp === 0) exp = -1074;
  else {
    mant += 4503599627370496; // implicit bit 2**52
    exp = bexp - 1075;
  }
  if (mant === 0) return { mant: 0, exp: 0 };
  // Strip trailing zero bits so that mant is odd.
  let tz: number;
  if (lo !== 0) tz = 31 - Math.clz32(lo & -lo);
  else {
    const high = mant / 4294967296; // an integer below 2**21
    tz = 63 - Math.clz32(high & -high);
  }
  mant /= 2 ** tz;
  exp += tz;
  return { mant, exp };
}

const POW10: bigint[] = [1n];
/** 10**n as a bigint (cached). */
export function pow10Big(n: number): bigint {
  while (POW10.length <= n) POW10.push(POW10[POW10.length - 1] * 10n);
  return POW10[n];
}

/** round-half-even(num / den) for num >= 0, den > 0. */
export function roundHalfEvenDiv(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** round-half-even(|x| * 10**p) as a bigint, x finite, p any integer. */
export function scaledRound(x: number, p: number): bigint {
  const { mant, exp } = decompose(x);
  if (mant === 0) return 0n;
  let num = BigInt(mant);
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (p >= 0) num *= pow10Big(p);
  else den *= pow10Big(-p);
  return roundHalfEvenDiv(num, den);
}

/** Can |x| * 10**p be exactly halfway between two integers? (x = m*2**e, m odd) */
function maybeTie(exp: number, p: number): boolean {
  return exp + 1 + p === 0;
}

/** |x| in fixed point with exactly p >= 0 decimals, rounded half-even (no sign). */
export function fixedString(x: number, p: number): string {
  const ax = x < 0 ? -x : x;
  if (p <= 100 && ax < 1e21) {
    const { mant, exp } = decompose(ax);
    if (mant === 0 || !maybeTie(exp, p)) return ax.toFixed(p);
  }
  const s = scaledRound(ax, p).toString();
  if (p === 0) return s;
  const padded = s.length <= p ? '0'.repeat(p - s.length + 1) + s : s;
  return padded.slice(0, padded.length - p) + '.' + padded.slice(padded.length - p);
}

/**
 * |x| rounded half-even to n >= 1 significant digits: `digits` has exactly n
 * characters and `exp` is the decimal exponent of the first one
 * (|x| ~= d.ddd * 10**exp). Zero gives n zeros and exp 0.
 */
export function significantDigits(x: number, n: number): { digits: string; exp: number } {
  const ax = x < 0 ? -x : x;
  if (ax === 0) return { digits: '0'.repeat(n), exp: 0 };
  const { mant, exp } = decompose(ax);
  let k = Math.floor(Math.log10(ax));
  if (n <= 101 && Math.abs(n - 1 - k - (-1 - exp)) > 1) {
    const s = ax.toExponential(n - 1);
    const e = s.indexOf('e');
    const digits = n === 1 ? s[0] : s[0] + s.slice(2, e);
    return { digits, exp: parseInt(s.slice(e + 1), 10) };
  }
  const m = BigInt(mant);
  const lim = pow10Big(n);
  const low = pow10Big(n - 1);
  for (;;) {
    // Scaled value num/den = |x| * 10**(n-1-k); k is right when it lies in [10**(n-1), 10**n).
    const p = n - 1 - k;
    let num = m;
    let den = 1n;
    if (exp >= 0) num <<= BigInt(exp);
    else den <<= BigInt(-exp);
    if (p >= 0) num *= pow10Big(p);
    else den *= pow10Big(-p);
    if (num >= lim * den) k++;
    else if (num < low * den) k--;
    else {
      const q = roundHalfEvenDiv(num, den);
      if (q === lim) return { digits: low.toString(), exp: k + 1 }; // rounded up to 10**n
      return { digits: q.toString(), exp: k };
    }
  }
}
