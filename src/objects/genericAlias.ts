/**
 * types.GenericAlias (`list[int]`, PEP 585) and types.UnionType (`int | None`, PEP 604),
 * after CPython's Objects/genericaliasobject.c and Objects/unionobject.c (3.11).
 *
 * Heap layout (Layout.Values, immutable once built):
 *   GenericAlias: [header][i32 2, i32 0][origin][args tuple]
 *   UnionType:    [header][i32 1, i32 0][args tuple]  (flattened, deduplicated, None as NoneType)
 */
import { F, I32, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { defineBuiltinType, addMethods, builtinTypes, BuiltinTypeHandle } from './registry';
import { raise, PyException } from '../runtime/errors';
import { exc } from './exceptions';
import {
  None, NotImplemented, Ellipsis, typeOf, isInstance, reprJs, getAttrOrNull, getAttr, genericGetAttr, hash, eqBool, bool,
  raiseAttributeError, setAttr,
} from '../runtime/protocol';
import { newStr, jsString, StrType } from './str';
import { newTuple, tupleItems, TupleType } from './tuple';
import { TypeType, typeNameJs } from './typeobject';
import { NoneType } from './singletons';
import { callObject } from '../runtime/call';
import { N } from '../runtime/names';
import { rootMark, pushRoot, rootRelease } from '../threads/threadState';
import { listHandle } from './list';
import { dictHandle } from './dict';
import { tupleHandle } from './tuple';
import { setHandle, frozensetHandle } from './set';
import { onInstall } from '../runtime/installers';
import { setUnionHook } from './object';
import { setUnionHooks } from '../runtime/builtins';
import { setGenericAliasHook } from '../runtime/rt';
import { newFrozenSet, setAddKey } from './set';

function frozenSetOf(items: number[]): number {
  const mark = rootMark();
  try {
    const s = newFrozenSet();
    pushRoot(s);
    for (const x of items) setAddKey(s, x);
    return s;
  } finally { rootRelease(mark); }
}

export let GenericAliasType = 0;
export let UnionType = 0;
let genericAliasAddr = -1;
let unionAddr = -1;

const field = (o: number, k: number) => F[((o - REF_BASE) >> 3) + 2 + k];

// ---- GenericAlias ---------------------------------------------------------------------------
export function isGenericAlias(v: number): boolean { return v >= REF_BASE && I32[(v - REF_BASE) >> 2] === genericAliasAddr; }

/** types.GenericAlias(origin, args): args not a tuple become a 1-tuple. */
export function newGenericAlias(origin: number, args: number): number {
  const mark = rootMark();
  try {
    pushRoot(origin);
    const t = isInstance(args, TupleType) ? args : newTuple([args]);
    pushRoot(t);
    const ref = allocObject(32, genericAliasAddr, Layout.Values);
    const a = ref - REF_BASE;
    I32[(a >> 2) + 2] = 2;
    I32[(a >> 2) + 3] = 0;
    F[(a >> 3) + 2] = origin;
    F[(a >> 3) + 3] = t;
    return ref;
  } finally { rootRelease(mark); }
}

/** ga_repr_item / union_repr_item: how an argument of an alias or union is shown. */
function reprItem(p: number): string {
  if (p === Ellipsis) return '...';
  try {
    if (getAttrOrNull(p, N.__origin__) !== NULL && getAttrOrNull(p, N.__args__) !== NULL) return reprJs(p);
    const qualname = getAttrOrNull(p, N.__qualname__);
    const module = getAttrOrNull(p, N.__module__);
    if (qualname === NULL || module === NULL || module === None) return reprJs(p);
    if (isInstance(module, StrType) && jsString(module) === 'builtins') return strOf(qualname);
    return `${strOf(module)}.${strOf(qualname)}`;
  } catch (e) {
    if (e instanceof PyException && isInstance(e.exc, exc.AttributeError)) return reprJs(p);
    throw e;
  }
}
function strOf(v: number): string { return isInstance(v, StrType) ? jsString(v) : reprJs(v); }

function gaRepr(self: number): string {
  const args = tupleItems(field(self, 1));
  const inner = args.length === 0 ? '()' : args.map(reprItem).join(', ');
  return `${reprItem(field(self, 0))}[${inner}]`;
}

/** Attributes an alias answers itself; every other name is looked up on its origin. */
const ownAttributes = new Set(['__class__', '__origin__', '__args__', '__unpacked__', '__parameters__',
  '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__']);
function gaGetAttribute(self: number, name: number): number {
  if (!isInstance(name, StrType)) raise(exc.TypeError, `attribute name must be string, not '${typeNameJs(typeOf(name))}'`);
  if (!ownAttributes.has(jsString(name))) return getAttr(field(self, 0), name);
  const v = genericGetAttr(self, name);
  if (v === NULL) raiseAttributeError(self, name);
  return v;
}

function gaCall(self: number, args: number[], kwargs: Map<string, number>): number {
  const names: number[] = [];
  const all = args.slice();
  for (const [k, v] of kwargs) { all.push(v); names.push(newStr(k)); }
  const obj = callObject(field(self, 0), all, names.length ? names : null);
  const mark = rootMark();
  try {
    pushRoot(obj);
    try { setAttr(obj, N.__orig_class__, self); } catch (e) {
      if (!(e instanceof PyException) || !(isInstance(e.exc, exc.AttributeError) || isInstance(e.exc, exc.TypeError))) throw e;
    }
    return obj;
  } finally { rootRelease(mark); }
}

function gaEq(a: number, b: number): boolean {
  return eqBool(field(a, 0), field(b, 0)) && eqBool(field(a, 1), field(b, 1));
}

defineBuiltinType({
  name: 'GenericAlias', module: 'types', layout: Layout.Values, flags: 0,
  setRef: (r) => { GenericAliasType = r; genericAliasAddr = r - REF_BASE; },
  doc: 'Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).',
  methods: [
    { name: '__new__', sig: '__new__(type, origin, args, /)', fn: (_cls: number, origin: number, args: number) => newGenericAlias(origin, args), kind: 'staticmethod' },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => newStr(gaRepr(s)) },
    { name: '__hash__', sig: '__hash__(self, /)', fn: (s: number) => hash(field(s, 0)) ^ hash(field(s, 1)) },
    { name: '__call__', sig: '__call__(self, /, *args, **kwargs)', fn: gaCall },
    { name: '__getattribute__', sig: '__getattribute__(self, name, /)', fn: gaGetAttribute },
    { name: '__eq__', sig: '__eq__(self, value, /)', fn: (a: number, b: number) => isGenericAlias(b) ? bool(gaEq(a, b)) : NotImplemented },
    { name: '__ne__', sig: '__ne__(self, value, /)', fn: (a: number, b: number) => isGenericAlias(b) ? bool(!gaEq(a, b)) : NotImplemented },
    { name: '__or__', sig: '__or__(self, value, /)', fn: (a: number, b: number) => unionOr(a, b) },
    { name: '__ror__', sig: '__ror__(self, value, /)', fn: (a: number, b: number) => unionOr(b, a) },
    { name: '__getitem__', sig: '__getitem__(self, key, /)', fn: (s: number) => raise(exc.TypeError, `${gaRepr(s)} is not a generic class`) },
    { name: '__mro_entries__', sig: '__mro_entries__(self, bases, /)', fn: (s: number) => newTuple([field(s, 0)]) },
    { name: '__instancecheck__', sig: '__instancecheck__(self, obj, /)', fn: () => raise(exc.TypeError, 'isinstance() argument 2 cannot be a parameterized generic') },
    { name: '__subclasscheck__', sig: '__subclasscheck__(self, obj, /)', fn: () => raise(exc.TypeError, 'issubclass() argument 2 cannot be a parameterized generic') },
    { name: '__reduce__', sig: '__reduce__(self, /)', fn: (s: number) => newTuple([GenericAliasType, newTuple([field(s, 0), field(s, 1)])]) },
  ],
  getsets: [
    { name: '__origin__', get: (s: number) => field(s, 0) },
    { name: '__args__', get: (s: number) => field(s, 1) },
    { name: '__parameters__', get: () => newTuple([]) },
    { name: '__unpacked__', get: () => bool(false) },
  ],
});

// ---- UnionType ------------------------------------------------------------------------------
export function isUnion(v: number): boolean { return v >= REF_BASE && I32[(v - REF_BASE) >> 2] === unionAddr; }
const unionArgs = (u: number): number[] => tupleItems(field(u, 0));

function isUnionable(v: number): boolean {
  return v === None || isInstance(v, TypeType) || isGenericAlias(v) || isUnion(v);
}

/** `a | b` for types, aliases, unions and None (_Py_union_type_or). */
export function unionOr(a: number, b: number): number {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  const flat: number[] = [];
  for (const x of [a, b]) {
    if (isUnion(x)) flat.push(...unionArgs(x));
    else flat.push(x === None ? NoneType : x);
  }
  // dedup_and_flatten_args: identity, or equality between two aliases.
  const out: number[] = [];
  for (const x of flat) {
    if (!out.some((y) => (isGenericAlias(x) && isGenericAlias(y) ? eqBool(x, y) : x === y))) out.push(x);
  }
  if (out.length === 1) return out[0];
  const mark = rootMark();
  try {
    const t = newTuple(out);
    pushRoot(t);
    const ref = allocObject(24, unionAddr, Layout.Values);
    const w = (ref - REF_BASE) >> 2;
    I32[w + 2] = 1;
    I32[w + 3] = 0;
    F[((ref - REF_BASE) >> 3) + 2] = t;
    return ref;
  } finally { rootRelease(mark); }
}

function unionRepr(u: number): string {
  return unionArgs(u).map((x) => (x === NoneType ? 'None' : reprItem(x))).join(' | ');
}
function unionEq(a: number, b: number): boolean {
  const mark = rootMark();
  try {
    const fa = frozenSetOf(unionArgs(a));
    pushRoot(fa);
    return eqBool(fa, frozenSetOf(unionArgs(b)));
  } finally { rootRelease(mark); }
}

defineBuiltinType({
  name: 'UnionType', module: 'types', layout: Layout.Values, flags: 0,
  setRef: (r) => { UnionType = r; unionAddr = r - REF_BASE; },
  doc: 'Represent a PEP 604 union type\n\nE.g. for int | str',
  methods: [
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => newStr(unionRepr(s)) },
    { name: '__hash__', sig: '__hash__(self, /)', fn: (s: number) => hash(frozenSetOf(unionArgs(s))) },
    { name: '__eq__', sig: '__eq__(self, value, /)', fn: (a: number, b: number) => isUnion(b) ? bool(unionEq(a, b)) : NotImplemented },
    { name: '__ne__', sig: '__ne__(self, value, /)', fn: (a: number, b: number) => isUnion(b) ? bool(!unionEq(a, b)) : NotImplemented },
    { name: '__or__', sig: '__or__(self, value, /)', fn: (a: number, b: number) => unionOr(a, b) },
    { name: '__ror__', sig: '__ror__(self, value, /)', fn: (a: number, b: number) => unionOr(b, a) },
    { name: '__getitem__', sig: '__getitem__(self, key, /)', fn: (s: number) => raise(exc.TypeError, `${unionRepr(s)} is not a generic class`) },
  ],
  getsets: [
    { name: '__args__', get: (s: number) => field(s, 0) },
    { name: '__parameters__', get: () => newTuple([]) },
  ],
});

// ---- __class_getitem__ of the builtin generic types --------------------------------------------
const classGetItem = { name: '__class_getitem__', sig: '__class_getitem__(cls, item, /)', fn: (cls: number, item: number) => newGenericAlias(cls, item), kind: 'classmethod' as const, doc: 'See PEP 585' };
const genericHandles: BuiltinTypeHandle[] = [listHandle, dictHandle, tupleHandle, setHandle, frozensetHandle];
const enumerateHandle = builtinTypes.find((h) => h.def.name === 'enumerate');
if (enumerateHandle) genericHandles.push(enumerateHandle);
for (const h of genericHandles) addMethods(h, [classGetItem]);

onInstall(() => {
  setUnionHook(unionOr);
  setUnionHooks(isUnion, unionArgs);
  setGenericAliasHook((o, k) => newGenericAlias(o, k));
});

void raiseAttributeError;
