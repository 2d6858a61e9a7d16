/**
 * The one Python heap: a fixed-size SharedArrayBuffer shared by every worker, and the
 * encoding of Python values as JS numbers.
 *
 * Value encoding (docs/design.md, "Values"):
 *   - an int immediate is the integer itself, any value in (-2^53, 2^53);
 *   - a float immediate is a finite double that is not an integer (so |x| < 2^52): it
 *     cannot be mistaken for an int or a reference. Integral floats (1.0, -0.0, 1e300),
 *     infinities and NaN are boxed in the heap;
 *   - a reference is REF_BASE + byteAddress, with REF_BASE = 2^53 and byteAddress a multiple
 *     of 8 below 2^32, so it is an exact double >= 2^53;
 *   - NULL (byte address 0) marks "no value": unbound locals, empty slots, end of iteration.
 * So `v < REF_BASE` tells an immediate from a reference with one comparison, and
 * `Number.isInteger` tells an int immediate from a float immediate. Identity (`is`) is
 * `===`. Strs, None, True, False and everything else are heap objects.
 *
 * Invariant: the views are fixed-length (never length-tracking), set once per worker by
 * attachHeap and never replaced.
 */

export const REF_BASE = 9007199254740992; // 2 ** 53
export const NULL = REF_BASE;
/** Ints with magnitude below this fit the immediate form. */
export const INT_LIMIT = REF_BASE;

export let HEAP_BYTES = 0;
export let buffer: SharedArrayBuffer;
export let F: Float64Array;
export let I32: Int32Array;
export let U32: Uint32Array;
export let U16: Uint16Array;
export let U8: Uint8Array;

export function attachHeap(sab: SharedArrayBuffer): void {
  buffer = sab;
  HEAP_BYTES = sab.byteLength;
  F = new Float64Array(sab);
  I32 = new Int32Array(sab);
  U32 = new Uint32Array(sab);
  U16 = new Uint16Array(sab);
  U8 = new Uint8Array(sab);
}

export function createHeap(bytes: number): SharedArrayBuffer {
  const sab = new SharedArrayBuffer(bytes);
  attachHeap(sab);
  return sab;
}

/** True for an int immediate. */
export function isSmallInt(v: number): boolean {
  return v < REF_BASE && Number.isInteger(v);
}

/** True for a float immediate (finite, non-integral). */
export function isFloatImm(v: number): boolean {
  return v < REF_BASE && !Number.isInteger(v);
}

/** True for a reference (or NULL): a heap object. */
export function isRef(v: number): boolean {
  return v >= REF_BASE;
}

/** Byte address of a reference. */
export function addrOf(ref: number): number {
  return ref - REF_BASE;
}

export function refOf(addr: number): number {
  return addr + REF_BASE;
}

/** Index into I32 / F of a reference's header word (ref must not be an int). */
export function w32(ref: number): number {
  return (ref - REF_BASE) >>> 2;
}
export function w64(ref: number): number {
  return (ref - REF_BASE) >>> 3;
}
