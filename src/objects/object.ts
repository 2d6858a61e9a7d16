/**
 * object and type: the root of the class hierarchy and the metaclass of classes.
 *
 * Instances of user classes (Layout.Object): [header][instance dict][slot values...]
 * where the slots hold __slots__ members and, for subclasses of immutable builtins (int,
 * float, str, tuple, bytes, frozenset), slot 0 holds the builtin value itself.
 *
 * Class creation (type.__new__) computes the C3 MRO, picks the instance layout from the
 * bases, lays out __slots__, fills __module__/__qualname__, calls __set_name__ on the
 * namespace's values and __init_subclass__ on the parent.
 */
import { I32, F, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { registerTracer, visitRange } from '../heap/collector';
import {
  defineBuiltinType, TypeFlag, allocType, T_NAME, T_QUALNAME, T_BASES, T_MRO, T_DICT, T_BASE, T_FLAGS, T_LAYOUT,
  T_NSLOTS, T_SIZE, T_SUBCLASSES, T_VERSION, freshTypeVersion, typeField, setTypeField, computeMro, setMro, MroError, typeNameJs, isSubtype,
  typeLookup, typeFlags, typeLayout, typeDict, typeModified, TypeType, ObjectType, typeBuiltinIndex, setSubclassHooks,
  T_BUILTIN, builtinTypes, typeMro,
  nativeKind, NativeKind,
} from './typeobject';
import { newTuple, tupleLength, tupleItem, tupleItems } from './tuple';
import { newStr, jsString, intern, StrType, internStr } from './str';
import { newDict, dictLookupStr, dictSetItem, dictItemsList, dictKeysList, dictLen, DictType } from './dict';
import { newList, listItems, listAppend } from './list';
import { raise } from '../runtime/errors';
import { N } from '../runtime/names';
import {
  None, True, False, NotImplemented, typeOf, typeName, bool, reprJs, strJs, genericGetAttr, genericSetAttr,
  typeGetAttr, typeSetAttr, raiseAttributeError, instanceDict, ensureInstanceDict, callDescr, isInstance, hash,
  dictWordOf, richCompare, Cmp, truthy, bindDescr,
} from '../runtime/protocol';
import { callObject, callWithSelf } from '../runtime/call';
import { exc } from './exceptions';
import { formatObjectDefault } from '../runtime/format';

const IMMUTABLE_VALUE_LAYOUTS = new Set<number>([Layout.Str, Layout.Bytes, Layout.Tuple, Layout.Float, Layout.BigInt, Layout.Raw]);

registerTracer(Layout.Object, (a, visit) => {
  // [dict][slots...]: the slot count is the type's T_NSLOTS.
  const t = I32[a >> 2] + REF_BASE;
  visitRange((a >> 3) + 1, 1 + F[((t - REF_BASE) >> 3) + T_NSLOTS], visit);
});

/** Allocate an instance of a class whose layout is Layout.Object. */
export function allocInstance(cls: number): number {
  const nslots = typeField(cls, T_NSLOTS);
  const ref = allocObject(16 + 8 * nslots, cls - REF_BASE, Layout.Object);
  const f = (ref - REF_BASE) >> 3;
  F[f + 1] = NULL;
  for (let i = 0; i < nslots; i++) F[f + 2 + i] = NULL;
  return ref;
}

// ---- object -------------------------------------------------------------------------------
function objectNew(cls: number, args: number[], kwargs: Map<string, number> | null): number {
  if (cls === NULL) raise(exc.TypeError, 'object.__new__(): not enough arguments');
  const hasArgs = args.length > 0 || (kwargs !== null && kwargs.size > 0);
  if (hasArgs) {
    const init = typeLookup(cls, N.__init__);
    const newm = typeLookup(cls, N.__new__);
    if (newm !== objectNewDescr && newm !== NULL && newm !== objectNewDescrRef()) {
      raise(exc.TypeError, 'object.__new__() takes exactly one argument (the type to instantiate)');
    }
    if (init === objectInitDescrRef()) raise(exc.TypeError, `${typeNameJs(cls)}() takes no arguments`);
  }
  if (!isSubtype(typeOf(cls), TypeType)) raise(exc.TypeError, `object.__new__(X): X is not a type object (${typeName(cls)})`);
  if (typeFlags(cls) & TypeFlag.Abstract) {
    const abstract = typeLookup(cls, N.__abstractmethods__);
    const names = abstract === NULL ? [] : iterableToArray(abstract).map((v) => jsString(v)).sort();
    raise(exc.TypeError, `Can't instantiate abstract class ${typeNameJs(cls)} with abstract method${names.length === 1 ? '' : 's'} ${names.join(', ')}`);
  }
  const layout = typeLayout(cls);
  if (layout !== Layout.Object) {
    // object.__new__ on a subclass of a builtin with its own layout: delegate to that base.
    const bi = typeBuiltinIndex(solidBuiltin(cls));
    const alloc = builtinAllocators.get(bi);
    if (alloc) return alloc(cls);
    raise(exc.TypeError, `object.__new__(${typeNameJs(cls)}) is not safe, use ${typeNameJs(solidBuiltin(cls))}.__new__()`);
  }
  return allocInstance(cls);
}
let objectNewDescr = 0;
// object's __new__ and __init__ descriptors (object's dict cannot change: found once).
let objectNewFound = NULL, objectInitFound = NULL;
const objectNewDescrRef = () => objectNewFound !== NULL ? objectNewFound : (objectNewFound = dictLookupStr(typeDict(ObjectType), N.__new__));
const objectInitDescrRef = () => objectInitFound !== NULL ? objectInitFound : (objectInitFound = dictLookupStr(typeDict(ObjectType), N.__init__));

export { builtinAllocators } from './registry';
import { builtinAllocators, fastConstructors } from './registry';

/** The builtin type whose layout instances of cls use. */
export function solidBuiltin(cls: number): number {
  let t = cls;
  while (typeBuiltinIndex(t) < 0) t = typeField(t, T_BASE);
  return t;
}

function objectInit(self: number, args: number[], kwargs: Map<string, number> | null): number {
  const hasArgs = args.length > 0 || (kwargs !== null && kwargs.size > 0);
  if (hasArgs) {
    const cls = typeOf(self);
    const init = typeLookup(cls, N.__init__);
    const newm = typeLookup(cls, N.__new__);
    if (init !== objectInitDescrRef()) raise(exc.TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
    if (newm === objectNewDescrRef()) raise(exc.TypeError, `${typeNameJs(cls)}() takes no arguments`);
  }
  return None;
}

export function defaultRepr(self: number): string {
  const t = typeOf(self);
  const m = typeLookup(t, N.__module__);
  const mod = m !== NULL && isInstance(m, StrType) ? jsString(m) : 'builtins';
  const q = typeField(t, T_QUALNAME);
  const name = mod === 'builtins' ? jsString(q) : `${mod}.${jsString(q)}`;
  return `<${name} object at 0x${(self - REF_BASE).toString(16).padStart(12, '0')}>`;
}

function objectEq(self: number, other: number): number { return self === other ? True : NotImplemented; }
function objectNe(self: number, other: number): number {
  const eq = typeLookup(typeOf(self), N.__eq__);
  const r = callDescr(eq, self, [other]);
  if (r === NotImplemented) return r;
  return bool(!truthy(r));
}
/** Identity hash: the address, stable because the collector never moves objects. */
export function identityHash(v: number): number { return ((v - REF_BASE) / 8) | 0; }

function objectDir(self: number): number {
  const names = new Set<string>();
  const d = instanceDict(self);
  if (d !== NULL) for (const k of dictKeysList(d)) names.add(jsString(k));
  const mro = typeMro(typeOf(self));
  for (let i = 0; i < tupleLength(mro); i++) for (const k of dictKeysList(typeDict(tupleItem(mro, i)))) names.add(jsString(k));
  return newList([...names].map((s) => newStr(s)));
}

function objectInitSubclass(cls: number, kwargs: Map<string, number> | null): number {
  if (kwargs && kwargs.size > 0) raise(exc.TypeError, `${typeNameJs(cls)}.__init_subclass__() takes no keyword arguments`);
  return None;
}

export const objectHandle = defineBuiltinType({
  name: 'object', layout: Layout.Object, size: 16, base: null,
  doc: 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n',
  methods: [
    { name: '__new__', sig: '__new__(cls, *args, **kwargs)', fn: objectNew, kind: 'staticmethod' },
    { name: '__init__', sig: '__init__(self, *args, **kwargs)', fn: objectInit },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => newStr(defaultRepr(s)) },
    { name: '__str__', sig: '__str__(self, /)', fn: (s: number) => newStr(reprJs(s)) },
    { name: '__eq__', sig: '__eq__(self, value, /)', fn: objectEq },
    { name: '__ne__', sig: '__ne__(self, value, /)', fn: objectNe },
    { name: '__lt__', sig: '__lt__(self, value, /)', fn: () => NotImplemented },
    { name: '__le__', sig: '__le__(self, value, /)', fn: () => NotImplemented },
    { name: '__gt__', sig: '__gt__(self, value, /)', fn: () => NotImplemented },
    { name: '__ge__', sig: '__ge__(self, value, /)', fn: () => NotImplemented },
    { name: '__hash__', sig: '__hash__(self, /)', fn: (s: number) => identityHash(s) },
    { name: '__getattribute__', sig: '__getattribute__(self, name, /)', fn: (s: number, name: number) => { const n = checkName(name); const v = genericGetAttr(s, n); if (v === NULL) raiseAttributeError(s, n); return v; } },
    { name: '__setattr__', sig: '__setattr__(self, name, value, /)', fn: (s: number, name: number, v: number) => { genericSetAttr(s, checkName(name), v); return None; } },
    { name: '__delattr__', sig: '__delattr__(self, name, /)', fn: (s: number, name: number) => { genericSetAttr(s, checkName(name), NULL); return None; } },
    { name: '__format__', sig: '__format__(self, format_spec, /)', fn: (s: number, spec: number) => formatObjectDefault(s, spec) },
    { name: '__init_subclass__', sig: '__init_subclass__(cls, **kwargs)', fn: objectInitSubclass, kind: 'classmethod' },
    { name: '__subclasshook__', sig: '__subclasshook__(cls, *args)', fn: () => NotImplemented, kind: 'classmethod' },
    { name: '__dir__', sig: '__dir__(self, /)', fn: objectDir },
    { name: '__reduce_ex__', sig: '__reduce_ex__(self, protocol, /)', fn: () => raise(exc.TypeError, 'pickling is not supported') },
    { name: '__sizeof__', sig: '__sizeof__(self, /)', fn: () => 16 },
  ],
  getsets: [
    { name: '__class__', get: (s: number) => typeOf(s), set: (s: number, v: number) => setClass(s, v) },
  ],
});

function setClass(self: number, cls: number): void {
  if (!isSubtype(typeOf(cls), TypeType)) raise(exc.TypeError, `__class__ must be set to a class, not '${typeName(cls)}' object`);
  const old = typeOf(self);
  if (!(typeFlags(cls) & TypeFlag.HeapType) || !(typeFlags(old) & TypeFlag.HeapType)) {
    raise(exc.TypeError, '__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  if (typeLayout(cls) !== typeLayout(old) || typeField(cls, T_NSLOTS) !== typeField(old, T_NSLOTS)) {
    raise(exc.TypeError, `__class__ assignment: '${typeNameJs(cls)}' object layout differs from '${typeNameJs(old)}'`);
  }
  I32[(self - REF_BASE) >> 2] = cls - REF_BASE;
}

function checkName(name: number): number {
  if (!isInstance(name, StrType)) raise(exc.TypeError, `attribute name must be string, not '${typeName(name)}'`);
  return internStr(name);
}

// ---- type ---------------------------------------------------------------------------------
/** type(x) or type(name, bases, dict) */
function typeNew(meta: number, args: number[], kwargs: Map<string, number> | null): number {
  if (meta === TypeType && args.length === 1 && (kwargs === null || kwargs.size === 0)) return typeOf(args[0]);
  if (args.length !== 3) raise(exc.TypeError, 'type() takes 1 or 3 arguments');
  const [name, bases, ns] = args;
  if (!isInstance(name, StrType)) raise(exc.TypeError, `type.__new__() argument 1 must be str, not ${typeName(name)}`);
  if (typeOf(bases) !== tupleTypeRef()) raise(exc.TypeError, `type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
  if (!isInstance(ns, DictType)) raise(exc.TypeError, `type.__new__() argument 3 must be dict, not ${typeName(ns)}`);
  return createClass(meta, name, tupleItems(bases), ns, kwargs);
}
let tupleTypeRef = () => 0;
export function setTupleTypeRefForObject(f: () => number): void { tupleTypeRef = f; }

/** The metaclass to use for bases (the most derived of meta and the bases' metaclasses). */
export function calculateMeta(meta: number, bases: number[]): number {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (isSubtype(winner, bt)) continue;
    if (isSubtype(bt, winner)) { winner = bt; continue; }
    raise(exc.TypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** Build a new class (type.__new__ proper). */
export function createClass(meta: number, name: number, bases: number[], ns: number, kwargs: Map<string, number> | null): number {
  meta = calculateMeta(meta, bases);
  if (bases.length === 0) bases = [ObjectType];
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    if (bases.indexOf(b) !== i) raise(exc.TypeError, `duplicate base class ${typeNameJs(b)}`);
    if (!isSubtype(typeOf(b), TypeType)) raise(exc.TypeError, 'bases must be types');
    if (!(typeFlags(b) & TypeFlag.BaseType)) raise(exc.TypeError, `type '${typeNameJs(b)}' is not an acceptable base type`);
  }
  // The solid base: the base whose layout the instances need (at most one non-object layout).
  let solid = ObjectType;
  let solidSlots = 0;
  let layout: number = Layout.Object;
  for (const b of bases) {
    // Subclasses of immutable value types (int, float, str, bytes, tuple, complex) are plain
    // instances whose slot 0 holds the value: their layout is Object with a slot.
    let bl = typeLayout(b);
    let bs = typeField(b, T_NSLOTS);
    if (IMMUTABLE_VALUE_LAYOUTS.has(bl)) { bl = Layout.Object; bs = Math.max(bs, 1); }
    if (bl !== Layout.Object || bs > 0) {
      if (layout !== Layout.Object && bl !== layout) raise(exc.TypeError, 'multiple bases have instance lay-out conflict');
      if (bl !== Layout.Object || bs > solidSlots) { solid = b; solidSlots = bs; }
      layout = bl;
    }
  }
  const cls = allocType(meta);
  const dict = newDict();
  for (const [k, v] of dictItemsList(ns)) dictSetItem(dict, k, v);
  setTypeField(cls, T_NAME, internStr(name));
  setTypeField(cls, T_DICT, dict);
  setTypeField(cls, T_BASES, newTuple(bases));
  setTypeField(cls, T_BASE, bases.length === 1 ? bases[0] : solid);
  let flags = TypeFlag.HeapType | TypeFlag.BaseType;
  for (const b of bases) if (typeFlags(b) & TypeFlag.ExceptionSubclass) flags |= TypeFlag.ExceptionSubclass;
  setTypeField(cls, T_LAYOUT, layout);
  setTypeField(cls, T_SIZE, typeField(solid, T_SIZE));
  try {
    setMro(cls, computeMro(cls, bases));
  } catch (e) {
    if (e instanceof MroError) raise(exc.TypeError, e.message);
    throw e;
  }
  // __slots__
  let nslots = solidSlots;
  const slots = dictLookupStr(dict, N.__slots__);
  let wantsDict = true;
  if (slots !== NULL) {
    const names = isInstance(slots, StrType) ? [slots] : iterableToArray(slots);
    wantsDict = false;
    for (const s of names) {
      if (!isInstance(s, StrType)) raise(exc.TypeError, `__slots__ items must be strings, not '${typeName(s)}'`);
      const sn = jsString(s);
      if (sn === '__dict__') { wantsDict = true; continue; }
      if (sn === '__weakref__') continue;
      if (dictLookupStr(dict, internStr(s)) !== NULL) raise(exc.ValueError, `'${sn}' in __slots__ conflicts with class variable`);
      dictSetItem(dict, internStr(s), newSlotMember(cls, internStr(s), nslots));
      nslots++;
    }
    for (const b of bases) if (typeFlags(b) & TypeFlag.HasDict) wantsDict = true;
  }
  if (layout === Layout.Object && typeFlags(solid) & TypeFlag.Immutable) flags |= TypeFlag.Immutable;
  if (wantsDict) flags |= TypeFlag.HasDict;
  setTypeField(cls, T_NSLOTS, nslots);
  setTypeField(cls, T_FLAGS, flags);
  // __module__ and __qualname__
  if (dictLookupStr(dict, N.__module__) === NULL) {
    const g = currentGlobalsHook();
    const mn = g === NULL ? NULL : dictLookupStr(g, N.__name__);
    if (mn !== NULL) dictSetItem(dict, N.__module__, mn);
  }
  const q = dictLookupStr(dict, N.__qualname__);
  if (q !== NULL) {
    if (!isInstance(q, StrType)) raise(exc.TypeError, `type __qualname__ must be a str, not ${typeName(q)}`);
    setTypeField(cls, T_QUALNAME, q);
    dictPopStr(dict, N.__qualname__);
  } else setTypeField(cls, T_QUALNAME, typeField(cls, T_NAME));
  // __init_subclass__ / __class_getitem__ are implicitly class methods; __new__ static.
  for (const [nm, wrap] of [[N.__init_subclass__, classMethodHook], [N.__class_getitem__, classMethodHook], [N.__new__, staticMethodHook]] as [number, (f: number) => number][]) {
    const f = dictLookupStr(dict, nm);
    if (f !== NULL && isFunctionHook(f)) dictSetItem(dict, nm, wrap(f));
  }
  // A class that defines __eq__ but not __hash__ is unhashable.
  if (dictLookupStr(dict, N.__eq__) !== NULL && dictLookupStr(dict, N.__hash__) === NULL) dictSetItem(dict, N.__hash__, None);
  for (const b of bases) addSubclassEntry(b, cls);
  // __set_name__
  for (const [k, v] of dictItemsList(dict)) {
    const sn = v < REF_BASE ? NULL : typeLookup(typeOf(v), N.__set_name__);
    if (sn !== NULL) callDescr(sn, v, [cls, k]);
  }
  // __init_subclass__ of the parent (super(cls, cls).__init_subclass__(**kwargs))
  const mro = typeMro(cls);
  for (let i = 1; i < tupleLength(mro); i++) {
    const init = dictLookupStr(typeDict(tupleItem(mro, i)), N.__init_subclass__);
    if (init !== NULL) {
      const bound = bindDescr(init, NULL, cls);
      const kw = kwargs ? [...kwargs.entries()] : [];
      callObject(bound, kw.map(([, v]) => v), kw.length ? kw.map(([k]) => intern(k)) : null);
      break;
    }
  }
  return cls;
}

let currentGlobalsHook: () => number = () => NULL;
export function setCurrentGlobalsHook(f: () => number): void { currentGlobalsHook = f; }
let classMethodHook: (f: number) => number = (f) => f;
let staticMethodHook: (f: number) => number = (f) => f;
let isFunctionHook: (f: number) => boolean = () => false;
export function setClassCreationHooks(cm: (f: number) => number, sm: (f: number) => number, isFn: (f: number) => boolean): void {
  classMethodHook = cm; staticMethodHook = sm; isFunctionHook = isFn;
}
let iterableToArray: (v: number) => number[] = () => [];
export function setIterableToArray(f: (v: number) => number[]): void { iterableToArray = f; }
let dictPopStr: (d: number, k: number) => void = () => {};
export function setDictPopStr(f: (d: number, k: number) => void): void { dictPopStr = f; }

// Subclass lists (for typeModified and __subclasses__).
function addSubclassEntry(base: number, sub: number): void {
  let l = typeField(base, T_SUBCLASSES);
  if (l === NULL) {
    l = newList([]);
    setTypeField(base, T_SUBCLASSES, l);
    // A new reference in the type: a new version (the collector relies on it, see
    // typeobject.ts registerSealedTracing; lookups are unaffected).
    setTypeField(base, T_VERSION, freshTypeVersion());
  }
  listAppend(l, sub);
}
setSubclassHooks((t) => { const l = typeField(t, T_SUBCLASSES); return l === NULL ? [] : listItems(l); }, addSubclassEntry);

// __slots__ members: a member descriptor object [header][owner][name][i32 index]
export let MemberDescriptorType = 0;
registerTracer(Layout.Descriptor, (a, visit) => { visit(F[(a >> 3) + 1]); visit(F[(a >> 3) + 2]); });
function newSlotMember(owner: number, name: number, index: number): number {
  const ref = allocObject(32, MemberDescriptorType - REF_BASE, Layout.Descriptor);
  const f = (ref - REF_BASE) >> 3;
  F[f + 1] = owner; F[f + 2] = name; F[f + 3] = index;
  return ref;
}
function memberCheck(d: number, obj: number): number {
  const f = (d - REF_BASE) >> 3;
  if (!isInstance(obj, F[f + 1])) raise(exc.TypeError, `descriptor '${jsString(F[f + 2])}' for '${typeNameJs(F[f + 1])}' objects doesn't apply to a '${typeName(obj)}' object`);
  return ((obj - REF_BASE) >> 3) + 2 + F[f + 3];
}
defineBuiltinType({
  name: 'member_descriptor', layout: Layout.Descriptor, flags: 0, setRef: (r) => { MemberDescriptorType = r; },
  methods: [
    { name: '__get__', sig: '__get__(self, instance, owner=None, /)', fn: (d: number, obj: number) => {
      if (obj === None) return d;
      const v = F[memberCheck(d, obj)];
      if (v === NULL) raise(exc.AttributeError, `'${typeName(obj)}' object has no attribute '${jsString(F[((d - REF_BASE) >> 3) + 2])}'`);
      return v;
    } },
    { name: '__set__', sig: '__set__(self, instance, value, /)', fn: (d: number, obj: number, v: number) => { F[memberCheck(d, obj)] = v; return None; } },
    { name: '__delete__', sig: '__delete__(self, instance, /)', fn: (d: number, obj: number) => {
      const w = memberCheck(d, obj);
      if (F[w] === NULL) raise(exc.AttributeError, `'${typeName(obj)}' object has no attribute '${jsString(F[((d - REF_BASE) >> 3) + 2])}'`);
      F[w] = NULL; return None;
    } },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (d: number) => newStr(`<member '${jsString(F[((d - REF_BASE) >> 3) + 2])}' of '${typeNameJs(F[((d - REF_BASE) >> 3) + 1])}' objects>`) },
  ],
});

function typeCall(cls: number, args: number[], kwargs: Map<string, number> | null): number {
  const kw = kwargs ? [...kwargs.entries()] : [];
  const kwnames = kw.length ? kw.map(([k]) => intern(k)) : null;
  const all = kw.length ? [...args, ...kw.map(([, v]) => v)] : args;
  return constructInstance(cls, all, kwnames);
}

/** cls(*args): __new__ then __init__ (type.__call__). */
export function constructInstance(cls: number, args: number[], kwnames: number[] | null): number {
  if (cls === TypeType && args.length === 1 && kwnames === null) return typeOf(args[0]);
  if (kwnames === null) {
    const bi = F[((cls - REF_BASE) >> 3) + T_BUILTIN];
    if (bi >= 0) {
      const fc = fastConstructors[bi];
      if (fc !== undefined) { const r = fc(args); if (r !== NULL) return r; }
    }
  }
  const newm = typeLookup(cls, N.__new__);
  if (newm === objectNewDescrRef() && typeLayout(cls) === Layout.Object && !(typeFlags(cls) & TypeFlag.Abstract)) {
    // A plain class: object.__new__'s allocation without binding its (*args, **kwargs),
    // then __init__ unless it is object's (which would only check that there are no
    // arguments: the generic path below says so).
    const init = typeLookup(cls, N.__init__);
    if (init !== objectInitDescrRef()) {
      const obj = allocInstance(cls);
      const r = callWithSelf(init, obj, args, kwnames);
      if (r !== None) raise(exc.TypeError, `__init__() should return None, not '${typeName(r)}'`);
      return obj;
    }
    if (args.length === 0) return allocInstance(cls);
  }
  const obj = callObject(bindNew(newm, cls), [cls, ...args], kwnames);
  if (!isSubtype(typeOf(obj), cls)) return obj;
  const init = typeLookup(typeOf(obj), N.__init__);
  if (init !== NULL) {
    const r = callWithSelf(init, obj, args, kwnames);
    if (r !== None) raise(exc.TypeError, `__init__() should return None, not '${typeName(r)}'`);
  }
  return obj;
}
function bindNew(newm: number, cls: number): number {
  // __new__ is a static method: unwrap a staticmethod object if a user class stored one.
  return staticUnwrapHook(newm, cls);
}
let staticUnwrapHook: (f: number, cls: number) => number = (f) => f;
export function setStaticUnwrapHook(f: (f: number, cls: number) => number): void { staticUnwrapHook = f; }

function typeRepr(cls: number): number {
  const m = dictLookupStr(typeDict(cls), N.__module__);
  const mod = m !== NULL && isInstance(m, StrType) ? jsString(m) : 'builtins';
  const q = jsString(typeField(cls, T_QUALNAME));
  return newStr(mod === 'builtins' ? `<class '${q}'>` : `<class '${mod}.${q}'>`);
}

/** `type`'s own dict holds its __doc__/__module__ getsets: they are not values for type itself. */
function isOwnGetSet(v: number): boolean {
  return v >= REF_BASE && (I32[((v - REF_BASE) >> 2) + 1] & 0xff) === Layout.Builtin && nativeKind(v) === NativeKind.GetSet;
}
function typeDictProxy(cls: number): number {
  return mappingProxyHook(typeDict(cls));
}
let mappingProxyHook: (d: number) => number = (d) => d;
export function setMappingProxyHook(f: (d: number) => number): void { mappingProxyHook = f; }

export const typeHandle = defineBuiltinType({
  name: 'type', layout: Layout.Type, size: 112, base: objectHandle,
  flags: TypeFlag.BaseType,
  methods: [
    { name: '__new__', sig: '__new__(meta, *args, **kwargs)', fn: typeNew, kind: 'staticmethod' },
    { name: '__init__', sig: '__init__(self, *args, **kwargs)', fn: () => None },
    { name: '__call__', sig: '__call__(self, *args, **kwargs)', fn: typeCall },
    { name: '__repr__', sig: '__repr__(self, /)', fn: typeRepr },
    { name: '__getattribute__', sig: '__getattribute__(self, name, /)', fn: (s: number, name: number) => { const n = checkName(name); const v = typeGetAttr(s, n); if (v === NULL) raiseAttributeError(s, n); return v; } },
    { name: '__setattr__', sig: '__setattr__(self, name, value, /)', fn: (s: number, name: number, v: number) => { typeSetAttr(s, checkName(name), v); return None; } },
    { name: '__delattr__', sig: '__delattr__(self, name, /)', fn: (s: number, name: number) => { typeSetAttr(s, checkName(name), NULL); return None; } },
    { name: 'mro', sig: 'mro(self, /)', fn: (s: number) => newList(tupleItems(typeMro(s))) },
    { name: '__subclasses__', sig: '__subclasses__(self, /)', fn: (s: number) => { const l = typeField(s, T_SUBCLASSES); return newList(l === NULL ? [] : listItems(l)); } },
    { name: '__instancecheck__', sig: '__instancecheck__(self, instance, /)', fn: (s: number, o: number) => bool(isInstance(o, s)) },
    { name: '__subclasscheck__', sig: '__subclasscheck__(self, subclass, /)', fn: (s: number, o: number) => bool(isSubtype(o, s)) },
    { name: '__prepare__', sig: '__prepare__(name, bases, /, **kwds)', fn: () => newDict(), kind: 'staticmethod' },
    { name: '__dir__', sig: '__dir__(self, /)', fn: (s: number) => { const names = new Set<string>(); const mro = typeMro(s); for (let i = 0; i < tupleLength(mro); i++) for (const k of dictKeysList(typeDict(tupleItem(mro, i)))) names.add(jsString(k)); return newList([...names].map((x) => newStr(x))); } },
    { name: '__or__', sig: '__or__(self, other, /)', fn: (s: number, o: number) => unionHook(s, o) },
    { name: '__ror__', sig: '__ror__(self, other, /)', fn: (s: number, o: number) => unionHook(o, s) },
  ],
  getsets: [
    { name: '__name__', get: (s: number) => typeField(s, T_NAME), set: (s: number, v: number) => { if (!isInstance(v, StrType)) raise(exc.TypeError, `can only assign string to ${typeNameJs(s)}.__name__, not '${typeName(v)}'`); setTypeField(s, T_NAME, v); typeModified(s); } },
    { name: '__qualname__', get: (s: number) => typeField(s, T_QUALNAME), set: (s: number, v: number) => { setTypeField(s, T_QUALNAME, v); } },
    { name: '__bases__', get: (s: number) => typeField(s, T_BASES) },
    { name: '__base__', get: (s: number) => { const b = typeField(s, T_BASES); return tupleLength(b) ? tupleItem(b, 0) : None; } },
    { name: '__mro__', get: (s: number) => typeField(s, T_MRO) },
    { name: '__dict__', get: typeDictProxy },
    { name: '__doc__', get: (s: number) => { const d = dictLookupStr(typeDict(s), N.__doc__); if (d === NULL || isOwnGetSet(d)) return None; const g = d >= REF_BASE ? typeLookup(typeOf(d), N.__get__) : NULL; return g !== NULL ? callDescr(g, d, [None, s]) : d; } },
    { name: '__module__', get: (s: number) => { const d = dictLookupStr(typeDict(s), N.__module__); return d === NULL || isOwnGetSet(d) ? newStr('builtins') : d; }, set: (s: number, v: number) => { dictSetItem(typeDict(s), N.__module__, v); typeModified(s); } },
    { name: '__abstractmethods__', get: (s: number) => { const d = dictLookupStr(typeDict(s), N.__abstractmethods__); if (d === NULL) raise(exc.AttributeError, '__abstractmethods__'); return d; }, set: (s: number, v: number) => { dictSetItem(typeDict(s), N.__abstractmethods__, v); const f = typeField(s, T_FLAGS); setTypeField(s, T_FLAGS, truthy(v) ? f | TypeFlag.Abstract : f & ~TypeFlag.Abstract); typeModified(s); } },
    { name: '__annotations__', get: (s: number) => { const d = dictLookupStr(typeDict(s), N.__annotations__); if (d !== NULL) return d; const nd = newDict(); dictSetItem(typeDict(s), N.__annotations__, nd); return nd; } },
  ],
});
let unionHook: (a: number, b: number) => number = () => NotImplemented;
export function setUnionHook(f: (a: number, b: number) => number): void { unionHook = f; }

void T_MRO; void T_BUILTIN; void builtinTypes; void hash; void dictWordOf; void ensureInstanceDict; void richCompare; void strJs; void False; void dictLen; void visitRange;
