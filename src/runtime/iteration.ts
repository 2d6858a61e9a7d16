/**
 * Iteration: iter() and next() with fast paths for the builtin iterators, which all share
 * one heap layout (Layout.Iterator): [header][i32 kind, i32 position][target][extra].
 * A plain iterator's position is written by the thread that advances it; two threads
 * advancing one iterator race as they do in CPython's free-threaded build (no crash: the
 * position is bounds-checked against the target on every step).
 */
import { I32, F, U16, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { registerTracer } from '../heap/collector';
import { typeLookup, typeNameJs } from '../objects/typeobject';
import { defineBuiltinType } from '../objects/registry';
import { raise, PyException } from './errors';
import { exc } from '../objects/exceptions';
import { N } from './names';
import { typeOf, callDescr, isInstance, None, typeName } from './protocol';
import { callObject } from './call';
import { TupleType, tupleLength, tupleItem } from '../objects/tuple';
import { ListType, listGet, listLength, listItems, newList, listAppend } from '../objects/list';
import { rootMark, pushRoot, rootRelease } from '../threads/threadState';
import { StrType, strValue, newStr, strRef, strUnits, strUnitBase, charStr } from '../objects/str';
import { DictType, dictEntryCount, dictEntry, dictLen, dictVersion } from '../objects/dict';
import { newTuple } from '../objects/tuple';
import { newInt } from '../objects/int';

export const enum IterKind {
  Seq = 0, //      __getitem__ protocol: target, position
  Tuple, List, ListReverse, Str, Range, DictKeys, DictValues, DictItems, Callable, Set, Empty,
}

registerTracer(Layout.Iterator, (a, visit) => { visit(F[(a >> 3) + 2]); visit(F[(a >> 3) + 3]); });

const iterTypes: number[] = [];
function iterType(kind: IterKind, name: string): void {
  defineBuiltinType({
    name, layout: Layout.Iterator, flags: 0, setRef: (r) => { iterTypes[kind] = r; },
    methods: [
      { name: '__iter__', sig: '__iter__(self, /)', fn: (s: number) => s },
      { name: '__next__', sig: '__next__(self, /)', fn: (s: number) => { const v = iterNext(s); if (v === NULL) raise(exc.StopIteration); return v; } },
      { name: '__length_hint__', sig: '__length_hint__(self, /)', fn: (s: number) => lengthHint(s) },
    ],
  });
}
iterType(IterKind.Seq, 'iterator');
iterType(IterKind.Tuple, 'tuple_iterator');
iterType(IterKind.List, 'list_iterator');
iterType(IterKind.ListReverse, 'list_reverseiterator');
iterType(IterKind.Str, 'str_ascii_iterator');
iterType(IterKind.Range, 'range_iterator');
iterType(IterKind.DictKeys, 'dict_keyiterator');
iterType(IterKind.DictValues, 'dict_valueiterator');
iterType(IterKind.DictItems, 'dict_itemiterator');
iterType(IterKind.Callable, 'callable_iterator');
iterType(IterKind.Set, 'set_iterator');

/** A builtin iterator object. `extra` meaning depends on the kind (range: step/stop ...). */
export function newIterator(kind: IterKind, target: number, extra: number, position = 0): number {
  const ref = allocObject(32, iterTypes[kind] - REF_BASE, Layout.Iterator);
  const a = ref - REF_BASE;
  I32[(a >> 2) + 2] = kind;
  I32[(a >> 2) + 3] = position;
  F[(a >> 3) + 2] = target;
  F[(a >> 3) + 3] = extra;
  return ref;
}

/** iter(v) */
export function getIter(v: number): number {
  const t = typeOf(v);
  if (t === ListType) return newIterator(IterKind.List, v, 0);
  if (t === TupleType) return newIterator(IterKind.Tuple, v, 0);
  if (t === StrType) return newIterator(IterKind.Str, v, 0);
  if (t === DictType) return newIterator(IterKind.DictKeys, v, dictLen(v));
  if (t - REF_BASE === generatorTypeAddr) return v; // a generator is its own iterator
  const m = typeLookup(t, N.__iter__);
  if (m !== NULL && m !== None) {
    const it = callDescr(m, v, []);
    if (typeLookup(typeOf(it), N.__next__) === NULL) raise(exc.TypeError, `iter() returned non-iterator of type '${typeName(it)}'`);
    return it;
  }
  if (m === NULL && typeLookup(t, N.__getitem__) !== NULL) return newIterator(IterKind.Seq, v, 0);
  raise(exc.TypeError, `'${typeNameJs(t)}' object is not iterable`);
}

/** next(it), or NULL when exhausted (StopIteration is absorbed). */
export function iterNext(it: number): number {
  const a = it - REF_BASE;
  if ((I32[(a >> 2) + 1] & 0xff) === Layout.Iterator) {
    const w = a >> 2;
    const pos = I32[w + 3];
    const target = F[(a >> 3) + 2];
    switch (I32[w + 2]) {
      case IterKind.List: {
        const v = listGet(target, pos);
        if (v === NULL) { I32[w + 3] = 0x7fffffff; return NULL; }
        I32[w + 3] = pos + 1;
        return v;
      }
      case IterKind.Tuple:
        if (pos >= tupleLength(target)) return NULL;
        I32[w + 3] = pos + 1;
        return tupleItem(target, pos);
      case IterKind.Range: {
        // target = next value, extra = step; position = remaining count
        if (pos <= 0) return NULL;
        I32[w + 3] = pos - 1;
        const v = F[(a >> 3) + 2];
        F[(a >> 3) + 2] = v + F[(a >> 3) + 3];
        return v;
      }
      case IterKind.Str: {
        const r = strRef(target);
        if (pos >= strUnits(r)) return NULL;
        const unit = U16[strUnitBase(r) + pos];
        if (unit < 256) { I32[w + 3] = pos + 1; return charStr(unit); }
        const s = strValue(target);
        if (pos >= s.length) return NULL;
        const c = s.codePointAt(pos)!;
        const ch = c > 0xffff ? s.slice(pos, pos + 2) : s[pos];
        I32[w + 3] = pos + ch.length;
        return newStr(ch);
      }
      case IterKind.ListReverse: {
        if (pos < 0) return NULL;
        const v = pos < listLength(target) ? listGet(target, pos) : NULL;
        I32[w + 3] = pos - 1;
        return v === NULL ? NULL : v;
      }
      case IterKind.DictKeys: case IterKind.DictValues: case IterKind.DictItems:
        return dictIterNext(it, a, target, pos);
      case IterKind.Seq: {
        if (pos < 0) return NULL;
        try {
          const v = getItemHook(target, pos);
          I32[w + 3] = pos + 1;
          return v;
        } catch (e) {
          if (e instanceof PyException && (isInstance(e.exc, exc.IndexError) || isInstance(e.exc, exc.StopIteration))) { I32[w + 3] = -1; return NULL; }
          throw e;
        }
      }
      case IterKind.Callable: {
        if (pos < 0) return NULL;
        const v = callObject(target, [], null);
        if (v === F[(a >> 3) + 3] || eqHook(v, F[(a >> 3) + 3])) { I32[w + 3] = -1; return NULL; }
        return v;
      }
      case IterKind.Set: return setIterNextHook(it);
      case IterKind.Empty: return NULL;
    }
  }
  // An exact generator ends without a StopIteration object (CPython's gen_iternext).
  if (it >= REF_BASE && I32[a >> 2] === generatorTypeAddr) return generatorNextHook(it);
  return iterNextSlow(it);
}
let generatorTypeAddr = -1;
let generatorNextHook: (g: number) => number = () => NULL;
/** Set by objects/generator.ts: the generator type's address and its next-or-NULL. */
export function setGeneratorNext(typeAddr: number, next: (g: number) => number): void {
  generatorTypeAddr = typeAddr; generatorNextHook = next;
}

function iterNextSlow(it: number): number {
  const m = typeLookup(typeOf(it), N.__next__);
  if (m === NULL) raise(exc.TypeError, `'${typeName(it)}' object is not an iterator`);
  try {
    return callDescr(m, it, []);
  } catch (e) {
    if (e instanceof PyException && isInstance(e.exc, exc.StopIteration)) return NULL;
    throw e;
  }
}

function dictIterNext(it: number, a: number, d: number, pos: number): number {
  // extra = the dict's length when iteration started: a change of size is an error.
  if (pos < 0) return NULL;
  if (dictLen(d) !== F[(a >> 3) + 3]) {
    I32[(a >> 2) + 3] = -1;
    raise(exc.RuntimeError, 'dictionary changed size during iteration');
  }
  const n = dictEntryCount(d);
  for (let i = pos; i < n; i++) {
    const e = dictEntry(d, i);
    const v = F[e + 2];
    if (v === NULL) continue;
    I32[(a >> 2) + 3] = i + 1;
    switch (I32[(a >> 2) + 2]) {
      case IterKind.DictKeys: return F[e + 1];
      case IterKind.DictValues: return v;
      default: return newTuple([F[e + 1], v]);
    }
  }
  I32[(a >> 2) + 3] = -1;
  return NULL;
}

function lengthHint(it: number): number {
  const a = it - REF_BASE;
  const pos = I32[(a >> 2) + 3];
  const target = F[(a >> 3) + 2];
  switch (I32[(a >> 2) + 2]) {
    case IterKind.List: return Math.max(0, listLength(target) - pos);
    case IterKind.Tuple: return Math.max(0, tupleLength(target) - pos);
    case IterKind.Range: return Math.max(0, pos);
    default: return 0;
  }
}

let getItemHook: (o: number, i: number) => number = () => NULL;
let eqHook: (a: number, b: number) => boolean = () => false;
let setIterNextHook: (it: number) => number = () => NULL;
export function setIterationHooks(getItem: (o: number, i: number) => number, eq: (a: number, b: number) => boolean, setNext: (it: number) => number): void {
  getItemHook = getItem; eqHook = eq; setIterNextHook = setNext;
}

/** Collect an iterable into a JS array (items stay reachable only through the caller's roots). */
/** PySequence_Fast: the items of an iterable; `message` replaces a TypeError from iter(v). */
export function sequenceFast(v: number, message: string): number[] {
  const t = typeOf(v);
  if (t === TupleType || t === ListType) return iterableToArray(v);
  const mark = rootMark();
  try {
    pushRoot(v);
    let it: number;
    try { it = getIter(v); } catch (e) {
      if (e instanceof PyException && isInstance(e.exc, exc.TypeError)) raise(exc.TypeError, message);
      throw e;
    }
    pushRoot(it);
    return iterableToArray(it);
  } finally { rootRelease(mark); }
}

export function iterableToArray(v: number): number[] {
  const t = typeOf(v);
  if (t === TupleType) { const n = tupleLength(v); const out = new Array<number>(n); for (let i = 0; i < n; i++) out[i] = tupleItem(v, i); return out; }
  if (t === ListType) return listItems(v);
  // Items may be fresh objects made by Python code: keep them in a rooted heap list while
  // iterating, since the iterator may reach a safepoint between two items.
  const mark = rootMark();
  try {
    const acc = newList([]);
    pushRoot(acc);
    pushRoot(v);
    const it = getIter(v);
    pushRoot(it);
    for (;;) {
      const x = iterNext(it);
      if (x === NULL) return listItems(acc);
      listAppend(acc, x);
    }
  } finally {
    rootRelease(mark);
  }
}

/**
 * iterableToArray, with the items kept reachable (in a tuple pushed on the shadow stack)
 * until the caller's rootRelease: for natives that run Python code (a key function,
 * __hash__, __index__...) while they use the items.
 */
export function iterableToRootedArray(v: number): number[] {
  const items = iterableToArray(v);
  pushRoot(newTuple(items));
  return items;
}

export { newInt, dictVersion };
