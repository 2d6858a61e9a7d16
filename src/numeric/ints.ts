// The integer representation convention shared by every numeric function:
// a Python int is a JS `number` when Number.isSafeInteger holds, else a `bigint`.

export type PyInt = number | bigint;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

/** Normalize a bigint to the canonical PyInt form (number when safe). */
export function normInt(b: bigint): PyInt {
  return b >= MIN_SAFE && b <= MAX_SAFE ? Number(b) : b;
}

/** Any PyInt as a bigint. */
export function toBig(v: PyInt): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** Sign of a PyInt: -1, 0 or 1. */
export function intSign(v: PyInt): number {
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** Absolute value as a bigint. */
export function absBig(v: PyInt): bigint {
  const b = toBig(v);
  return b < 0n ? -b : b;
}

/** Number of bits of |b| (0 for 0), for bigints of any size. */
export function bigBitLength(b: bigint): number {
  if (b < 0n) b = -b;
  if (b === 0n) return 0;
  const hex = b.toString(16);
  const top = parseInt(hex[0], 16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(top));
}
