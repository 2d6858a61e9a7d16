/**
 * range objects: [header][start][stop][step][length] (all int values, immediates or big).
 */
import { F, I32, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { registerTracer, visitRange } from '../heap/collector';
import { defineBuiltinType, fastConstructors } from './registry';
import { raise } from '../runtime/errors';
import { exc } from './exceptions';
import { None, NotImplemented, bool, index, reprJs, isInstance, typeName, hash, eqBool, typeOf } from '../runtime/protocol';
import { newStr } from './str';
import { newTuple } from './tuple';
import { newInt, intValue, isIntLike, IntVal, intSub, intAdd, intMul, intFloorDiv, intCompare, intSign, intMod, toBig, normBig } from './int';
import { newIterator, IterKind, getIter } from '../runtime/iteration';
import { isSlice, sliceIndicesBig } from './slice';

export let RangeType = 0;
let rangeTypeAddr = 0;
registerTracer(Layout.Range, (a, visit) => visitRange((a >> 3) + 1, 4, visit));

function rangeLength(start: IntVal, stop: IntVal, step: IntVal): IntVal {
  if (intSign(step) > 0) {
    if (intCompare(start, stop) >= 0) return 0;
    return intAdd(intFloorDiv(intSub(intSub(stop, start), 1), step), 1);
  }
  if (intCompare(start, stop) <= 0) return 0;
  return intAdd(intFloorDiv(intSub(intSub(start, stop), 1), normBig(-toBig(step))), 1);
}

export function newRange(start: IntVal, stop: IntVal, step: IntVal): number {
  const ref = allocObject(40, rangeTypeAddr, Layout.Range);
  const f = (ref - REF_BASE) >> 3;
  F[f + 1] = newInt(start); F[f + 2] = newInt(stop); F[f + 3] = newInt(step); F[f + 4] = newInt(rangeLength(start, stop, step));
  return ref;
}
export function isRange(v: number): boolean { return v >= REF_BASE && I32[(v - REF_BASE) >> 2] === rangeTypeAddr; }
export const rangeField = (r: number, k: number) => F[((r - REF_BASE) >> 3) + k];

function rangeNew(_cls: number, args: number[]): number {
  if (args.length === 0) raise(exc.TypeError, 'range expected at least 1 argument, got 0');
  if (args.length > 3) raise(exc.TypeError, `range expected at most 3 arguments, got ${args.length}`);
  const vals = args.map((a) => index(a));
  if (vals.length === 1) return newRange(0, vals[0], 1);
  const step = vals.length === 3 ? vals[2] : 1;
  if (intSign(step) === 0) raise(exc.ValueError, 'range() arg 3 must not be zero');
  return newRange(vals[0], vals[1], step);
}

/** An iterator over a range; small ranges use the fast immediate iterator. */
export function rangeIter(r: number): number {
  const start = rangeField(r, 1), step = rangeField(r, 3), len = rangeField(r, 4);
  const last = len < REF_BASE ? start + (len - 1) * step : NaN;
  if (start < REF_BASE && step < REF_BASE && len < REF_BASE && len < 2 ** 31 && Math.abs(last) < 2 ** 53) {
    return newIterator(IterKind.Range, start, step, len);
  }
  return bigRangeIterHook(r);
}
let bigRangeIterHook: (r: number) => number = () => NULL;
export function setBigRangeIterHook(f: (r: number) => number): void { bigRangeIterHook = f; }

function rangeItem(r: number, i: IntVal): number {
  return newInt(intAdd(intValue(rangeField(r, 1)), intMul(i, intValue(rangeField(r, 3)))));
}

function rangeGetItem(r: number, key: number): number {
  const len = intValue(rangeField(r, 4));
  if (isSlice(key)) {
    // compute_slice: the slice's indices mapped through start and step.
    const [s, e, st] = sliceIndicesBig(key, len);
    const start = intValue(rangeField(r, 1)), step = intValue(rangeField(r, 3));
    return newRange(intAdd(start, intMul(s, step)), intAdd(start, intMul(e, step)), intMul(step, st));
  }
  let i = index(key);
  if (intSign(i) < 0) i = intAdd(i, len);
  if (intSign(i) < 0 || intCompare(i, len) >= 0) raise(exc.IndexError, 'range object index out of range');
  return rangeItem(r, i);
}

function rangeContains(r: number, v: number): boolean {
  if (isIntLike(v)) {
    const x = intValue(v), start = intValue(rangeField(r, 1)), stop = intValue(rangeField(r, 2)), step = intValue(rangeField(r, 3));
    if (intSign(step) > 0 ? intCompare(x, start) < 0 || intCompare(x, stop) >= 0 : intCompare(x, start) > 0 || intCompare(x, stop) <= 0) return false;
    return intSign(intMod(intSub(x, start), step)) === 0;
  }
  const it = getIter(r);
  void it;
  const len = intValue(rangeField(r, 4));
  for (let i: IntVal = 0; intCompare(i, len) < 0; i = intAdd(i, 1)) if (eqBool(rangeItem(r, i), v)) return true;
  return false;
}

function rangeEq(a: number, b: number): boolean {
  const la = intValue(rangeField(a, 4)), lb = intValue(rangeField(b, 4));
  if (intCompare(la, lb) !== 0) return false;
  if (intSign(la) === 0) return true;
  if (intCompare(intValue(rangeField(a, 1)), intValue(rangeField(b, 1))) !== 0) return false;
  if (intCompare(la, 1) === 0) return true;
  return intCompare(intValue(rangeField(a, 3)), intValue(rangeField(b, 3))) === 0;
}

const rangeHandle = defineBuiltinType({
  name: 'range', layout: Layout.Range, size: 40, flags: 0,
  setRef: (r) => { RangeType = r; rangeTypeAddr = r - REF_BASE; },
  doc: 'range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement).',
  methods: [
    { name: '__new__', sig: '__new__(cls, *args)', fn: rangeNew, kind: 'staticmethod' },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (r: number) => { const st = rangeField(r, 3); return newStr(st === 1 ? `range(${reprJs(rangeField(r, 1))}, ${reprJs(rangeField(r, 2))})` : `range(${reprJs(rangeField(r, 1))}, ${reprJs(rangeField(r, 2))}, ${reprJs(st)})`); } },
    { name: '__len__', sig: '__len__(self, /)', fn: (r: number) => {
      const n = intValue(rangeField(r, 4));
      if (typeof n === 'bigint' && n >= 2n ** 63n) raise(exc.OverflowError, 'Python int too large to convert to C ssize_t');
      return rangeField(r, 4);
    } },
    { name: '__iter__', sig: '__iter__(self, /)', fn: rangeIter },
    { name: '__reversed__', sig: '__reversed__(self, /)', fn: (r: number) => {
      const len = intValue(rangeField(r, 4)), start = intValue(rangeField(r, 1)), step = intValue(rangeField(r, 3));
      const last = intAdd(start, intMul(intSub(len, 1), step));
      return rangeIter(newRange(last, intSub(start, step), normBig(-toBig(step))));
    } },
    { name: '__getitem__', sig: '__getitem__(self, key, /)', fn: rangeGetItem },
    { name: '__contains__', sig: '__contains__(self, key, /)', fn: (r: number, v: number) => bool(rangeContains(r, v)) },
    { name: '__eq__', sig: '__eq__(self, value, /)', fn: (a: number, b: number) => isRange(b) ? bool(rangeEq(a, b)) : NotImplemented },
    { name: '__ne__', sig: '__ne__(self, value, /)', fn: (a: number, b: number) => isRange(b) ? bool(!rangeEq(a, b)) : NotImplemented },
    { name: '__hash__', sig: '__hash__(self, /)', fn: (r: number) => {
      const len = intValue(rangeField(r, 4));
      if (intSign(len) === 0) return hash(newTuple([0, None, None]));
      if (intCompare(len, 1) === 0) return hash(newTuple([1, rangeField(r, 1), None]));
      return hash(newTuple([rangeField(r, 4), rangeField(r, 1), rangeField(r, 3)]));
    } },
    { name: '__bool__', sig: '__bool__(self, /)', fn: (r: number) => bool(intSign(intValue(rangeField(r, 4))) !== 0) },
    { name: 'count', sig: 'count(self, value, /)', fn: (r: number, v: number) => rangeContains(r, v) ? 1 : 0 },
    { name: 'index', sig: 'index(self, value, /)', fn: (r: number, v: number) => {
      if (!rangeContains(r, v)) raise(exc.ValueError, `${reprJs(v)} is not in range`);
      return newInt(intFloorDiv(intSub(intValue(v), intValue(rangeField(r, 1))), intValue(rangeField(r, 3))));
    } },
  ],
  getsets: [
    { name: 'start', get: (r: number) => rangeField(r, 1) },
    { name: 'stop', get: (r: number) => rangeField(r, 2) },
    { name: 'step', get: (r: number) => rangeField(r, 3) },
  ],
});
void isInstance; void typeName;
// range(stop), range(start, stop[, step]): no __new__/__init__ call through the generic
// binding (other argument counts take it, for its errors).
fastConstructors[rangeHandle.index] = (args: number[]) => (args.length >= 1 && args.length <= 3 ? rangeNew(0, args) : NULL);
