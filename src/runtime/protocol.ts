/**
 * The abstract object protocol: what the compiled code and the natives call to operate on
 * any Python value (CPython's Objects/abstract.c and object.c): truth, attributes,
 * comparisons, arithmetic, hashing, repr/str, iteration, subscription.
 *
 * Fast paths for int immediates and exact builtin types come first; everything else looks
 * the dunder method up on the type (typeLookup, cached per worker) and calls it.
 */
import { pythonCodePoint } from '../numeric/surrogates';
import { I32, F, REF_BASE, NULL, INT_LIMIT } from '../heap/memory';
import { Layout } from '../heap/layout';
import { floatRepr, hashFloat } from '../numeric';
import { getRoot, Root } from '../heap/roots';
import {
  typeLookup, typeNameJs, isSubtype, typeFlags, TypeFlag, TypeType, T_DICT, NativeKind, nativeKind,
  nativeIndex, nativeSelf, nativeSetter, newNativeObject, BuiltinFunctionType, typeDict, typeModified,
  typeLayout, ObjectType, typeMro, typeField,
} from '../objects/typeobject';
import { IntType, BoolType, intValue, isIntLike, newInt, IntVal, intCompare, compareIntFloat } from '../objects/int';
import { FloatType, newFloat, floatValue, floatTypeAddress } from '../objects/float';
import { StrType, jsString, newStr, strHash, strEquals, strCompareRefs } from '../objects/str';
import { TupleType, tupleLength, tupleItem } from '../objects/tuple';
import { newDict, dictLookupStr, dictSetItem, dictPop, DictType } from '../objects/dict';
import { raise, enterRecursiveCall, newException, raiseObject } from './errors';
import { ts } from '../threads/threadState';
import { N } from './names';
import { natives } from './natives';
import { callNativeSpec, callObject, callFunctionWithSelf } from './call';
import { isFunction, newMethod, FunctionType, fnField, FN_DICT, MethodType } from '../objects/function';
import { exc } from '../objects/exceptions';

export let None = 0, True = 0, False = 0, NotImplemented = 0, Ellipsis = 0;
export function loadSingletons(): void {
  None = getRoot(Root.None); True = getRoot(Root.True); False = getRoot(Root.False);
  NotImplemented = getRoot(Root.NotImplemented); Ellipsis = getRoot(Root.Ellipsis);
}

export function bool(b: boolean): number { return b ? True : False; }

/** type(v) as a reference. */
export function typeOf(v: number): number {
  if (v < REF_BASE) return Number.isInteger(v) ? IntType : FloatType;
  return I32[(v - REF_BASE) >> 2] + REF_BASE;
}
export function typeName(v: number): string { return typeNameJs(typeOf(v)); }
export function isInstance(v: number, t: number): boolean { return isSubtype(typeOf(v), t); }
export function layoutOf(v: number): number { return v < REF_BASE ? -1 : I32[((v - REF_BASE) >> 2) + 1] & 0xff; }

// ---- calling a looked-up attribute --------------------------------------------------------
/** Call the descriptor `d` found on type(self) as a method of `self`. */
export function callDescr(d: number, self: number, args: number[]): number {
  if (d >= REF_BASE) {
    const t = I32[(d - REF_BASE) >> 2] + REF_BASE;
    if (t === FunctionType) return callFunctionWithSelf(d, self, args);
    if ((I32[((d - REF_BASE) >> 2) + 1] & 0xff) === Layout.Builtin && nativeKind(d) === NativeKind.MethodDescriptor) {
      return callNativeSpec(natives[nativeIndex(d)], self, args, null);
    }
  }
  const bound = bindDescr(d, self, typeOf(self));
  return callObject(bound, args, null);
}

/** descr.__get__(obj, type) for a class attribute found while looking up on an instance. */
export function bindDescr(d: number, obj: number, type: number): number {
  if (d < REF_BASE) return d;
  const dt = I32[(d - REF_BASE) >> 2] + REF_BASE;
  if (dt === FunctionType) return obj === NULL ? d : newMethod(d, obj);
  const layout = I32[((d - REF_BASE) >> 2) + 1] & 0xff;
  if (layout === Layout.Builtin) {
    const k = nativeKind(d);
    if (k === NativeKind.MethodDescriptor) {
      return obj === NULL ? d : newNativeObject(BuiltinFunctionType, nativeIndex(d), NativeKind.Bound, obj, F[((d - REF_BASE) >> 3) + 3]);
    }
    if (k === NativeKind.ClassMethod) return newNativeObject(BuiltinFunctionType, nativeIndex(d), NativeKind.Bound, type, F[((d - REF_BASE) >> 3) + 3]);
    if (k === NativeKind.StaticMethod) return newNativeObject(BuiltinFunctionType, nativeIndex(d), NativeKind.Function, NULL, F[((d - REF_BASE) >> 3) + 3]);
    if (k === NativeKind.GetSet) return obj === NULL ? d : natives[nativeIndex(d)].fn(obj);
    return d;
  }
  const get = typeLookup(dt, N.__get__);
  if (get === NULL) return d;
  return callDescr(get, d, [obj === NULL ? None : obj, type]);
}

function isDataDescr(d: number): boolean {
  if (d < REF_BASE) return false;
  const layout = I32[((d - REF_BASE) >> 2) + 1] & 0xff;
  if (layout === Layout.Builtin) return nativeKind(d) === NativeKind.GetSet;
  if (layout === Layout.Function) return false;
  const dt = I32[(d - REF_BASE) >> 2] + REF_BASE;
  return typeLookup(dt, N.__set__) !== NULL || typeLookup(dt, N.__delete__) !== NULL;
}

// ---- instance dicts -----------------------------------------------------------------------
/** F index of the word holding the instance dict of `v`, or -1. */
export function dictWordOf(v: number): number {
  if (v < REF_BASE) return -1;
  const a = v - REF_BASE;
  const layout = I32[(a >> 2) + 1] & 0xff;
  switch (layout) {
    case Layout.Object: case Layout.Exception: case Layout.Module: return (a >> 3) + 1;
    case Layout.Function: return (a >> 3) + FN_DICT;
    case Layout.Type: return (a >> 3) + T_DICT;
    case Layout.List: return (a >> 3) + 3;
    case Layout.Dict: return (a >> 3) + 4;
    case Layout.Set: return (a >> 3) + 4;
    case Layout.ByteArray: return (a >> 3) + 3;
    case Layout.Property: return (a >> 3) + 5;
    default: return -1;
  }
}
/** The instance dict, or NULL (none yet, or the type has no __dict__). */
export function instanceDict(v: number): number {
  const w = dictWordOf(v);
  return w < 0 ? NULL : F[w];
}
/** The instance dict, created if the type has instance dicts; NULL if it cannot have one. */
export function ensureInstanceDict(v: number): number {
  const w = dictWordOf(v);
  if (w < 0) return NULL;
  let d = F[w];
  if (d !== NULL) return d;
  const t = typeOf(v);
  const layout = layoutOf(v);
  if (layout !== Layout.Object && layout !== Layout.Exception && layout !== Layout.Function && !(typeFlags(t) & TypeFlag.HasDict)) return NULL;
  if (layout === Layout.Object && !(typeFlags(t) & TypeFlag.HasDict)) return NULL;
  d = newDict();
  F[w] = d;
  return d;
}

// ---- attribute access ---------------------------------------------------------------------
let getattributeHook: (obj: number, name: number) => number = () => NULL;

/** getattr(obj, name): raises AttributeError (the descriptor's own, if one raised). */
export function getAttr(obj: number, name: number): number {
  const t = typeOf(obj);
  const ga = typeLookup(t, N.__getattribute__);
  if (ga === objectGetattribute && typeLookup(t, N.__getattr__) === NULL) {
    const v = genericGetAttr(obj, name);
    if (v === NULL) raiseAttributeError(obj, name);
    return v;
  }
  const v = getAttrOrNull(obj, name);
  if (v === NULL) raiseAttributeError(obj, name);
  return v;
}

export function raiseAttributeError(obj: number, name: number): never {
  const t = typeOf(obj);
  let msg: string;
  if (t === TypeType || isSubtype(t, TypeType)) msg = `type object '${typeNameJs(obj)}' has no attribute '${jsString(name)}'`;
  else if (layoutOf(obj) === Layout.Module) {
    const d = instanceDict(obj);
    const mn = d === NULL ? NULL : dictLookupStr(d, N.__name__);
    msg = `module '${mn !== NULL && typeOf(mn) === StrType ? jsString(mn) : '?'}' has no attribute '${jsString(name)}'`;
  } else msg = `'${typeNameJs(t)}' object has no attribute '${jsString(name)}'`;
  // Like CPython's generic lookup, the error knows the attribute's name and the object.
  const e = newException(exc.AttributeError, msg).exc;
  dictSetItem(ensureInstanceDict(e), N.name, name);
  dictSetItem(ensureInstanceDict(e), N.obj, obj);
  raiseObject(e);
}

/** getattr that returns NULL instead of raising AttributeError. */
export function getAttrOrNull(obj: number, name: number): number {
  const t = typeOf(obj);
  const ga = typeLookup(t, N.__getattribute__);
  if (ga !== objectGetattribute && ga !== typeGetattribute) {
    // A custom __getattribute__ (and maybe __getattr__).
    try {
      return callDescr(ga, obj, [name]);
    } catch (e) {
      if (!isAttributeError(e)) throw e;
      const gattr = typeLookup(t, N.__getattr__);
      if (gattr === NULL) return NULL;
      return callGetattrFallback(gattr, obj, name);
    }
  }
  let v: number;
  try {
    v = ga === typeGetattribute ? typeGetAttr(obj, name) : genericGetAttr(obj, name);
  } catch (e) {
    // A descriptor raising AttributeError counts as "absent" (then __getattr__ applies).
    if (!isAttributeError(e)) throw e;
    v = NULL;
  }
  if (v !== NULL) return v;
  const gattr = typeLookup(t, N.__getattr__);
  if (gattr === NULL) return NULL;
  return callGetattrFallback(gattr, obj, name);
}

function callGetattrFallback(gattr: number, obj: number, name: number): number {
  try {
    return callDescr(gattr, obj, [name]);
  } catch (e) {
    if (isAttributeError(e)) return NULL;
    throw e;
  }
}

export let isAttributeError: (e: unknown) => boolean = () => false;
export function setIsAttributeError(f: (e: unknown) => boolean): void { isAttributeError = f; }

/** object.__getattribute__ (PyObject_GenericGetAttr), NULL when absent. */
export function genericGetAttr(obj: number, name: number): number {
  const t = typeOf(obj);
  const d = typeLookup(t, name);
  if (name === N.__dict__ && d === NULL) {
    // The instance dict itself (made on first use), for types whose instances have one.
    const dict = ensureInstanceDict(obj);
    if (dict !== NULL) return dict;
  }
  if (d !== NULL && isDataDescr(d)) return bindDescr(d, obj, t);
  const w = dictWordOf(obj);
  if (w >= 0) {
    const dict = F[w];
    if (dict !== NULL) {
      const v = I32[(dict - REF_BASE) >> 2] === DictType - REF_BASE ? dictLookupStrOrGeneric(dict, name) : dictLookupStrOrGeneric(dict, name);
      if (v !== NULL) return v;
    }
  }
  if (d !== NULL) return bindDescr(d, obj, t);
  return NULL;
}
function dictLookupStrOrGeneric(d: number, name: number): number { return dictLookupStr(d, name); }

/** type.__getattribute__: metatype data descriptors, then the MRO of the class, then the metatype. */
export function typeGetAttr(cls: number, name: number): number {
  const meta = typeOf(cls);
  const md = typeLookup(meta, name);
  if (md !== NULL && isDataDescr(md)) return bindDescr(md, cls, meta);
  const v = typeLookup(cls, name);
  if (v !== NULL) {
    // Class attribute: descriptors bind with obj=None.
    if (v < REF_BASE) return v;
    const layout = I32[((v - REF_BASE) >> 2) + 1] & 0xff;
    if (layout === Layout.Function) return v;
    if (layout === Layout.Builtin) {
      const k = nativeKind(v);
      if (k === NativeKind.ClassMethod) return bindDescr(v, NULL, cls);
      if (k === NativeKind.StaticMethod) return bindDescr(v, NULL, cls);
      if (k === NativeKind.GetSet) return v;
      return v;
    }
    const vt = typeOf(v);
    const get = typeLookup(vt, N.__get__);
    if (get !== NULL) return callDescr(get, v, [None, cls]);
    return v;
  }
  if (md !== NULL) return bindDescr(md, cls, meta);
  return NULL;
}

export let objectGetattribute = 0, typeGetattribute = 0, objectSetattr = 0, typeSetattr = 0;
export function loadAttributeSlots(): void {
  objectGetattribute = dictLookupStr(typeDict(ObjectType), N.__getattribute__);
  typeGetattribute = dictLookupStr(typeDict(TypeType), N.__getattribute__);
  objectSetattr = dictLookupStr(typeDict(ObjectType), N.__setattr__);
  typeSetattr = dictLookupStr(typeDict(TypeType), N.__setattr__);
}

export function setAttr(obj: number, name: number, value: number): void {
  const t = typeOf(obj);
  const sa = typeLookup(t, N.__setattr__);
  if (sa === objectSetattr) { genericSetAttr(obj, name, value); return; }
  if (sa === typeSetattr) { typeSetAttr(obj, name, value); return; }
  callDescr(sa, obj, [name, value]);
}

/** object.__setattr__ (value NULL = delete). */
export function genericSetAttr(obj: number, name: number, value: number): void {
  const t = typeOf(obj);
  const d = typeLookup(t, name);
  if (name === N.__dict__ && d === NULL && ensureInstanceDict(obj) !== NULL) {
    if (value === NULL) raise(exc.TypeError, 'cannot delete __dict__');
    if (!isInstance(value, DictType)) raise(exc.TypeError, `__dict__ must be set to a dictionary, not a '${typeName(value)}'`);
    F[dictWordOf(obj)] = value;
    return;
  }
  if (d !== NULL && d >= REF_BASE) {
    const layout = I32[((d - REF_BASE) >> 2) + 1] & 0xff;
    if (layout === Layout.Builtin && nativeKind(d) === NativeKind.GetSet) {
      const setter = nativeSetter(d);
      if (setter < 0) {
        // A read-only member (CPython's READONLY PyMemberDef) words it differently.
        if (natives[nativeIndex(d)].readonlyMember) raise(exc.AttributeError, 'readonly attribute');
        raise(exc.AttributeError, `attribute '${jsString(name)}' of '${typeNameJs(t)}' objects is not writable`);
      }
      natives[setter].fn(obj, value);
      return;
    }
    if (layout !== Layout.Function && layout !== Layout.Builtin) {
      const dt = typeOf(d);
      const m = typeLookup(dt, value === NULL ? N.__delete__ : N.__set__);
      if (m !== NULL) { callDescr(m, d, value === NULL ? [obj] : [obj, value]); return; }
      if (value === NULL && typeLookup(dt, N.__set__) !== NULL) raise(exc.AttributeError, '__delete__');
      if (value !== NULL && typeLookup(dt, N.__delete__) !== NULL) raise(exc.AttributeError, '__set__');
    }
  }
  const dict = ensureInstanceDict(obj);
  if (dict === NULL) {
    if (d !== NULL) raise(exc.AttributeError, `'${typeNameJs(t)}' object attribute '${jsString(name)}' is read-only`);
    raise(exc.AttributeError, `'${typeNameJs(t)}' object has no attribute '${jsString(name)}'`);
  }
  if (value === NULL) {
    if (dictPop(dict, name) === NULL) raise(exc.AttributeError, `'${typeNameJs(t)}' object has no attribute '${jsString(name)}'`);
  } else {
    dictSetItem(dict, name, value);
  }
}

export function typeSetAttr(cls: number, name: number, value: number): void {
  if (!(typeFlags(cls) & TypeFlag.HeapType)) {
    raise(exc.TypeError, `cannot set '${jsString(name)}' attribute of immutable type '${typeNameJs(cls)}'`);
  }
  const meta = typeOf(cls);
  const md = typeLookup(meta, name);
  if (md !== NULL && isDataDescr(md)) {
    genericSetAttr(cls, name, value);
    return;
  }
  const d = typeDict(cls);
  if (value === NULL) {
    if (dictPop(d, name) === NULL) raise(exc.AttributeError, `type object '${typeNameJs(cls)}' has no attribute '${jsString(name)}'`);
  } else dictSetItem(d, name, value);
  typeModified(cls);
}

export function delAttr(obj: number, name: number): void {
  const t = typeOf(obj);
  const da = typeLookup(t, N.__delattr__);
  const objectDelattr = dictLookupStr(typeDict(ObjectType), N.__delattr__);
  const typeDelattr = dictLookupStr(typeDict(TypeType), N.__delattr__);
  if (da === objectDelattr) { genericSetAttr(obj, name, NULL); return; }
  if (da === typeDelattr) { typeSetAttr(obj, name, NULL); return; }
  callDescr(da, obj, [name]);
}

// ---- truth, length ------------------------------------------------------------------------
export function truthy(v: number): boolean {
  if (v === True) return true;
  if (v === False || v === None) return false;
  if (v < REF_BASE) return v !== 0;
  return truthySlow(v);
}
let lenHook: (v: number) => number = () => -1;
export function setLenHook(f: (v: number) => number): void { lenHook = f; }
function truthySlow(v: number): boolean {
  const t = typeOf(v);
  if (t === FloatType) return floatValue(v) !== 0;
  const n = lenHook(v); // exact builtin containers
  if (n >= 0) return n !== 0;
  const b = typeLookup(t, N.__bool__);
  if (b !== NULL) {
    const r = callDescr(b, v, []);
    if (r === True) return true;
    if (r === False) return false;
    raise(exc.TypeError, `__bool__ should return bool, returned ${typeName(r)}`);
  }
  const l = typeLookup(t, N.__len__);
  if (l !== NULL) return lenResult(callDescr(l, v, [])) !== 0;
  return true;
}

function lenResult(r: number): number {
  if (!isIntLike(r)) raise(exc.TypeError, `'${typeName(r)}' object cannot be interpreted as an integer`);
  const n = intValue(r);
  if (n < 0) raise(exc.ValueError, '__len__() should return >= 0');
  if (typeof n === 'bigint') raise(exc.OverflowError, 'cannot fit \'int\' into an index-sized integer');
  return n as number;
}

/** len(v) for the builtin: any length that fits Py_ssize_t (ranges can be that long). */
export function lenExact(v: number): IntVal {
  const n = lenHook(v);
  if (n >= 0) return n;
  const l = typeLookup(typeOf(v), N.__len__);
  if (l === NULL) raise(exc.TypeError, `object of type '${typeName(v)}' has no len()`);
  const r = callDescr(l, v, []);
  if (isIntLike(r)) {
    const x = intValue(r);
    if (typeof x === 'bigint' && x > 0n && x < 2n ** 63n) return x;
  }
  return lenResult(r);
}
export function len(v: number): number {
  const n = lenHook(v);
  if (n >= 0) return n;
  const l = typeLookup(typeOf(v), N.__len__);
  if (l === NULL) raise(exc.TypeError, `object of type '${typeName(v)}' has no len()`);
  return lenResult(callDescr(l, v, []));
}

// ---- comparison ---------------------------------------------------------------------------
export const enum Cmp { LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5 }
const cmpNames = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'] as const;
const cmpSwapped = [Cmp.GT, Cmp.GE, Cmp.EQ, Cmp.NE, Cmp.LT, Cmp.LE];
const cmpSymbols = ['<', '<=', '==', '!=', '>', '>='];

function cmpResult(c: number, op: Cmp): boolean {
  switch (op) {
    case Cmp.LT: return c < 0; case Cmp.LE: return c <= 0; case Cmp.EQ: return c === 0;
    case Cmp.NE: return c !== 0; case Cmp.GT: return c > 0; default: return c >= 0;
  }
}

/** Fast numeric comparison of int/float/bool; returns -2 when not both numbers. */
function numericCompare(a: number, b: number): number {
  const ta = typeOf(a), tb = typeOf(b);
  const aInt = ta === IntType || ta === BoolType, bInt = tb === IntType || tb === BoolType;
  if (aInt && bInt) return intCompare(intValue(a), intValue(b));
  if (aInt && tb === FloatType) { const c = compareIntFloat(intValue(a), floatValue(b)); return Number.isNaN(c) ? 2 : c; }
  if (ta === FloatType && bInt) { const c = compareIntFloat(intValue(b), floatValue(a)); return Number.isNaN(c) ? 2 : -c; }
  if (ta === FloatType && tb === FloatType) {
    const x = floatValue(a), y = floatValue(b);
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : 2;
  }
  return -2;
}

export function richCompare(a: number, b: number, op: Cmp): number {
  if (a < REF_BASE && b < REF_BASE) return bool(cmpResult(a < b ? -1 : a > b ? 1 : 0, op));
  const c = numericCompare(a, b);
  if (c !== -2) return bool(c === 2 ? op === Cmp.NE : cmpResult(c, op));
  const ta = typeOf(a), tb = typeOf(b);
  if (ta === StrType && tb === StrType) {
    if (op === Cmp.EQ) return bool(strEquals(a, b));
    if (op === Cmp.NE) return bool(!strEquals(a, b));
    return bool(cmpResult(strCompareRefs(a, b), op));
  }
  return richCompareSlow(a, b, op, ta, tb);
}

/** Compare JS strings by code point (UTF-16 order differs for astral characters). */
export function compareCodePoints(x: string, y: string): number {
  if (x === y) return 0;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const c = x.charCodeAt(i), d = y.charCodeAt(i);
    if (c !== d) {
      if (c >= 0xd800 && c <= 0xdfff || d >= 0xd800 && d <= 0xdfff) {
        const cp = pythonCodePoint(x.codePointAt(i)!), dp = pythonCodePoint(y.codePointAt(i)!);
        return cp < dp ? -1 : 1;
      }
      return c < d ? -1 : 1;
    }
  }
  return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
}

function richCompareSlow(a: number, b: number, op: Cmp, ta: number, tb: number): number {
  enterRecursiveCall(' in comparison');
  try { return richCompareDispatch(a, b, op, ta, tb); } finally { ts.depth--; }
}
function richCompareDispatch(a: number, b: number, op: Cmp, ta: number, tb: number): number {
  let checkedReflected = false;
  if (ta !== tb && isSubtype(tb, ta)) {
    const m = typeLookup(tb, N[cmpNames[cmpSwapped[op]]]);
    if (m !== NULL) {
      checkedReflected = true;
      const r = callDescr(m, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  const m = typeLookup(ta, N[cmpNames[op]]);
  if (m !== NULL) {
    const r = callDescr(m, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReflected) {
    const m2 = typeLookup(tb, N[cmpNames[cmpSwapped[op]]]);
    if (m2 !== NULL) {
      const r = callDescr(m2, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === Cmp.EQ) return bool(a === b);
  if (op === Cmp.NE) return bool(a !== b);
  raise(exc.TypeError, `'${cmpSymbols[op]}' not supported between instances of '${typeNameJs(ta)}' and '${typeNameJs(tb)}'`);
}

/** a == b as a JS boolean, with the identity shortcut containers use. */
export function eqBool(a: number, b: number): boolean {
  if (a === b) return true;
  if (a < REF_BASE && b < REF_BASE) return false;
  return truthy(richCompare(a, b, Cmp.EQ));
}
export function compareBool(a: number, b: number, op: Cmp): boolean {
  // Immediates and exact boxed floats (0.0, 1.0, inf, nan) compare as JS doubles: exact for
  // ints below 2^53 against floats, and false for NaN like IEEE.
  if ((a < REF_BASE || I32[(a - REF_BASE) >> 2] === floatTypeAddress()) && (b < REF_BASE || I32[(b - REF_BASE) >> 2] === floatTypeAddress())) {
    const x = a < REF_BASE ? a : floatValue(a), y = b < REF_BASE ? b : floatValue(b);
    switch (op) {
      case Cmp.LT: return x < y; case Cmp.LE: return x <= y; case Cmp.EQ: return x === y;
      case Cmp.NE: return x !== y; case Cmp.GT: return x > y; default: return x >= y;
    }
  }
  return truthy(richCompare(a, b, op));
}

// ---- hashing ------------------------------------------------------------------------------
let hashHook: (v: number, t: number) => number | null = () => null;
export function setHashHook(f: (v: number, t: number) => number | null): void { hashHook = f; }
export function hash(v: number): number {
  if (v < REF_BASE) return Number.isInteger(v) ? smallIntHash(v) : hashOfIntValue(hashFloat(v));
  const t = I32[(v - REF_BASE) >> 2] + REF_BASE;
  if (t === StrType) return strHash(v);
  const h = hashHook(v, t);
  if (h !== null) return h;
  return internalHash(hashByMethod(v, t));
}
/** The exact hash from type(v).__hash__ (slot_tp_hash): an int outside Py_hash_t is hashed. */
function hashByMethod(v: number, t: number): IntVal {
  const m = typeLookup(t, N.__hash__);
  if (m === NULL || m === None) raise(exc.TypeError, `unhashable type: '${typeNameJs(t)}'`);
  const r = callDescr(m, v, []);
  if (!isIntLike(r)) raise(exc.TypeError, '__hash__ method should return an integer');
  const x = intValue(r);
  if (typeof x === 'number') return x === -1 ? -2 : x;
  if (x >= -(2n ** 63n) && x < 2n ** 63n) return x;
  return exactIntHash(x);
}
/**
 * Tables key on a JS-number form of the exact hash: the hash itself when it is a safe
 * integer, else its low 52 bits (equal objects still hash equal).
 */
export function internalHash(x: IntVal): number {
  if (typeof x === 'number') return x;
  if (x > -9007199254740992n && x < 9007199254740992n) return Number(x);
  return Number(BigInt.asIntN(52, x));
}
const MODULUS = 2 ** 61 - 1;
export function smallIntHash(v: number): number {
  let h: number;
  if (v >= 0) h = v < MODULUS ? v : v % MODULUS;
  else { const m = -v; h = -(m < MODULUS ? m : m % MODULUS); }
  return h === -1 ? -2 : h;
}
export function hashOfIntValue(x: IntVal): number {
  if (typeof x === 'number') return smallIntHash(x);
  const M = 2305843009213693951n;
  let r = (x < 0n ? -x : x) % M;
  if (x < 0n) r = -r;
  if (r === -1n) r = -2n;
  return internalHash(r);
}

// ---- repr / str ---------------------------------------------------------------------------
let reprHook: (v: number, t: number) => string | null = () => null;
export function setReprHook(f: (v: number, t: number) => string | null): void { reprHook = f; }
/** repr(v) as a JS string. */
export function reprJs(v: number): string {
  if (v < REF_BASE) return Number.isInteger(v) ? String(v) : floatRepr(v);
  enterRecursiveCall(' while getting the repr of an object');
  try { return reprDispatch(v); } finally { ts.depth--; }
}
function reprDispatch(v: number): string {
  const t = I32[(v - REF_BASE) >> 2] + REF_BASE;
  const fast = reprHook(v, t);
  if (fast !== null) return fast;
  const m = typeLookup(t, N.__repr__);
  const r = callDescr(m, v, []);
  if (!isInstance(r, StrType)) raise(exc.TypeError, `__repr__ returned non-string (type ${typeName(r)})`);
  return jsString(r);
}
export function repr(v: number): number { return newStr(reprJs(v)); }
/** str(v) as a JS string. */
export function strJs(v: number): string {
  if (v < REF_BASE) return Number.isInteger(v) ? String(v) : floatRepr(v);
  const t = I32[(v - REF_BASE) >> 2] + REF_BASE;
  if (t === StrType) return jsString(v);
  enterRecursiveCall(' while getting the str of an object');
  try { return strDispatch(v, t); } finally { ts.depth--; }
}
function strDispatch(v: number, t: number): string {
  const m = typeLookup(t, N.__str__);
  const objectStr = dictLookupStr(typeDict(ObjectType), N.__str__);
  if (m === objectStr) return reprJs(v);
  const r = callDescr(m, v, []);
  if (!isInstance(r, StrType)) raise(exc.TypeError, `__str__ returned non-string (type ${typeName(r)})`);
  return jsString(r);
}
export function str(v: number): number {
  if (v >= REF_BASE && I32[(v - REF_BASE) >> 2] + REF_BASE === StrType) return v;
  return newStr(strJs(v));
}

// ---- numbers: conversions -----------------------------------------------------------------
/** PyIndex_Check: an int or an object whose type has __index__. */
export function indexCheck(v: number): boolean {
  return isIntLike(v) || typeLookup(typeOf(v), N.__index__) !== NULL;
}
/** operator.index(v) */
export function index(v: number): IntVal {
  if (v < REF_BASE && Number.isInteger(v)) return v;
  if (isIntLike(v)) return intValue(v);
  const m = typeLookup(typeOf(v), N.__index__);
  if (m === NULL) raise(exc.TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  const r = callDescr(m, v, []);
  if (!isIntLike(r)) raise(exc.TypeError, `__index__ returned non-int (type ${typeName(r)})`);
  return intValue(r);
}
/** A sequence subscript: an int or an object with __index__, else CPython's TypeError. */
export function seqIndex(k: number, seq: string): IntVal {
  if (!isIntLike(k) && typeLookup(typeOf(k), N.__index__) === NULL) raise(exc.TypeError, `${seq} indices must be integers or slices, not ${typeName(k)}`);
  return index(k);
}
/**
 * The count of a sequence repeat `seq * n` of a sequence of `len` items (sequence_repeat):
 * OverflowError outside Py_ssize_t, MemoryError for results we cannot hold, 0 for negatives.
 */
export function repeatCount(n: number, len: number): number {
  const i = index(n);
  if (typeof i === 'bigint') {
    if (i >= 2n ** 63n || i < -(2n ** 63n)) raise(exc.OverflowError, "cannot fit 'int' into an index-sized integer");
    if (i < 0n || len === 0) return 0;
    raise(exc.MemoryError);
  }
  if (i <= 0 || len === 0) return 0;
  if (i * len > 2 ** 28) raise(exc.MemoryError);
  return i;
}
/** index() as a JS number, raising IndexError-style OverflowError for huge values. */
export function indexSmall(v: number, what = 'cannot fit \'int\' into an index-sized integer'): number {
  const i = index(v);
  if (typeof i === 'bigint') raise(exc.IndexError, what);
  return i;
}
/**
 * An argument converted like CPython's "n" format (Py_ssize_t through __index__): values
 * beyond 64 bits are an OverflowError; those beyond 2**53 come back inexact, which callers
 * only compare with sizes.
 */
export function asSsize(v: number): number {
  const i = index(v);
  if (typeof i !== 'bigint') return i;
  if (i >= 2n ** 63n || i < -(2n ** 63n)) raise(exc.OverflowError, 'Python int too large to convert to C ssize_t');
  return Number(i);
}
/** An argument converted like CPython's "i" format (a C int through __index__). */
export function asCInt(v: number): number {
  const i = index(v);
  if (typeof i === 'bigint' || i > 2147483647 || i < -2147483648) raise(exc.OverflowError, 'Python int too large to convert to C int');
  return i;
}
export function asFloat(v: number): number {
  if (v < REF_BASE) return v;
  const t = typeOf(v);
  if (t === FloatType) return floatValue(v);
  if (isIntLike(v)) {
    const x = intValue(v);
    if (typeof x === 'number') return x;
    const f = Number(x);
    if (!Number.isFinite(f)) raise(exc.OverflowError, 'int too large to convert to float');
    return f;
  }
  if (isSubtype(t, FloatType)) return floatValue(v);
  const m = typeLookup(t, N.__float__);
  if (m !== NULL) {
    const r = callDescr(m, v, []);
    if (!isInstance(r, FloatType)) raise(exc.TypeError, `${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
    return floatValue(r);
  }
  const ix = typeLookup(t, N.__index__);
  if (ix !== NULL) { const i = index(v); return typeof i === 'number' ? i : Number(i); }
  raise(exc.TypeError, `must be real number, not ${typeName(v)}`);
}

export { newInt, newFloat, intValue, isIntLike, tupleLength, tupleItem, TupleType, typeMro, typeField, typeLayout, INT_LIMIT, MethodType, fnField, isFunction };

/** hash(v) as the exact Python int (ints and floats hash to values beyond 2**53). */
export function hashExact(v: number): IntVal {
  if (v < REF_BASE) return Number.isInteger(v) ? smallIntHash(v) : exactFloatHash(v);
  const t = typeOf(v);
  if (t === IntType) return exactIntHash(intValue(v));
  if (t === FloatType) { const x = floatValue(v); if (!Number.isNaN(x)) return exactFloatHash(x); }
  if (t === TupleType) {
    const n = tupleLength(v);
    const hs: IntVal[] = [];
    for (let i = 0; i < n; i++) hs.push(hashExact(tupleItem(v, i)));
    return exactTupleHash(hs);
  }
  if (t === StrType || t === BoolType) return hash(v);
  return hashByMethod(v, t);
}
let exactIntHash: (x: IntVal) => IntVal = (x) => hashOfIntValue(x);
let exactFloatHash: (x: number) => IntVal = () => 0;
let exactTupleHash: (hs: IntVal[]) => IntVal = () => 0;
export function setExactHashes(i: typeof exactIntHash, f: typeof exactFloatHash, t: typeof exactTupleHash): void { exactIntHash = i; exactFloatHash = f; exactTupleHash = t; }
