/**
 * tuple: immutable arrays of values.
 * Heap layout: [header][i32 length, i32 0][values...]
 * The hash is not cached (that would be a shared write on a read path); like CPython it is
 * recomputed from the items.
 */
import { I32, F, REF_BASE } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { registerTracer, visitRange } from '../heap/collector';

export let TupleType = 0;
let tupleTypeAddr = 0;
export function setTupleType(t: number): void { TupleType = t; tupleTypeAddr = t - REF_BASE; }

registerTracer(Layout.Tuple, (a, visit) => visitRange((a >> 3) + 2, I32[(a >> 2) + 2], visit));

/** A tuple whose items the caller must write (all of them) before the next safepoint. */
export function allocTuple(n: number): number {
  const ref = allocObject(16 + 8 * n, tupleTypeAddr, Layout.Tuple);
  I32[((ref - REF_BASE) >> 2) + 2] = n;
  I32[((ref - REF_BASE) >> 2) + 3] = 0;
  return ref;
}

export function newTuple(items: ArrayLike<number>): number {
  const n = items.length;
  const ref = allocTuple(n);
  const f = ((ref - REF_BASE) >> 3) + 2;
  for (let i = 0; i < n; i++) F[f + i] = items[i];
  return ref;
}

export function tupleLength(t: number): number { return I32[((t - REF_BASE) >> 2) + 2]; }
export function tupleItem(t: number, i: number): number { return F[((t - REF_BASE) >> 3) + 2 + i]; }
export function setTupleItem(t: number, i: number, v: number): void { F[((t - REF_BASE) >> 3) + 2 + i] = v; }
export function tupleItems(t: number): number[] {
  const n = tupleLength(t);
  const f = ((t - REF_BASE) >> 3) + 2;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = F[f + i];
  return out;
}
/** F index of item 0. */
export function tupleBase(t: number): number { return ((t - REF_BASE) >> 3) + 2; }

// ---- the tuple type (core methods; sequence methods are completed in tupleMethods) -------
import { defineBuiltinType } from './registry';
import { NULL } from '../heap/memory';
import { raise } from '../runtime/errors';
import { exc } from './exceptions';
import { NotImplemented, bool, reprJs, hashExact, typeName, isInstance, eqBool, indexSmall, indexCheck, repeatCount } from '../runtime/protocol';
import { newStr } from './str';
import { iterableToArray, newIterator, IterKind } from '../runtime/iteration';
import { hashTupleOfHashes } from '../numeric/intMath';
import { newInt, IntVal } from './int';
import { allocInstance } from './object';
import { enterRepr, leaveRepr } from '../runtime/reprGuard';

/** Items of any tuple instance (exact or subclass: value in slot 0). */
export function tupleOf(v: number): number { return I32[(v - REF_BASE) >> 2] === tupleTypeAddr ? v : F[((v - REF_BASE) >> 3) + 2]; }

function tupleNew(cls: number, iterable: number): number {
  const items = iterable === NULL ? [] : iterableToArray(iterable);
  if (cls === TupleType) return newTuple(items);
  const inst = allocInstance(cls);
  F[((inst - REF_BASE) >> 3) + 2] = newTuple(items);
  return inst;
}

export function tupleRepr(t: number): string {
  const n = tupleLength(t);
  if (n === 0) return '()';
  if (!enterRepr(t)) return '(...)';
  try {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(reprJs(tupleItem(t, i)));
    return n === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  } finally { leaveRepr(t); }
}

export function tupleHash(t: number): number {
  const n = tupleLength(t);
  const hs = new Array<IntVal>(n);
  for (let i = 0; i < n; i++) hs[i] = hashExact(tupleItem(t, i));
  return newInt(hashTupleOfHashes(hs));
}

function tupleCompare(a: number, b: number, op: number): number {
  const n = tupleLength(a), m = tupleLength(b);
  let i = 0;
  for (; i < n && i < m; i++) if (!eqBool(tupleItem(a, i), tupleItem(b, i))) break;
  if (i >= n || i >= m) {
    const c = n - m;
    switch (op) { case 0: return bool(c < 0); case 1: return bool(c <= 0); case 2: return bool(c === 0); case 3: return bool(c !== 0); case 4: return bool(c > 0); default: return bool(c >= 0); }
  }
  if (op === 2) return bool(false);
  if (op === 3) return bool(true);
  return richCompareHook(tupleItem(a, i), tupleItem(b, i), op);
}
let richCompareHook: (a: number, b: number, op: number) => number = () => NotImplemented;
export function setTupleCompareHook(f: (a: number, b: number, op: number) => number): void { richCompareHook = f; }
function cmp(op: number) {
  return (s: number, o: number) => isInstance(o, TupleType) ? tupleCompare(tupleOf(s), tupleOf(o), op) : NotImplemented;
}

export const tupleHandle = defineBuiltinType({
  name: 'tuple', layout: Layout.Tuple, size: 16, setRef: (r) => setTupleType(r),
  doc: "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.",
  methods: [
    { name: '__new__', sig: '__new__(cls, iterable=(), /)', fn: tupleNew, kind: 'staticmethod' },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => newStr(tupleRepr(tupleOf(s))) },
    { name: '__hash__', sig: '__hash__(self, /)', fn: (s: number) => tupleHash(tupleOf(s)) },
    { name: '__len__', sig: '__len__(self, /)', fn: (s: number) => tupleLength(tupleOf(s)) },
    { name: '__iter__', sig: '__iter__(self, /)', fn: (s: number) => newIterator(IterKind.Tuple, tupleOf(s), 0) },
    { name: '__getitem__', sig: '__getitem__(self, key, /)', fn: (s: number, k: number) => tupleGetItemHook(tupleOf(s), k) },
    { name: '__contains__', sig: '__contains__(self, key, /)', fn: (s: number, k: number) => { const t = tupleOf(s); for (let i = 0; i < tupleLength(t); i++) if (eqBool(tupleItem(t, i), k)) return bool(true); return bool(false); } },
    { name: '__add__', sig: '__add__(self, value, /)', fn: (s: number, o: number) => { if (!isInstance(o, TupleType)) return NotImplemented; return newTuple([...tupleItems(tupleOf(s)), ...tupleItems(tupleOf(o))]); } },
    { name: '__mul__', sig: '__mul__(self, value, /)', fn: (s: number, n: number) => tupleRepeat(s, n) },
    { name: '__rmul__', sig: '__rmul__(self, value, /)', fn: (s: number, n: number) => tupleRepeat(s, n) },
    { name: '__eq__', sig: '__eq__(self, value, /)', fn: cmp(2) },
    { name: '__ne__', sig: '__ne__(self, value, /)', fn: cmp(3) },
    { name: '__lt__', sig: '__lt__(self, value, /)', fn: cmp(0) },
    { name: '__le__', sig: '__le__(self, value, /)', fn: cmp(1) },
    { name: '__gt__', sig: '__gt__(self, value, /)', fn: cmp(4) },
    { name: '__ge__', sig: '__ge__(self, value, /)', fn: cmp(5) },
    { name: '__getnewargs__', sig: '__getnewargs__(self, /)', fn: (s: number) => newTuple([tupleOf(s)]) },
    { name: 'count', sig: 'count(self, value, /)', fn: (s: number, v: number) => { const t = tupleOf(s); let c = 0; for (let i = 0; i < tupleLength(t); i++) if (eqBool(tupleItem(t, i), v)) c++; return c; } },
    { name: 'index', sig: 'index(self, value, start=0, stop=sys.maxsize, /)', fn: (s: number, v: number, start: number, stop: number) => {
      const t = tupleOf(s); const n = tupleLength(t);
      let a = start === NULL ? 0 : indexSmall(start), b = stop === NULL ? n : indexSmall(stop);
      if (a < 0) a = Math.max(0, a + n); if (b < 0) b = Math.max(0, b + n);
      for (let i = a; i < Math.min(b, n); i++) if (eqBool(tupleItem(t, i), v)) return i;
      raise(exc.ValueError, 'tuple.index(x): x not in tuple');
    } },
  ],
});
function tupleRepeat(s: number, n: number): number {
  if (!indexCheck(n)) return NotImplemented;
  const k = repeatCount(n, tupleLength(tupleOf(s)));
  const items = tupleItems(tupleOf(s));
  const out: number[] = [];
  for (let i = 0; i < k; i++) for (const x of items) out.push(x);
  return newTuple(out);
}
let tupleGetItemHook: (t: number, k: number) => number = () => NULL;
export function setTupleHooks(getItem: (t: number, k: number) => number): void { tupleGetItemHook = getItem; }
