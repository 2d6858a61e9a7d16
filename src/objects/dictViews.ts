/**
 * Dict views (dict_keys, dict_values, dict_items) and mappingproxy: thin live windows on a
 * mapping (CPython's dictviews in Objects/dictobject.c and descrobject.c's mappingproxy).
 *
 * Heap layout (Layout.Values): [header][i32 1, i32 0][f64 dict ref]
 * A view holds nothing but its dict: every operation reads the dict's current state, with
 * the dict's own lock-free read rules (dict.ts); views never write.
 *
 * Set operations on keys/items views build plain sets (set.ts), in CPython's order of
 * operations, so results of small-int keys print as CPython prints them.
 */
import { I32, F, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { rootMark, pushRoot, rootRelease } from '../threads/threadState';
import { defineBuiltinType, MethodDef, addMethods } from './registry';
import { raise } from '../runtime/errors';
import { exc } from './exceptions';
import { None, NotImplemented, bool, reprJs, typeOf, isInstance, eqBool, len, callDescr, typeName, Cmp } from '../runtime/protocol';
import { newStr, intern } from './str';
import { newTuple, tupleLength, tupleItem, TupleType, tupleOf } from './tuple';
import { newList, listItems, ListType } from './list';
import { dictHandle, DictType, dictLen, dictLookup, dictLookupHashed, dictKeysList, dictItemsList, dictEntryCount, dictEntry, dictPopHashed, newDict, dictSetItem, dictRepr } from './dict';
import { newIterator, IterKind, getIter, iterNext, iterableToArray } from '../runtime/iteration';
import { enterRepr, leaveRepr } from '../runtime/reprGuard';
import { onInstall } from '../runtime/installers';
import { setDictViewImpl } from '../runtime/hooks';
import { isAnySet, makeNewSet, newSet, setAddKey, SetType, setUpdateInternal } from './set';
import { typeLookup, typeDict, isSubtype } from './typeobject';
import { N } from '../runtime/names';
import { contains as rtContains, getItem as rtGetItem } from '../runtime/rt';
import { setMappingProxyHook } from './object';

export const enum ViewKind { Keys = 0, Values = 1, Items = 2 }
const viewTypes: number[] = [0, 0, 0];
let mappingProxyTypeAddr = 0;
export let MappingProxyType = 0;

function newView(kind: ViewKind, d: number): number {
  const ref = allocObject(24, viewTypes[kind] - REF_BASE, Layout.Values);
  const a = ref - REF_BASE;
  I32[(a >> 2) + 2] = 1;
  I32[(a >> 2) + 3] = 0;
  F[(a >> 3) + 2] = d;
  return ref;
}
export function newDictView(d: number, kind: number): number { return newView(kind as ViewKind, d); }
const viewDict = (v: number): number => F[((v - REF_BASE) >> 3) + 2];
function kindOf(v: number): number {
  if (v < REF_BASE) return -1;
  const t = I32[(v - REF_BASE) >> 2] + REF_BASE;
  return t === viewTypes[0] ? ViewKind.Keys : t === viewTypes[1] ? ViewKind.Values : t === viewTypes[2] ? ViewKind.Items : -1;
}
/** keys or items view (the set-like ones: PyDictViewSet_Check). */
const isSetView = (v: number): boolean => { const k = kindOf(v); return k === ViewKind.Keys || k === ViewKind.Items; };

function withRoots<T>(vals: number[], f: () => T): T {
  const mark = rootMark();
  try { for (const v of vals) pushRoot(v); return f(); } finally { rootRelease(mark); }
}

// ---- membership ---------------------------------------------------------------------------
function itemsContains(d: number, obj: number): boolean {
  if (!isInstance(obj, TupleType)) return false;
  const t = tupleOf(obj);
  if (tupleLength(t) !== 2) return false;
  const found = dictLookup(d, tupleItem(t, 0));
  if (found === NULL) return false;
  return withRoots([found], () => eqBool(found, tupleItem(t, 1)));
}
function viewContains(v: number, obj: number): boolean {
  const d = viewDict(v);
  switch (kindOf(v)) {
    case ViewKind.Keys: return dictLookup(d, obj) !== NULL;
    case ViewKind.Items: return itemsContains(d, obj);
    default: {
      for (const x of iterableToArrayRooted(v)) if (eqBool(x, obj)) return true;
      return false;
    }
  }
}
/** The view's items as a JS array (values are kept alive by the dict, pairs by a list root). */
function iterableToArrayRooted(v: number): number[] {
  const d = viewDict(v);
  switch (kindOf(v)) {
    case ViewKind.Keys: return dictKeysList(d);
    case ViewKind.Values: return dictItemsList(d).map((p) => p[1]);
    default: {
      const pairs = dictItemsList(d).map((p) => newTuple(p));
      pushRoot(newList(pairs)); // the caller's mark releases it
      return pairs;
    }
  }
}

function viewIter(v: number): number {
  const d = viewDict(v);
  const kind = kindOf(v);
  return newIterator(kind === ViewKind.Keys ? IterKind.DictKeys : kind === ViewKind.Values ? IterKind.DictValues : IterKind.DictItems, d, dictLen(d));
}
// ---- reverse iterators (dictreviter_iternext) ------------------------------------------
// [header][i32 3, i32 0][dict ref or NULL when exhausted][next entry position][length at start]
const revIterTypes: number[] = [0, 0, 0];
function newReverseIterator(kind: ViewKind, d: number): number {
  const ref = allocObject(40, revIterTypes[kind] - REF_BASE, Layout.Values);
  const a = ref - REF_BASE;
  I32[(a >> 2) + 2] = 3;
  I32[(a >> 2) + 3] = 0;
  const f = a >> 3;
  F[f + 2] = dictLen(d) === 0 ? NULL : d;
  F[f + 3] = dictEntryCount(d) - 1;
  F[f + 4] = dictLen(d);
  return ref;
}
function reverseIterNext(it: number, kind: ViewKind): number {
  const f = (it - REF_BASE) >> 3;
  const d = F[f + 2];
  if (d === NULL) return NULL;
  if (dictLen(d) !== F[f + 4]) {
    F[f + 2] = NULL;
    raise(exc.RuntimeError, 'dictionary changed size during iteration');
  }
  for (let i = Math.min(F[f + 3], dictEntryCount(d) - 1); i >= 0; i--) {
    const ef = dictEntry(d, i);
    const v = F[ef + 2];
    if (v === NULL) continue;
    F[f + 3] = i - 1;
    return kind === ViewKind.Keys ? F[ef + 1] : kind === ViewKind.Values ? v : newTuple([F[ef + 1], v]);
  }
  F[f + 2] = NULL;
  return NULL;
}
function reverseLengthHint(it: number): number {
  const f = (it - REF_BASE) >> 3;
  const d = F[f + 2];
  if (d === NULL) return 0;
  let n = 0;
  for (let i = Math.min(F[f + 3], dictEntryCount(d) - 1); i >= 0; i--) if (F[dictEntry(d, i) + 2] !== NULL) n++;
  return n;
}
(['dict_reversekeyiterator', 'dict_reversevalueiterator', 'dict_reverseitemiterator'] as const).forEach((name, kind) => {
  defineBuiltinType({
    name, layout: Layout.Values, flags: 0, setRef: (r) => { revIterTypes[kind] = r; },
    methods: [
      { name: '__iter__', sig: '__iter__(self, /)', fn: (s: number) => s },
      { name: '__next__', sig: '__next__(self, /)', fn: (s: number) => { const v = reverseIterNext(s, kind); if (v === NULL) raise(exc.StopIteration); return v; } },
      { name: '__length_hint__', sig: '__length_hint__(self, /)', fn: reverseLengthHint },
    ],
  });
});
function viewReversed(v: number): number { return newReverseIterator(kindOf(v) as ViewKind, viewDict(v)); }
addMethods(dictHandle, [
  { name: '__reversed__', sig: '__reversed__(self, /)', fn: (d: number) => newReverseIterator(ViewKind.Keys, d), doc: 'Return a reverse iterator over the dict keys.' },
]);

function viewRepr(v: number): string {
  const name = typeName(v);
  if (!enterRepr(v)) return '...';
  const mark = rootMark();
  try {
    const items = iterableToArrayRooted(v);
    return `${name}([${items.map((x) => reprJs(x)).join(', ')}])`;
  } finally { rootRelease(mark); leaveRepr(v); }
}

// ---- set operations (dictviews_sub / _or / _xor / _PyDictView_Intersect) ------------------
/** dictviews_to_set: a keys view of an exact dict converts through the dict itself. */
function viewToSet(x: number): number {
  let left = x;
  if (kindOf(x) === ViewKind.Keys && typeOf(viewDict(x)) === DictType) left = viewDict(x);
  return makeNewSet(SetType, left);
}
function callSetMethod(s: number, name: string, arg: number): void {
  callDescr(typeLookup(typeOf(s), intern(name)), s, [arg]);
}
function viewsSub(a: number, b: number): number {
  const r = viewToSet(a);
  return withRoots([r], () => { callSetMethod(r, 'difference_update', b); return r; });
}
function viewsOr(a: number, b: number): number {
  const r = viewToSet(a);
  return withRoots([r], () => { setUpdateInternal(r, b); return r; });
}
function viewsXor(a: number, b: number): number {
  if (kindOf(a) === ViewKind.Items && kindOf(b) === ViewKind.Items) return itemsXor(a, b);
  const r = viewToSet(a);
  return withRoots([r], () => { callSetMethod(r, 'symmetric_difference_update', b); return r; });
}
function itemsXor(a: number, b: number): number {
  const d1 = viewDict(a), d2 = viewDict(b);
  const mark = rootMark();
  try {
    const temp = newDict();
    pushRoot(temp);
    for (const [k, v] of dictItemsList(d1)) dictSetItem(temp, k, v);
    const result = newSet();
    pushRoot(result);
    const n = dictEntryCount(d2);
    const entries: number[][] = [];
    for (let i = 0; i < n; i++) { const ef = dictEntry(d2, i); if (F[ef + 2] !== NULL) entries.push([F[ef + 1], F[ef + 2], F[ef]]); }
    pushRoot(newTuple(entries.map((e) => newTuple([e[0], e[1]]))));
    for (const [key, val2, h] of entries) {
      const val1 = dictLookupHashed(temp, key, h);
      const toDelete = val1 !== NULL && eqBool(val1, val2);
      if (toDelete) dictPopHashed(temp, key, h);
      else setAddKey(result, newTuple([key, val2]));
    }
    for (const [k, v] of dictItemsList(temp)) setAddKey(result, newTuple([k, v]));
    return result;
  } finally { rootRelease(mark); }
}
function viewsAnd(self: number, other: number): number {
  if (!isSetView(self)) { const t = other; other = self; self = t; }
  const lenSelf = dictLen(viewDict(self));
  if (typeOf(other) === SetType && lenSelf <= len(other)) {
    return callDescr(typeLookup(SetType, intern('intersection')), other, [self]);
  }
  if (isSetView(other) && dictLen(viewDict(other)) > lenSelf) { const t = other; other = self; self = t; }
  const result = newSet();
  const mark = rootMark();
  try {
    pushRoot(result); pushRoot(self); pushRoot(other);
    const it = getIter(other);
    pushRoot(it);
    for (;;) {
      const key = iterNext(it);
      if (key === NULL) return result;
      const m = rootMark();
      pushRoot(key);
      try { if (viewContains(self, key)) setAddKey(result, key); } finally { rootRelease(m); }
    }
  } finally { rootRelease(mark); }
}
/** View binary operators try any operand (a non-iterable raises, as in CPython). */
function viewBinop(f: (a: number, b: number) => number, reflected: boolean) {
  return (s: number, o: number): number => (reflected ? f(o, s) : f(s, o));
}

function allContainedIn(a: number, b: number): boolean {
  const mark = rootMark();
  try {
    pushRoot(a); pushRoot(b);
    const it = getIter(a);
    pushRoot(it);
    for (;;) {
      const x = iterNext(it);
      if (x === NULL) return true;
      const m = rootMark(); pushRoot(x);
      try { if (!rtContains(b, x)) return false; } finally { rootRelease(m); }
    }
  } finally { rootRelease(mark); }
}
function viewCompare(self: number, other: number, op: Cmp): number {
  if (!isAnySet(other) && !isSetView(other)) return NotImplemented;
  const ls = len(self), lo = len(other);
  let ok = false;
  switch (op) {
    case Cmp.EQ: case Cmp.NE: if (ls === lo) ok = allContainedIn(self, other); if (op === Cmp.NE) ok = !ok; break;
    case Cmp.LT: if (ls < lo) ok = allContainedIn(self, other); break;
    case Cmp.LE: if (ls <= lo) ok = allContainedIn(self, other); break;
    case Cmp.GT: if (ls > lo) ok = allContainedIn(other, self); break;
    default: if (ls >= lo) ok = allContainedIn(other, self); break;
  }
  return bool(ok);
}
function viewIsDisjoint(self: number, other: number): boolean {
  if (self === other) return dictLen(viewDict(self)) === 0;
  if (isAnySet(other) || isSetView(other)) {
    if (len(other) > dictLen(viewDict(self))) { const t = other; other = self; self = t; }
  }
  const mark = rootMark();
  try {
    pushRoot(self); pushRoot(other);
    const it = getIter(other);
    pushRoot(it);
    for (;;) {
      const x = iterNext(it);
      if (x === NULL) return true;
      const m = rootMark(); pushRoot(x);
      try { if (rtContains(self, x)) return false; } finally { rootRelease(m); }
    }
  } finally { rootRelease(mark); }
}

// ---- types --------------------------------------------------------------------------------
function viewMethods(kind: ViewKind): MethodDef[] {
  const common: MethodDef[] = [
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => newStr(viewRepr(s)) },
    { name: '__len__', sig: '__len__(self, /)', fn: (s: number) => dictLen(viewDict(s)) },
    { name: '__iter__', sig: '__iter__(self, /)', fn: viewIter },
    { name: '__reversed__', sig: '__reversed__(self, /)', fn: viewReversed },
  ];
  if (kind === ViewKind.Values) return common;
  const cmp = (op: Cmp) => (s: number, o: number) => viewCompare(s, o, op);
  return [
    ...common,
    { name: '__contains__', sig: '__contains__(self, key, /)', fn: (s: number, k: number) => bool(viewContains(s, k)) },
    { name: '__eq__', sig: '__eq__(self, value, /)', fn: cmp(Cmp.EQ) },
    { name: '__ne__', sig: '__ne__(self, value, /)', fn: cmp(Cmp.NE) },
    { name: '__lt__', sig: '__lt__(self, value, /)', fn: cmp(Cmp.LT) },
    { name: '__le__', sig: '__le__(self, value, /)', fn: cmp(Cmp.LE) },
    { name: '__gt__', sig: '__gt__(self, value, /)', fn: cmp(Cmp.GT) },
    { name: '__ge__', sig: '__ge__(self, value, /)', fn: cmp(Cmp.GE) },
    { name: '__and__', sig: '__and__(self, value, /)', fn: viewBinop(viewsAnd, false) },
    { name: '__rand__', sig: '__rand__(self, value, /)', fn: viewBinop(viewsAnd, true) },
    { name: '__or__', sig: '__or__(self, value, /)', fn: viewBinop(viewsOr, false) },
    { name: '__ror__', sig: '__ror__(self, value, /)', fn: viewBinop(viewsOr, true) },
    { name: '__sub__', sig: '__sub__(self, value, /)', fn: viewBinop(viewsSub, false) },
    { name: '__rsub__', sig: '__rsub__(self, value, /)', fn: viewBinop(viewsSub, true) },
    { name: '__xor__', sig: '__xor__(self, value, /)', fn: viewBinop(viewsXor, false) },
    { name: '__rxor__', sig: '__rxor__(self, value, /)', fn: viewBinop(viewsXor, true) },
    { name: 'isdisjoint', sig: 'isdisjoint(self, other, /)', fn: (s: number, o: number) => bool(viewIsDisjoint(s, o)) },
  ];
}
const mappingGetset = { name: 'mapping', get: (s: number) => newMappingProxy(viewDict(s)), doc: 'dictionary that this view refers to' };
defineBuiltinType({ name: 'dict_keys', layout: Layout.Values, flags: 0, setRef: (r) => { viewTypes[0] = r; }, methods: viewMethods(ViewKind.Keys), getsets: [mappingGetset] });
defineBuiltinType({ name: 'dict_values', layout: Layout.Values, flags: 0, setRef: (r) => { viewTypes[1] = r; }, methods: viewMethods(ViewKind.Values), getsets: [mappingGetset] });
defineBuiltinType({ name: 'dict_items', layout: Layout.Values, flags: 0, setRef: (r) => { viewTypes[2] = r; }, methods: viewMethods(ViewKind.Items), getsets: [mappingGetset] });

// ---- mappingproxy: a read-only view of a mapping ------------------------------------------
export function newMappingProxy(m: number): number {
  const ref = allocObject(24, mappingProxyTypeAddr, Layout.Values);
  const a = ref - REF_BASE;
  I32[(a >> 2) + 2] = 1;
  I32[(a >> 2) + 3] = 0;
  F[(a >> 3) + 2] = m;
  return ref;
}
const proxied = viewDict;
function callOn(m: number, name: string, args: number[]): number {
  const f = typeLookup(typeOf(m), intern(name));
  if (f === NULL) raise(exc.AttributeError, `'${typeName(m)}' object has no attribute '${name}'`);
  return callDescr(f, m, args);
}
function proxyNew(_cls: number, mapping: number): number {
  if (isInstance(mapping, TupleType) || isInstance(mapping, ListType) || typeLookup(typeOf(mapping), N.__getitem__) === NULL || typeLookup(typeOf(mapping), intern('keys')) === NULL) {
    raise(exc.TypeError, `mappingproxy() argument must be a mapping, not ${typeName(mapping)}`);
  }
  return newMappingProxy(mapping);
}
defineBuiltinType({
  name: 'mappingproxy', layout: Layout.Values, flags: 0, setRef: (r) => { MappingProxyType = r; mappingProxyTypeAddr = r - REF_BASE; },
  methods: [
    { name: '__new__', sig: '__new__(type, mapping)', fn: proxyNew, kind: 'staticmethod' },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => { const m = proxied(s); return newStr(`mappingproxy(${typeOf(m) === DictType ? dictRepr(m) : reprJs(m)})`); } },
    { name: '__str__', sig: '__str__(self, /)', fn: (s: number) => newStr(reprJs(proxied(s))) },
    { name: '__len__', sig: '__len__(self, /)', fn: (s: number) => len(proxied(s)) },
    { name: '__getitem__', sig: '__getitem__(self, key, /)', fn: (s: number, k: number) => rtGetItem(proxied(s), k) },
    { name: '__contains__', sig: '__contains__(self, key, /)', fn: (s: number, k: number) => bool(rtContains(proxied(s), k)) },
    { name: '__iter__', sig: '__iter__(self, /)', fn: (s: number) => getIter(proxied(s)) },
    { name: '__reversed__', sig: '__reversed__(self, /)', fn: (s: number) => callOn(proxied(s), '__reversed__', []) },
    { name: '__eq__', sig: '__eq__(self, value, /)', fn: (s: number, o: number) => callOn(proxied(s), '__eq__', [o]) },
    { name: '__ne__', sig: '__ne__(self, value, /)', fn: (s: number, o: number) => callOn(proxied(s), '__ne__', [o]) },
    { name: '__or__', sig: '__or__(self, value, /)', fn: (s: number, o: number) => { const m = isInstance(o, MappingProxyType) ? proxied(o) : o; return callOn(proxied(s), '__or__', [m]); } },
    { name: '__ror__', sig: '__ror__(self, value, /)', fn: (s: number, o: number) => callOn(proxied(s), '__ror__', [o]) },
    { name: '__ior__', sig: '__ior__(self, value, /)', fn: () => raise(exc.TypeError, `'|=' is not supported by mappingproxy; use '|' instead`) },
    { name: 'get', sig: 'get(self, key, default=None, /)', fn: (s: number, k: number, d: number) => callOn(proxied(s), 'get', [k, d === NULL ? None : d]) },
    { name: 'keys', sig: 'keys(self, /)', fn: (s: number) => callOn(proxied(s), 'keys', []) },
    { name: 'values', sig: 'values(self, /)', fn: (s: number) => callOn(proxied(s), 'values', []) },
    { name: 'items', sig: 'items(self, /)', fn: (s: number) => callOn(proxied(s), 'items', []) },
    { name: 'copy', sig: 'copy(self, /)', fn: (s: number) => callOn(proxied(s), 'copy', []) },
  ],
});

onInstall(() => {
  setDictViewImpl(newDictView);
  setMappingProxyHook(newMappingProxy);
  dictSetItem(typeDict(viewTypes[0]), intern('__hash__'), None);
  dictSetItem(typeDict(viewTypes[2]), intern('__hash__'), None);
  dictSetItem(typeDict(MappingProxyType), intern('__hash__'), None);
});

void listItems; void isSubtype; void iterableToArray;
