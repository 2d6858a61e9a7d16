/**
 * Inline caches for attribute access: one per `o.name` load, `o.name = v` store and
 * `o.name(...)` call site in compiled code (CPython 3.11 specializes LOAD_ATTR, STORE_ATTR
 * and LOAD_METHOD the same way). A cache is a JS object of the worker that compiled the
 * code, so it is never shared between threads.
 *
 * Validity: an entry describes objects whose type is `t` while t's version is `v`. Any
 * change to a type or to a class in its MRO gives it a fresh version (typeModified), so a
 * matching (t, v) means that the MRO lookups the entry recorded still give the same
 * results. Only class attributes whose own behaviour cannot change are recorded: NULL,
 * functions, native method descriptors, exact properties, and values of builtin types
 * without __get__ (a heap type's descriptor could gain __set__ later). The instance dict
 * is always read; the cache keeps only a hint of where the name sat (dict.ts slot hints),
 * and a stale hint just misses. Nothing here writes shared memory except through dict.ts's
 * locked writers.
 */
import { I32, F, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import {
  typeLookup, typeVersion, typeFlags, TypeFlag, T_VERSION, nativeKind, nativeIndex, NativeKind,
} from '../objects/typeobject';
import {
  dictLookupStr, dictSetItem, dictSlotOfStr, dictLog2Size, dictEntriesOffset, dictLookupAtSlot, dictReplaceAtSlot, dictKeysRef, dictKeysEntryCount,
} from '../objects/dict';
import { ts } from '../threads/threadState';
import { CallCache, callCached } from './callCache';
import { FN_CODE, functionTypeAddress, takesExactly } from '../objects/function';
import { PropertyType } from '../objects/descriptors';
import * as P from './protocol';
import { N } from './names';
import { natives, NativeSpec } from './natives';
import { callObject, callFunctionWithSelf, callNativeExplicitFixed, callNativeExplicit, fixedArgs, nativeEntry, methodEntry } from './call';
import { compiledFor, CompiledFunction } from './codeCache';
import { toPyException } from './errors';
import { tupleItems } from '../objects/tuple';

const enum Kind {
  Generic, //      nothing cacheable: the full lookup every time
  Instance, //     the instance dict, then the class value `d` as it is (NULL: none)
  InstanceBind, // the instance dict, then `d` (a function or native method) bound to o
  Property, //     `d` is a property: its fget(o) (a data descriptor: no dict lookup)
  Method, //       call site: `d` is a Python function called with o prepended
  NativeMethod, // call site: `d` is a native method descriptor (`spec`) called on o
  Store, //        store site: generic setattr into the instance dict
}

export class AttrCache {
  t = 0; //         the type (0: empty)
  v = -1; //        its version
  // For compiled code's inline read of an instance-dict value (codegen inlineAttrLoad):
  ta = -1; //       the type's header word (t - REF_BASE), or -1 when there is no hint to use
  vi = 0; //        F index of the type's version word
  eoff = 0; //      F words from a keys table of size 2^log2 to its entries
  kind = Kind.Generic;
  dw = -1; //       F-word offset of the instance dict inside the object, or -1 (none)
  log2 = -1; //     hint: the instance dict's table size (log2) ...
  slot = 0; //      ... and the index slot where the name was found
  d = NULL; //      the class attribute found along the MRO
  spec: NativeSpec | null = null;
  code = NULL; //   Method: d's code when `js` was taken ...
  js: CompiledFunction | null = null; // ... its JS when the site's argument count needs no binding
  // Proof that the name is absent from an instance dict, without probing: its keys table
  // and entry count when a probe missed, in this collection epoch. Entries are only ever
  // appended to a table (a resize makes a new one), so an unchanged count means no new
  // key; a table freed and another made at the same address needs a collection between.
  absentKeys = NULL;
  absentCount = -1;
  absentEpoch = -1;
  /** How the callable found is entered: a module's function at a call site, a property's fget. */
  call: CallCache | null = null;
  // For compiled code's direct method call (codegen cachedMethodCall): the type's header
  // word when this call site may call `direct(d, o, a, b, c)` (-1: never), and the word of
  // d that must still hold (a function's code: `f.__code__ = ...` leaves the type's version).
  mt = -1;
  dWord = 0;
  direct: ((d: number, o: number, a: number, b: number, c: number) => number) | null = null;
}
export function newAttrCache(): AttrCache { return new AttrCache(); }

function matches(o: number, ic: AttrCache): boolean {
  const t = I32[(o - REF_BASE) >> 2] + REF_BASE;
  return t === ic.t && F[((t - REF_BASE) >> 3) + T_VERSION] === ic.v;
}

/** Record what a lookup of `name` on instances of type(o) finds; `argc` >= 0 for call sites. */
function fill(o: number, name: number, ic: AttrCache, site: 'load' | 'store' | 'call', argc: number): void {
  const t = P.typeOf(o);
  ic.t = t; ic.v = typeVersion(t); ic.kind = Kind.Generic; ic.d = NULL; ic.spec = null; ic.js = null;
  ic.log2 = -1; ic.ta = -1; ic.vi = ((t - REF_BASE) >> 3) + T_VERSION;
  ic.mt = -1; ic.direct = null;
  const w = P.dictWordOf(o);
  ic.dw = w < 0 ? -1 : w - ((o - REF_BASE) >> 3);
  if (o < REF_BASE || name === N.__dict__) return;
  if (site === 'store') {
    if (typeLookup(t, N.__setattr__) !== P.objectSetattr || ic.dw < 0) return;
  } else if (typeLookup(t, N.__getattribute__) !== P.objectGetattribute || typeLookup(t, N.__getattr__) !== NULL) return;
  const d = typeLookup(t, name);
  ic.d = d;
  if (d === NULL || d < REF_BASE) { ic.kind = site === 'store' ? Kind.Store : Kind.Instance; return; }
  const layout = I32[((d - REF_BASE) >> 2) + 1] & 0xff;
  const dt = P.typeOf(d);
  let plain = false; // neither a data descriptor nor anything with __get__
  if (layout === Layout.Function && I32[(d - REF_BASE) >> 2] === functionTypeAddress()) {
    if (site === 'call') {
      ic.kind = Kind.Method;
      const code = F[((d - REF_BASE) >> 3) + FN_CODE];
      ic.code = code;
      if (takesExactly(code, argc + 1)) {
        ic.js = compiledFor(code);
        fillDirect(ic, t, d, ic.js);
      }
      return;
    }
    if (site === 'load') { ic.kind = Kind.InstanceBind; return; }
    plain = true;
  } else if (layout === Layout.Builtin) {
    if (nativeKind(d) !== NativeKind.MethodDescriptor) return;
    if (site === 'call') {
      ic.kind = Kind.NativeMethod; ic.spec = natives[nativeIndex(d)];
      const entry = argc >= 0 && argc <= 3 ? nativeEntry(ic.spec, true, argc) : null;
      if (entry !== null) fillDirect(ic, t, d, methodEntry(ic.spec, argc, entry));
      return;
    }
    if (site === 'load') { ic.kind = Kind.InstanceBind; return; }
    plain = true;
  } else if (dt === PropertyType) {
    if (site !== 'store') ic.kind = Kind.Property;
    return;
  } else if (!(typeFlags(dt) & TypeFlag.HeapType)) {
    plain = typeLookup(dt, N.__get__) === NULL && typeLookup(dt, N.__set__) === NULL && typeLookup(dt, N.__delete__) === NULL;
  }
  if (!plain) return;
  ic.kind = site === 'store' ? Kind.Store : Kind.Instance;
}

function fillDirect(ic: AttrCache, t: number, d: number, direct: (d: number, o: number, a: number, b: number, c: number) => number): void {
  ic.mt = t - REF_BASE; ic.dWord = F[((d - REF_BASE) >> 3) + 1]; ic.direct = direct;
}

/** Remember where `name` sits in `dict` (after a miss of the hint). */
function rehint(dict: number, name: number, ic: AttrCache): void {
  const slot = dictSlotOfStr(dict, name);
  if (slot >= 0) {
    ic.log2 = dictLog2Size(dict); ic.slot = slot; ic.eoff = dictEntriesOffset(ic.log2);
    // The inline read applies to loads whose value may come from the instance dict.
    if (ic.kind === Kind.Instance || ic.kind === Kind.InstanceBind) ic.ta = ic.t - REF_BASE;
  }
}

// ---- loads --------------------------------------------------------------------------------
/** o.name */
export function loadAttr(o: number, name: number, ic: AttrCache): number {
  const v = instanceValue(o, name, ic);
  return v !== NULL ? v : loadAttrMiss(o, name, ic);
}

function loadAttrMiss(o: number, name: number, ic: AttrCache): number {
  if (o < REF_BASE || !matches(o, ic)) fill(o, name, ic, 'load', -1);
  return loadCached(o, name, ic);
}

/** The load an entry (of any kind, matching type(o)) describes, without the slot hint. */
function loadCached(o: number, name: number, ic: AttrCache): number {
  const kind = ic.kind;
  if (kind === Kind.Generic || kind === Kind.Store) return P.getAttr(o, name);
  if (kind === Kind.Property) {
    const fget = F[((ic.d - REF_BASE) >> 3) + 1];
    if (fget === P.None) return P.getAttr(o, name); // the unreadable attribute's error
    return callCached(fget, ic.call ?? (ic.call = new CallCache()), 1, o, NULL, NULL);
  }
  if (ic.dw > 0) {
    const dict = F[((o - REF_BASE) >> 3) + ic.dw];
    if (dict !== NULL && !provedAbsent(dict, ic)) {
      const v = dictLookupStr(dict, name);
      if (v !== NULL) { rehint(dict, name, ic); return v; }
      recordAbsent(dict, ic);
    }
  }
  if (kind === Kind.Instance) return ic.d !== NULL ? ic.d : P.getAttr(o, name);
  return P.bindDescr(ic.d, o, ic.t);
}

// ---- stores -------------------------------------------------------------------------------
/** o.name = value */
export function storeAttr(o: number, name: number, value: number, ic: AttrCache): void {
  if (o >= REF_BASE && ic.kind === Kind.Store && matches(o, ic)) {
    const dict = F[((o - REF_BASE) >> 3) + ic.dw];
    if (dict !== NULL && dictReplaceAtSlot(dict, name, ic.log2, ic.slot, value)) return;
  }
  storeAttrMiss(o, name, value, ic);
}

function storeAttrMiss(o: number, name: number, value: number, ic: AttrCache): void {
  if (o < REF_BASE || !matches(o, ic)) fill(o, name, ic, 'store', -1);
  if (ic.kind !== Kind.Store) { P.setAttr(o, name, value); return; }
  const dict = P.ensureInstanceDict(o);
  if (dict === NULL) { P.setAttr(o, name, value); return; } // its error
  dictSetItem(dict, name, value);
  // Objects of one class usually fill their dicts in the same order: the hint often holds.
  if (ic.slot < 0 || dictLookupAtSlot(dict, name, ic.log2, ic.slot) === NULL) rehint(dict, name, ic);
}

// ---- method calls -------------------------------------------------------------------------
/** Whether o's instance dict does not shadow the method `name` (a non-data descriptor). */
function notShadowed(o: number, name: number, ic: AttrCache): boolean {
  if (ic.dw < 0) return true;
  const dict = F[((o - REF_BASE) >> 3) + ic.dw];
  return dict === NULL || absentFrom(dict, name, ic);
}
/** Whether `name` is not in `dict`: the cached proof (see AttrCache), else a probe. */
function absentFrom(dict: number, name: number, ic: AttrCache): boolean {
  if (provedAbsent(dict, ic)) return true;
  if (dictLookupStr(dict, name) !== NULL) return false;
  recordAbsent(dict, ic);
  return true;
}
/** Whether the cached proof of absence holds for `dict` (the site's name, see AttrCache). */
function provedAbsent(dict: number, ic: AttrCache): boolean {
  const keys = dictKeysRef(dict);
  return keys === ic.absentKeys && dictKeysEntryCount(keys) === ic.absentCount && ts.gcEpoch === ic.absentEpoch;
}
/** Record that a probe of `dict` just missed the site's name. */
function recordAbsent(dict: number, ic: AttrCache): void {
  const keys = dictKeysRef(dict);
  ic.absentKeys = keys; ic.absentCount = dictKeysEntryCount(keys); ic.absentEpoch = ts.gcEpoch;
}

/** o.name(a, b, c) with argc <= 3 positional arguments (unused ones NULL). */
export function callMethod(o: number, name: number, ic: AttrCache, argc: number, a: number, b: number, c: number): number {
  if (o >= REF_BASE && matches(o, ic)) {
    switch (ic.kind) {
      case Kind.Method:
        if (ic.js !== null && F[((ic.d - REF_BASE) >> 3) + FN_CODE] === ic.code && notShadowed(o, name, ic)) {
          switch (argc) {
            case 0: return ic.js(ic.d, o);
            case 1: return ic.js(ic.d, o, a);
            case 2: return ic.js(ic.d, o, a, b);
            default: return ic.js(ic.d, o, a, b, c);
          }
        }
        break;
      case Kind.NativeMethod:
        if (notShadowed(o, name, ic)) return callNativeExplicitFixed(ic.spec!, o, argc, a, b, c);
        break;
      case Kind.Instance: case Kind.InstanceBind: {
        // A callable kept in the instance dict (a module's functions): the slot hint.
        const dict = ic.dw > 0 ? F[((o - REF_BASE) >> 3) + ic.dw] : NULL;
        if (dict !== NULL) {
          const m = dictLookupAtSlot(dict, name, ic.log2, ic.slot);
          if (m !== NULL) return callCached(m, ic.call ?? (ic.call = new CallCache()), argc, a, b, c);
        }
        break;
      }
    }
  }
  return callMethodMiss(o, name, ic, fixedArgs(argc, a, b, c), null);
}
/**
 * `m = o.name` for a method local (compiler/methodLocals.ts): a method of o's class that o's
 * instance dict does not shadow is returned unbound, with o stored at F[selfAt]; anything
 * else is the attribute as a load gives it, with NULL at F[selfAt].
 */
export function loadMethod(o: number, name: number, ic: AttrCache, selfAt: number): number {
  if (o >= REF_BASE) {
    if (!matches(o, ic)) fill(o, name, ic, 'call', -1);
    if ((ic.kind === Kind.Method || ic.kind === Kind.NativeMethod) && notShadowed(o, name, ic)) {
      F[selfAt] = o;
      return ic.d;
    }
    F[selfAt] = NULL;
    return loadCached(o, name, ic);
  }
  F[selfAt] = NULL;
  return P.getAttr(o, name);
}

/**
 * For compiled method-call sites (codegen cachedMethodCall), small enough for V8 to inline:
 * the value of `name` in o's instance dict through the site's hint, or NULL (no hint, a
 * miss, or a site whose entry does not read the instance dict first).
 */
export function instanceValue(o: number, name: number, ic: AttrCache): number {
  if (o < REF_BASE || I32[(o - REF_BASE) >> 2] !== ic.ta || F[ic.vi] !== ic.v) return NULL;
  const dict = F[((o - REF_BASE) >> 3) + ic.dw];
  return dict === NULL ? NULL : dictLookupAtSlot(dict, name, ic.log2, ic.slot);
}
/** Whether the site may call `ic.direct(ic.d, o, ...)`: its method, unshadowed on o. */
export function directMethod(o: number, ic: AttrCache): boolean {
  if (o < REF_BASE || I32[(o - REF_BASE) >> 2] !== ic.mt || F[ic.vi] !== ic.v || F[((ic.d - REF_BASE) >> 3) + 1] !== ic.dWord) return false;
  if (ic.dw < 0) return true;
  const dict = F[((o - REF_BASE) >> 3) + ic.dw];
  return dict === NULL || provedAbsent(dict, ic);
}
export function callMethod0(o: number, name: number, ic: AttrCache): number { return callMethod(o, name, ic, 0, NULL, NULL, NULL); }
export function callMethod1(o: number, name: number, ic: AttrCache, a: number): number { return callMethod(o, name, ic, 1, a, NULL, NULL); }
export function callMethod2(o: number, name: number, ic: AttrCache, a: number, b: number): number { return callMethod(o, name, ic, 2, a, b, NULL); }
export function callMethod3(o: number, name: number, ic: AttrCache, a: number, b: number, c: number): number { return callMethod(o, name, ic, 3, a, b, c); }
/** o.name(*args) for any number of positional arguments. */
export function callMethodN(o: number, name: number, ic: AttrCache, args: number[]): number { return callMethodMiss(o, name, ic, args, null); }
/** o.name(args, k=v...): `args` the positional values then the keyword values (a names tuple). */
export function callMethodKw(o: number, name: number, ic: AttrCache, args: number[], kwnames: number): number {
  return callMethodMiss(o, name, ic, args, tupleItems(kwnames));
}

function callMethodMiss(o: number, name: number, ic: AttrCache, args: number[], kwnames: number[] | null = null): number {
  if (o < REF_BASE || !matches(o, ic)) fill(o, name, ic, 'call', kwnames === null ? args.length : -1);
  if (ic.kind === Kind.Method || ic.kind === Kind.NativeMethod) {
    if (notShadowed(o, name, ic)) {
      if (ic.kind === Kind.NativeMethod) return callNativeExplicit(ic.spec!, o, args, kwnames);
      return callFunctionWithSelf(ic.d, o, args, kwnames);
    }
    return methodCallGeneric(o, name, args, kwnames);
  }
  if (ic.kind === Kind.Generic) return methodCallGeneric(o, name, args, kwnames);
  let m: number;
  try { m = loadCached(o, name, ic); } catch (e) { throw lookupFailed(e); }
  return callObject(m, args, kwnames);
}

/** obj.name(args) with keywords, or where nothing is cached: the full lookup, then the call. */
export function methodCallGeneric(obj: number, name: number, args: number[], kwnames: number[] | null): number {
  let m: number;
  try { m = P.getAttr(obj, name); } catch (e) { throw lookupFailed(e); }
  return callObject(m, args, kwnames);
}
/** A failed lookup is reported at the attribute's position, not the call's (see codegen). */
function lookupFailed(e: unknown): unknown {
  const pe = toPyException(e);
  pe.lookupFailed = true;
  return pe;
}
