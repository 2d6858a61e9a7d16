/**
 * property, staticmethod, classmethod and super.
 *
 * property:      [header][fget][fset][fdel][doc][dict]   (Layout.Property; dict at word 5)
 * staticmethod / classmethod: [header][dict][callable]  (Layout.Object with one slot)
 * super:         [header][dict][type][obj][obj type]       (Layout.Object with three slots)
 */
import { F, REF_BASE, NULL, I32 } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { registerTracer, visitRange } from '../heap/collector';
import { defineBuiltinType } from './registry';
import { raise } from '../runtime/errors';
import { exc } from './exceptions';
import {
  None, True, False, typeOf, isInstance, callDescr, bindDescr, typeName, genericGetAttr, reprJs, getAttrOrNull,
} from '../runtime/protocol';
import { typeLookup, isSubtype, TypeType, typeMro, typeDict, typeNameJs, T_NSLOTS, setTypeField } from './typeobject';
import { tupleLength, tupleItem } from './tuple';
import { dictLookupStr } from './dict';
import { callObject } from '../runtime/call';
import { N } from '../runtime/names';
import { newStr, jsString, StrType } from './str';
import { allocInstance, builtinAllocators, setClassCreationHooks, setStaticUnwrapHook } from './object';
import { isFunction } from './function';

registerTracer(Layout.Property, (a, visit) => visitRange((a >> 3) + 1, 5, visit));

// ---- property -----------------------------------------------------------------------------
export let PropertyType = 0;
const pf = (p: number, k: number) => F[((p - REF_BASE) >> 3) + k];
function newPropertyOfType(t: number, fget: number, fset: number, fdel: number, doc: number): number {
  const ref = allocObject(48, t - REF_BASE, Layout.Property);
  const f = (ref - REF_BASE) >> 3;
  F[f + 1] = fget; F[f + 2] = fset; F[f + 3] = fdel; F[f + 4] = doc; F[f + 5] = NULL;
  return ref;
}
const orNone = (v: number) => (v === NULL ? None : v);
function propertyInit(self: number, fget: number, fset: number, fdel: number, doc: number): number {
  const f = (self - REF_BASE) >> 3;
  F[f + 1] = orNone(fget); F[f + 2] = orNone(fset); F[f + 3] = orNone(fdel);
  let d = orNone(doc);
  if (d === None && F[f + 1] !== None) {
    const gd = getAttrOrNull(F[f + 1], N.__doc__);
    if (gd !== NULL) d = gd;
  }
  F[f + 4] = d;
  return None;
}
function propertyCopy(self: number, which: number, v: number): number {
  const t = typeOf(self);
  const vals = [pf(self, 1), pf(self, 2), pf(self, 3)];
  vals[which] = v;
  const p = newPropertyOfType(t, vals[0], vals[1], vals[2], pf(self, 4));
  if (t !== PropertyType) return callObject(t, [...vals, pf(self, 4)], null);
  return p;
}
const propertyHandle = defineBuiltinType({
  name: 'property', layout: Layout.Property, size: 48,
  setRef: (r) => { PropertyType = r; },
  methods: [
    { name: '__new__', sig: '__new__(cls, *args, **kwargs)', fn: (cls: number) => newPropertyOfType(cls, None, None, None, None), kind: 'staticmethod' },
    { name: '__init__', sig: '__init__(self, fget=None, fset=None, fdel=None, doc=None)', fn: propertyInit },
    { name: '__get__', sig: '__get__(self, instance, owner=None, /)', fn: (p: number, obj: number) => {
      if (obj === None || obj === NULL) return p;
      if (pf(p, 1) === None) raise(exc.AttributeError, `property ${propName(p)}of '${typeName(obj)}' object has no getter`);
      return callObject(pf(p, 1), [obj], null);
    } },
    { name: '__set__', sig: '__set__(self, instance, value, /)', fn: (p: number, obj: number, v: number) => {
      if (pf(p, 2) === None) raise(exc.AttributeError, `property ${propName(p)}of '${typeName(obj)}' object has no setter`);
      callObject(pf(p, 2), [obj, v], null);
      return None;
    } },
    { name: '__delete__', sig: '__delete__(self, instance, /)', fn: (p: number, obj: number) => {
      if (pf(p, 3) === None) raise(exc.AttributeError, `property ${propName(p)}of '${typeName(obj)}' object has no deleter`);
      callObject(pf(p, 3), [obj], null);
      return None;
    } },
    { name: 'getter', sig: 'getter(self, fget, /)', fn: (p: number, f: number) => propertyCopy(p, 0, f) },
    { name: 'setter', sig: 'setter(self, fset, /)', fn: (p: number, f: number) => propertyCopy(p, 1, f) },
    { name: 'deleter', sig: 'deleter(self, fdel, /)', fn: (p: number, f: number) => propertyCopy(p, 2, f) },
    { name: '__set_name__', sig: '__set_name__(self, owner, name, /)', fn: () => None },
  ],
  getsets: [
    { name: 'fget', get: (p: number) => pf(p, 1) },
    { name: 'fset', get: (p: number) => pf(p, 2) },
    { name: 'fdel', get: (p: number) => pf(p, 3) },
    { name: '__doc__', get: (p: number) => pf(p, 4), set: (p: number, v: number) => { F[((p - REF_BASE) >> 3) + 4] = v; } },
    { name: '__isabstractmethod__', get: (p: number) => { for (let k = 1; k <= 3; k++) { const f = pf(p, k); if (f !== None) { const a = getAttrOrNull(f, N.__isabstractmethod__); if (a !== NULL && a === True) return True; } } return False; } },
  ],
});
builtinAllocators.set(propertyHandle.index, (cls) => newPropertyOfType(cls, None, None, None, None));
function propName(p: number): string {
  const g = pf(p, 1);
  if (g === None) return '';
  const n = getAttrOrNull(g, N.__name__);
  return n !== NULL && isInstance(n, StrType) ? `'${jsString(n)}' ` : '';
}

// ---- staticmethod / classmethod -----------------------------------------------------------
export let StaticMethodType = 0, ClassMethodType = 0;
const wrapped = (w: number) => F[((w - REF_BASE) >> 3) + 2];
function newWrapper(t: number, f: number): number {
  const w = allocInstance(t);
  F[((w - REF_BASE) >> 3) + 2] = f;
  return w;
}
function wrapperGetsets() {
  return [
    { name: '__func__', get: wrapped },
    { name: '__wrapped__', get: wrapped },
    { name: '__isabstractmethod__', get: (w: number) => { const a = getAttrOrNull(wrapped(w), N.__isabstractmethod__); return a === NULL ? False : a; } },
    { name: '__dict__', get: (w: number) => { const d = F[((w - REF_BASE) >> 3) + 1]; return d === NULL ? None : d; } },
  ];
}
defineBuiltinType({
  name: 'staticmethod', layout: Layout.Object, size: 24,
  setRef: (r) => { StaticMethodType = r; setTypeField(r, T_NSLOTS, 1); },
  methods: [
    { name: '__new__', sig: '__new__(cls, *args, **kwargs)', fn: (cls: number) => newWrapper(cls, None), kind: 'staticmethod' },
    { name: '__init__', sig: '__init__(self, function, /)', fn: (w: number, f: number) => { F[((w - REF_BASE) >> 3) + 2] = f; return None; } },
    { name: '__get__', sig: '__get__(self, instance, owner=None, /)', fn: (w: number) => wrapped(w) },
    { name: '__call__', sig: '__call__(self, *args, **kwargs)', fn: (w: number, args: number[]) => callObject(wrapped(w), args, null) },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (w: number) => newStr(`<staticmethod(${reprJs(wrapped(w))})>`) },
  ],
  getsets: wrapperGetsets(),
});
defineBuiltinType({
  name: 'classmethod', layout: Layout.Object, size: 24,
  setRef: (r) => { ClassMethodType = r; setTypeField(r, T_NSLOTS, 1); },
  methods: [
    { name: '__new__', sig: '__new__(cls, *args, **kwargs)', fn: (cls: number) => newWrapper(cls, None), kind: 'staticmethod' },
    { name: '__init__', sig: '__init__(self, function, /)', fn: (w: number, f: number) => { F[((w - REF_BASE) >> 3) + 2] = f; return None; } },
    { name: '__get__', sig: '__get__(self, instance, owner=None, /)', fn: (w: number, obj: number, owner: number) => {
      const cls = owner === NULL || owner === None ? typeOf(obj) : owner;
      const f = wrapped(w);
      const g = f >= REF_BASE ? typeLookup(typeOf(f), N.__get__) : NULL;
      if (g !== NULL && !isFunction(f)) return callDescr(g, f, [cls, cls]);
      return bindDescr(f, cls, typeOf(cls));
    } },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (w: number) => newStr(`<classmethod(${reprJs(wrapped(w))})>`) },
  ],
  getsets: wrapperGetsets(),
});
setClassCreationHooks((f) => newWrapper(ClassMethodType, f), (f) => newWrapper(StaticMethodType, f), isFunction);
setStaticUnwrapHook((f) => (f >= REF_BASE && I32[(f - REF_BASE) >> 2] === StaticMethodType - REF_BASE ? wrapped(f) : f));

// ---- super --------------------------------------------------------------------------------
export let SuperType = 0;
const sf = (s: number, k: number) => F[((s - REF_BASE) >> 3) + 1 + k];
/** The type to start the MRO search from: type(obj) or obj itself when obj is a class. */
function superCheck(type: number, obj: number): number {
  if (isInstance(obj, TypeType) && isSubtype(obj, type)) return obj;
  if (isSubtype(typeOf(obj), type)) return typeOf(obj);
  const cls = getAttrOrNull(obj, N.__class__);
  if (cls !== NULL && isInstance(cls, TypeType) && isSubtype(cls, type)) return cls;
  raise(exc.TypeError, 'super(type, obj): obj must be an instance or subtype of type');
}
export function newSuper(type: number, obj: number): number {
  if (!isInstance(type, TypeType)) raise(exc.TypeError, `super() argument 1 must be a type, not ${typeName(type)}`);
  const objType = obj === None ? None : superCheck(type, obj);
  const s = allocInstance(SuperType);
  const f = (s - REF_BASE) >> 3;
  F[f + 2] = type; F[f + 3] = obj; F[f + 4] = objType;
  return s;
}
function superGetattribute(s: number, name: number): number {
  const startType = sf(s, 3);
  const nm = jsString(name);
  if (startType !== None && nm !== '__class__') {
    const mro = typeMro(startType);
    const n = tupleLength(mro);
    let i = 0;
    while (i < n && tupleItem(mro, i) !== sf(s, 1)) i++;
    for (i++; i < n; i++) {
      const v = dictLookupStr(typeDict(tupleItem(mro, i)), name);
      if (v === NULL) continue;
      const obj = sf(s, 2);
      return bindDescr(v, obj === startType ? NULL : obj, startType);
    }
  }
  const v = genericGetAttr(s, name);
  if (v === NULL) raise(exc.AttributeError, `'super' object has no attribute '${nm}'`);
  return v;
}
defineBuiltinType({
  name: 'super', layout: Layout.Object, size: 40,
  setRef: (r) => { SuperType = r; setTypeField(r, T_NSLOTS, 3); },
  methods: [
    { name: '__new__', sig: '__new__(cls, *args, **kwargs)', fn: (_cls: number, args: number[], kw: Map<string, number> | null) => {
      if (kw && kw.size > 0) raise(exc.TypeError, 'super() takes no keyword arguments');
      if (args.length > 2) raise(exc.TypeError, `super() expected at most 2 arguments, got ${args.length}`);
      if (args.length === 0) raise(exc.RuntimeError, 'super(): no arguments');
      return newSuper(args[0], args.length > 1 ? args[1] : None);
    }, kind: 'staticmethod' },
    { name: '__init__', sig: '__init__(self, *args)', fn: () => None },
    { name: '__getattribute__', sig: '__getattribute__(self, name, /)', fn: superGetattribute },
    { name: '__get__', sig: '__get__(self, instance, owner=None, /)', fn: (s: number, obj: number) => (obj === None || sf(s, 2) !== None ? s : newSuper(sf(s, 1), obj)) },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => {
      const t = typeNameJs(sf(s, 1));
      const o = sf(s, 3);
      return newStr(o === None ? `<super: <class '${t}'>, NULL>` : `<super: <class '${t}'>, <${typeNameJs(o)} object>>`);
    } },
  ],
  getsets: [
    { name: '__thisclass__', get: (s: number) => sf(s, 1) },
    { name: '__self__', get: (s: number) => sf(s, 2) },
    { name: '__self_class__', get: (s: number) => sf(s, 3) },
  ],
});
