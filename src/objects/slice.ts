/**
 * slice objects: [header][start][stop][step]
 */
import { F, I32, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { registerTracer, visitRange } from '../heap/collector';
import { defineBuiltinType } from './registry';
import { raise } from '../runtime/errors';
import { exc } from './exceptions';
import { None, NotImplemented, reprJs, index, bool, isInstance, eqBool, richCompare, typeName } from '../runtime/protocol';
import { newStr } from './str';
import { newTuple } from './tuple';
import { newInt, IntVal, intAdd, intCompare, intSign } from './int';

export let SliceType = 0;
let sliceTypeAddr = 0;
registerTracer(Layout.Slice, (a, visit) => visitRange((a >> 3) + 1, 3, visit));

export function newSlice(start: number, stop: number, step: number): number {
  const ref = allocObject(32, sliceTypeAddr, Layout.Slice);
  const f = (ref - REF_BASE) >> 3;
  F[f + 1] = start; F[f + 2] = stop; F[f + 3] = step;
  return ref;
}
export function isSlice(v: number): boolean { return v >= REF_BASE && I32[(v - REF_BASE) >> 2] === sliceTypeAddr; }
export function sliceField(s: number, k: number): number { return F[((s - REF_BASE) >> 3) + k]; }

function clampIndex(v: number, what: string): IntVal {
  if (v < REF_BASE && Number.isInteger(v)) return v;
  try { return index(v); } catch {
    raise(exc.TypeError, 'slice indices must be integers or None or have an __index__ method');
  }
  void what;
}

/** PySlice_GetIndicesEx: [start, stop, step, slicelength] for a sequence of length n. */
export function sliceIndices(s: number, n: number): [number, number, number, number] {
  const f = (s - REF_BASE) >> 3;
  const stepV = F[f + 3], startV = F[f + 1], stopV = F[f + 2];
  let step = 1;
  if (stepV !== None) {
    const st = clampIndex(stepV, 'step');
    if (st === 0 || st === 0n) raise(exc.ValueError, 'slice step cannot be zero');
    step = typeof st === 'bigint' ? (st > 0n ? 2 ** 62 : -(2 ** 62)) : st;
  }
  const clip = (v: IntVal, lo: number, hi: number): number => {
    let x = typeof v === 'bigint' ? (v < 0n ? -Infinity : Infinity) : v;
    if (x < 0) { x += n; if (x < lo) x = lo; } else if (x > hi) x = hi;
    return x;
  };
  let start: number, stop: number;
  if (step > 0) {
    start = startV === None ? 0 : clip(clampIndex(startV, 'start'), 0, n);
    stop = stopV === None ? n : clip(clampIndex(stopV, 'stop'), 0, n);
  } else {
    start = startV === None ? n - 1 : clip(clampIndex(startV, 'start'), -1, n - 1);
    stop = stopV === None ? -1 : clip(clampIndex(stopV, 'stop'), -1, n - 1);
  }
  let len = 0;
  if (step > 0) { if (stop > start) len = Math.floor((stop - start - 1) / step) + 1; }
  else if (start > stop) len = Math.floor((start - stop - 1) / -step) + 1;
  return [start, stop, step, len];
}

/**
 * _PySlice_GetLongIndices: [start, stop, step] of the slice for a sequence of `length`
 * items, as unbounded ints (slice.indices, range slicing).
 */
export function sliceIndicesBig(s: number, length: IntVal): [IntVal, IntVal, IntVal] {
  const f = (s - REF_BASE) >> 3;
  const stepV = F[f + 3], startV = F[f + 1], stopV = F[f + 2];
  let step: IntVal = 1;
  if (stepV !== None) {
    step = clampIndex(stepV, 'step');
    if (intSign(step) === 0) raise(exc.ValueError, 'slice step cannot be zero');
  }
  const negative = intSign(step) < 0;
  const lower: IntVal = negative ? -1 : 0;
  const upper: IntVal = negative ? intAdd(length, -1) : length;
  const bound = (v: number, dflt: IntVal): IntVal => {
    if (v === None) return dflt;
    let x = clampIndex(v, '');
    if (intSign(x) < 0) { x = intAdd(x, length); if (intCompare(x, lower) < 0) x = lower; }
    else if (intCompare(x, upper) > 0) x = upper;
    return x;
  };
  const start = bound(startV, negative ? upper : lower);
  const stop = bound(stopV, negative ? lower : upper);
  return [start, stop, step];
}

function sliceNew(_cls: number, args: number[]): number {
  if (args.length === 0) raise(exc.TypeError, 'slice expected at least 1 argument, got 0');
  if (args.length > 3) raise(exc.TypeError, `slice expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return newSlice(None, args[0], None);
  return newSlice(args[0], args[1], args.length > 2 ? args[2] : None);
}

function sliceTuple(s: number): number { return newTuple([sliceField(s, 1), sliceField(s, 2), sliceField(s, 3)]); }

defineBuiltinType({
  name: 'slice', layout: Layout.Slice, size: 32, flags: 0,
  setRef: (r) => { SliceType = r; sliceTypeAddr = r - REF_BASE; },
  methods: [
    { name: '__new__', sig: '__new__(cls, *args)', fn: sliceNew, kind: 'staticmethod' },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => newStr(`slice(${reprJs(sliceField(s, 1))}, ${reprJs(sliceField(s, 2))}, ${reprJs(sliceField(s, 3))})`) },
    ...(['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'] as const).map((name, op) => ({
      name, sig: `${name}(self, value, /)`,
      fn: (s: number, o: number) => isSlice(o) ? richCompare(sliceTuple(s), sliceTuple(o), op) : NotImplemented,
    })),
    { name: '__hash__', sig: '__hash__(self, /)', fn: () => raise(exc.TypeError, "unhashable type: 'slice'") },
    { name: 'indices', sig: 'indices(self, length, /)', fn: (s: number, len: number) => {
      const n = index(len);
      if (intSign(n) < 0) raise(exc.ValueError, 'length should not be negative');
      const [a, b, c] = sliceIndicesBig(s, n);
      return newTuple([newInt(a), newInt(b), newInt(c)]);
    } },
  ],
  getsets: [
    { name: 'start', get: (s: number) => sliceField(s, 1) },
    { name: 'stop', get: (s: number) => sliceField(s, 2) },
    { name: 'step', get: (s: number) => sliceField(s, 3) },
  ],
});

void NULL; void bool; void isInstance; void eqBool; void typeName;
