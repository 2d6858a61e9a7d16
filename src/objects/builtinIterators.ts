/**
 * enumerate, zip, map, filter, reversed: iterator types whose state is in instance slots
 * (Layout.Object): [header][dict][slot 0...].
 */
import { F, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { defineBuiltinType } from './registry';
import { setTypeField, T_NSLOTS, typeLookup } from './typeobject';
import { allocInstance } from './object';
import { raise } from '../runtime/errors';
import { exc } from './exceptions';
import { None, typeOf, truthy, callDescr, typeName, index, len, isInstance, reprJs } from '../runtime/protocol';
import { getIter, iterNext, newIterator, IterKind } from '../runtime/iteration';
import { newTuple } from './tuple';
import { newInt, intAdd, intValue, IntVal } from './int';
import { callObject } from '../runtime/call';
import { N } from '../runtime/names';
import { newList, ListType } from './list';
import { rootMark, pushRoot, rootRelease } from '../threads/threadState';
import { BoolType } from './singletons';

const slot = (o: number, k: number) => ((o - REF_BASE) >> 3) + 2 + k;
function iterType(name: string, nslots: number, make: (cls: number, ...a: any[]) => number, sig: string, next: (o: number) => number, doc?: string, setRef?: (r: number) => void): void {
  defineBuiltinType({
    name, layout: Layout.Object, size: 16 + 8 * nslots, doc,
    setRef: (r) => { setTypeField(r, T_NSLOTS, nslots); setRef?.(r); },
    methods: [
      { name: '__new__', sig, fn: make, kind: 'staticmethod' },
      { name: '__iter__', sig: '__iter__(self, /)', fn: (s: number) => s },
      { name: '__next__', sig: '__next__(self, /)', fn: (s: number) => { const v = next(s); if (v === NULL) raise(exc.StopIteration); return v; } },
    ],
  });
}

/**
 * enumerate(iterable, start=0)'s arguments, with CPython's two wordings of their errors:
 * calling enumerate itself takes its vectorcall path (a keyword must be the one its position
 * would be: enumerate(start=1) names 'start' as invalid), while a subclass goes through the
 * generic keyword parser ("missing required argument 'iterable' (pos 1)").
 */
function enumerateArgs(cls: number, args: number[], kw: Map<string, number> | null): [number, number] {
  const names = kw ? [...kw.keys()] : [];
  const n = args.length + names.length;
  if (n > 2) raise(exc.TypeError, `enumerate() takes at most 2 arguments (${n} given)`);
  if (cls === enumerateType) {
    if (n === 0) raise(exc.TypeError, "enumerate() missing required argument 'iterable'");
    // The keywords must be the trailing parameters: (start) or (iterable, start) in any order.
    const allowed = n === 1 ? ['iterable'] : names.length === 1 ? ['start'] : ['iterable', 'start'];
    for (const k of names) if (!allowed.includes(k)) raise(exc.TypeError, `'${k}' is an invalid keyword argument for enumerate()`);
  } else {
    for (const k of names) {
      if (k === 'iterable' && args.length > 0) raise(exc.TypeError, "argument for enumerate() given by name ('iterable') and position (1)");
      if (k === 'start' && args.length > 1) raise(exc.TypeError, "argument for enumerate() given by name ('start') and position (2)");
    }
    if (args.length === 0 && !kw?.has('iterable')) raise(exc.TypeError, "enumerate() missing required argument 'iterable' (pos 1)");
    for (const k of names) if (k !== 'iterable' && k !== 'start') raise(exc.TypeError, `'${k}' is an invalid keyword argument for enumerate()`);
  }
  const iterable = args.length > 0 ? args[0] : kw!.get('iterable')!;
  const start = args.length > 1 ? args[1] : kw?.get('start') ?? NULL;
  return [iterable, start];
}
let enumerateType = 0;

// enumerate: [iterator, count]
iterType('enumerate', 2, (cls: number, args: number[], kw: Map<string, number> | null) => {
  const [iterable, start] = enumerateArgs(cls, args, kw);
  const it = getIter(iterable);
  const mark = rootMark(); pushRoot(it);
  try {
    const o = allocInstance(cls);
    F[slot(o, 0)] = it;
    F[slot(o, 1)] = start === NULL ? 0 : newInt(index(start));
    return o;
  } finally { rootRelease(mark); }
}, '__new__(cls, *args, **kwargs)', (o) => {
  const v = iterNext(F[slot(o, 0)]);
  if (v === NULL) return NULL;
  const mark = rootMark(); pushRoot(v);
  try {
    const i = F[slot(o, 1)];
    F[slot(o, 1)] = newInt(intAdd(intValue(i), 1));
    return newTuple([i, v]);
  } finally { rootRelease(mark); }
}, 'Return an enumerate object.', (r) => { enumerateType = r; });

// zip: [tuple of iterators, strict]
iterType('zip', 2, (cls: number, args: number[], kw: Map<string, number> | null) => {
  let strict = false;
  if (kw && kw.size > 1) raise(exc.TypeError, `zip() takes at most 1 keyword argument (${kw.size} given)`);
  if (kw) for (const [k, v] of kw) { if (k !== 'strict') raise(exc.TypeError, `'${k}' is an invalid keyword argument for zip()`); strict = truthy(v); }
  const mark = rootMark();
  try {
    const its: number[] = [];
    for (const a of args) { const it = getIter(a); pushRoot(it); its.push(it); }
    const o = allocInstance(cls);
    F[slot(o, 0)] = newTuple(its);
    F[slot(o, 1)] = strict ? 1 : 0;
    return o;
  } finally { rootRelease(mark); }
}, '__new__(cls, *iterables, **kwargs)', (o) => {
  const its = F[slot(o, 0)];
  const n = I32len(its);
  if (n === 0) return NULL;
  const mark = rootMark();
  try {
    const vals: number[] = [];
    for (let i = 0; i < n; i++) {
      const v = iterNext(F[((its - REF_BASE) >> 3) + 2 + i]);
      if (v === NULL) {
        if (F[slot(o, 1)] !== 0) {
          if (i > 0) raise(exc.ValueError, `zip() argument ${i + 1} is shorter than argument${i === 1 ? '' : 's'} 1${i > 1 ? `-${i}` : ''}`);
          for (let j = 1; j < n; j++) {
            if (iterNext(F[((its - REF_BASE) >> 3) + 2 + j]) !== NULL) raise(exc.ValueError, `zip() argument ${j + 1} is longer than argument${j === 1 ? '' : 's'} 1${j > 1 ? `-${j}` : ''}`);
          }
        }
        return NULL;
      }
      pushRoot(v);
      vals.push(v);
    }
    return newTuple(vals);
  } finally { rootRelease(mark); }
});
function I32len(t: number): number { return new Int32Array(F.buffer)[((t - REF_BASE) >> 2) + 2]; }

// map: [function, tuple of iterators]
iterType('map', 2, (cls: number, args: number[]) => {
  if (args.length < 2) raise(exc.TypeError, 'map() must have at least two arguments.');
  const fn = args[0], its = args.slice(1);
  const mark = rootMark();
  try {
    const iters: number[] = [];
    for (const a of its) { const it = getIter(a); pushRoot(it); iters.push(it); }
    const o = allocInstance(cls);
    F[slot(o, 0)] = fn;
    F[slot(o, 1)] = newTuple(iters);
    return o;
  } finally { rootRelease(mark); }
}, '__new__(cls, *args)', (o) => {
  const its = F[slot(o, 1)];
  const n = I32len(its);
  const mark = rootMark();
  try {
    const vals: number[] = [];
    for (let i = 0; i < n; i++) {
      const v = iterNext(F[((its - REF_BASE) >> 3) + 2 + i]);
      if (v === NULL) return NULL;
      pushRoot(v);
      vals.push(v);
    }
    return callObject(F[slot(o, 0)], vals, null);
  } finally { rootRelease(mark); }
});

// filter: [function or None, iterator]
iterType('filter', 2, (cls: number, fn: number, iterable: number) => {
  const it = getIter(iterable);
  const mark = rootMark(); pushRoot(it);
  try {
    const o = allocInstance(cls);
    F[slot(o, 0)] = fn;
    F[slot(o, 1)] = it;
    return o;
  } finally { rootRelease(mark); }
}, '__new__(cls, function, iterable, /)', (o) => {
  const fn = F[slot(o, 0)];
  const mark = rootMark();
  try {
    for (;;) {
      const v = iterNext(F[slot(o, 1)]);
      if (v === NULL) return NULL;
      pushRoot(v);
      const keep = fn === None || fn === BoolType ? truthy(v) : truthy(callObject(fn, [v], null));
      if (keep) return v;
      rootRelease(mark);
    }
  } finally { rootRelease(mark); }
});

// reversed: [sequence, index]
iterType('reversed', 2, (cls: number, seq: number) => {
  const m = typeLookup(typeOf(seq), N.__reversed__);
  if (m !== NULL && m !== None) return callDescr(m, seq, []);
  if (typeLookup(typeOf(seq), N.__getitem__) === NULL || typeLookup(typeOf(seq), N.__len__) === NULL || isInstance(seq, dictTypeHook())) {
    raise(exc.TypeError, `'${typeName(seq)}' object is not reversible`);
  }
  const n = len(seq);
  const o = allocInstance(cls);
  F[slot(o, 0)] = seq;
  F[slot(o, 1)] = n - 1;
  return o;
}, '__new__(cls, sequence, /)', (o) => {
  const i = F[slot(o, 1)];
  if (i < 0) return NULL;
  F[slot(o, 1)] = i - 1;
  const seq = F[slot(o, 0)];
  try {
    return callDescr(typeLookup(typeOf(seq), N.__getitem__), seq, [i]);
  } catch (e) {
    F[slot(o, 1)] = -1;
    throw e;
  }
});
let dictTypeHook: () => number = () => 0;
export function setReversedDictHook(f: () => number): void { dictTypeHook = f; }

void newList; void ListType; void newIterator; void reprJs;
type _Unused = IntVal;
