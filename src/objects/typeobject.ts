/**
 * type: Python classes, builtin and user-defined, all heap objects.
 *
 * Heap layout (f64 words after the header):
 *   1 name (str)  2 qualname (str)  3 bases (tuple)  4 mro (tuple)  5 dict  6 solid base
 *   7 flags  8 instance layout  9 version  10 slot count  11 subclasses (list or NULL)
 *   12 instance size in bytes  13 builtin index (-1 for user classes)
 *
 * The version is unique for the lifetime of the process (thread-local sequence, see
 * dict.ts) and changes whenever the type or any base is modified, so per-worker caches
 * keyed by (type address, version) never confuse two types or two states of one type.
 *
 * Builtin types are declared by their object files with defineBuiltinType at module load,
 * in bundle order, which is the same in every worker; the creating worker builds them in
 * the heap (bootstrapTypes) and the others find them in the root table (attachTypes).
 */
import { I32, F, REF_BASE, NULL } from '../heap/memory';
import { Layout, ROOT_TABLE, META_PERMANENT } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { registerTracer, registerSealedTracing } from '../heap/collector';
import { setRootSlot } from '../heap/roots';
import { afterCollectionHooks } from '../threads/threadState';
import { newTuple, tupleLength, tupleItem, setTupleType, allocTuple, setTupleItem } from './tuple';
import { newStr, jsString, intern, setStrType } from './str';
import { newDict, dictSetItem, dictLookupStr, dictVersion } from './dict';
import { NativeSpec } from '../runtime/natives';

export const T_NAME = 1, T_QUALNAME = 2, T_BASES = 3, T_MRO = 4, T_DICT = 5, T_BASE = 6,
  T_FLAGS = 7, T_LAYOUT = 8, T_VERSION = 9, T_NSLOTS = 10, T_SUBCLASSES = 11, T_SIZE = 12,
  T_BUILTIN = 13;
export const TYPE_BYTES = 14 * 8;

export const enum TypeFlag {
  HeapType = 1, //      user-defined: attributes can be set
  BaseType = 2, //      can be subclassed
  HasDict = 4, //       instances have a __dict__
  Abstract = 8,
  ExceptionSubclass = 16,
  Immutable = 32, //    instances of builtin immutable layout keep their value in slot 0
}

registerTracer(Layout.Type, (a, visit) => {
  const f = a >> 3;
  for (let k = T_NAME; k <= T_DICT + 1; k++) visit(F[f + k]);
  visit(F[f + T_SUBCLASSES]);
});
// A builtin type's fields never change once it is built, except its subclass list, which
// addSubclass creates with a new version (its dict is a versioned root of its own): a
// sealed builtin type is traced only once its version changed. Heap types' fields can be
// assigned (__name__, __bases__...): always traced. No restamp: versions come from
// per-thread counters, which restart when a thread block is reused; the seal-time
// version, from the main thread's counter, cannot come back.
registerSealedTracing(Layout.Type, {
  ownedLayout: null,
  owned: () => 0,
  version: (a) => F[(a >> 3) + T_VERSION],
  restamp: false,
  unversioned: (a, visit) => {
    const f = a >> 3;
    if (F[f + T_FLAGS] & TypeFlag.HeapType) {
      for (let k = T_NAME; k <= T_DICT + 1; k++) visit(F[f + k]);
      visit(F[f + T_SUBCLASSES]);
    }
  },
});

export let TypeType = 0;
export let ObjectType = 0;

export { defineBuiltinType, addMethods, builtinTypes } from './registry';
export type { MethodDef, GetSetDef, BuiltinTypeDef, BuiltinTypeHandle } from './registry';
import { builtinTypes, BuiltinTypeHandle } from './registry';

// Root table indices: builtin types occupy [TYPE_ROOTS, TYPE_ROOTS + count).
export const TYPE_ROOTS = 64;

// ---- field access -----------------------------------------------------------------------
const tf = (t: number) => (t - REF_BASE) >> 3;
export function typeField(t: number, k: number): number { return F[tf(t) + k]; }
export function setTypeField(t: number, k: number, v: number): void { F[tf(t) + k] = v; }
export function typeOfRef(v: number): number { return I32[(v - REF_BASE) >> 2] + REF_BASE; }
export function typeNameJs(t: number): string { return jsString(F[tf(t) + T_NAME]); }
export function typeMro(t: number): number { return F[tf(t) + T_MRO]; }
export function typeDict(t: number): number { return F[tf(t) + T_DICT]; }
export function typeFlags(t: number): number { return F[tf(t) + T_FLAGS]; }
export function typeLayout(t: number): number { return F[tf(t) + T_LAYOUT]; }
export function typeVersion(t: number): number { return F[tf(t) + T_VERSION]; }
export function typeBase(t: number): number { return F[tf(t) + T_BASE]; }
export function typeBuiltinIndex(t: number): number { return F[tf(t) + T_BUILTIN]; }

let typeVersionCounter = 0;
let typeVersionBase = 0;
export function setTypeVersionBase(threadIndex: number): void { typeVersionBase = (threadIndex + 1) * 2 ** 40 + 2 ** 39; typeVersionCounter = 0; }
export function freshTypeVersion(): number { return typeVersionBase + ++typeVersionCounter; }

/** True if `sub` is `sup` or has it in its MRO. */
export function isSubtype(sub: number, sup: number): boolean {
  if (sub === sup) return true;
  const mro = F[tf(sub) + T_MRO];
  if (mro === NULL) return false;
  const n = tupleLength(mro);
  for (let i = 1; i < n; i++) if (tupleItem(mro, i) === sup) return true;
  return false;
}

// ---- attribute lookup through the MRO, with a per-worker cache --------------------------
// A direct-mapped cache (like CPython's method cache): slot = hash of (type, name); a hit
// needs the type, the name and the type's version to match. Versions are fresh per
// modification, so a modified type misses; entries die at every collection because the
// addresses of freed types and names may be reused.
const MC_SIZE = 4096;
const mcType = new Float64Array(MC_SIZE), mcName = new Float64Array(MC_SIZE);
const mcVersion = new Float64Array(MC_SIZE), mcValue = new Float64Array(MC_SIZE);
afterCollectionHooks.push(() => mcType.fill(0));

/** The attribute `name` (an interned str) found along the MRO of `t`, or NULL. */
export function typeLookup(t: number, name: number): number {
  const version = F[tf(t) + T_VERSION];
  const i = ((((t - REF_BASE) >>> 3) * 31) ^ ((name - REF_BASE) >>> 3)) & (MC_SIZE - 1);
  if (mcType[i] === t && mcName[i] === name && mcVersion[i] === version) return mcValue[i];
  const v = typeLookupUncached(t, name);
  mcType[i] = t; mcName[i] = name; mcVersion[i] = version; mcValue[i] = v;
  return v;
}

export function typeLookupUncached(t: number, name: number): number {
  const mro = F[tf(t) + T_MRO];
  const n = tupleLength(mro);
  for (let i = 0; i < n; i++) {
    const d = F[tf(tupleItem(mro, i)) + T_DICT];
    const v = dictLookupStr(d, name);
    if (v !== NULL) return v;
  }
  return NULL;
}

/** Record a modification of `t`: new versions for it and all its subclasses. */
export function typeModified(t: number): void {
  F[tf(t) + T_VERSION] = freshTypeVersion();
  const subs = F[tf(t) + T_SUBCLASSES];
  if (subs !== NULL) for (const s of subclassesOf(t)) typeModified(s);
}

/** Hooks filled by list.ts (subclasses are kept in a list). */
export let subclassesOf: (t: number) => number[] = () => [];
export let addSubclass: (base: number, sub: number) => void = () => {};
export function setSubclassHooks(get: (t: number) => number[], add: (base: number, sub: number) => void): void {
  subclassesOf = get; addSubclass = add;
}

// ---- creation ---------------------------------------------------------------------------
export function allocType(meta: number): number {
  const ref = allocObject(TYPE_BYTES, meta - REF_BASE, Layout.Type);
  const f = tf(ref);
  for (let k = 1; k < 14; k++) F[f + k] = NULL;
  F[f + T_FLAGS] = 0;
  F[f + T_LAYOUT] = Layout.Object;
  F[f + T_VERSION] = freshTypeVersion();
  F[f + T_NSLOTS] = 0;
  F[f + T_SIZE] = 16;
  F[f + T_BUILTIN] = -1;
  return ref;
}

/** C3 linearization of a class with the given bases; throws a JS string on failure. */
export function computeMro(t: number, bases: number[]): number[] {
  const seqs: number[][] = bases.map((b) => {
    const m = F[tf(b) + T_MRO];
    const out: number[] = [];
    for (let i = 0; i < tupleLength(m); i++) out.push(tupleItem(m, i));
    return out;
  });
  seqs.push([...bases]);
  const result = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let head = NULL;
    for (const s of nonEmpty) {
      const cand = s[0];
      if (!nonEmpty.some((o) => o.indexOf(cand) > 0)) { head = cand; break; }
    }
    if (head === NULL) {
      const names = [];
      const seen = new Set<number>();
      for (const s of nonEmpty) if (!seen.has(s[0])) { seen.add(s[0]); names.push(typeNameJs(s[0])); }
      throw new MroError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(', ')}`);
    }
    result.push(head);
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}
export class MroError extends Error {}

export function setMro(t: number, mro: number[]): void {
  F[tf(t) + T_MRO] = newTuple(mro);
}

// ---- builtin functions and method descriptors (heap objects of natives) ----------------
/**
 * A native callable in the heap: [header][i32 native index, i32 kind][f64 self][f64 name]
 * kind: 0 function (self NULL), 1 bound method, 2 method descriptor (unbound),
 *       3 classmethod descriptor, 4 staticmethod, 5 getset descriptor (second native index
 *       of the setter in the high half of `kind`, or -1).
 */
export const enum NativeKind { Function = 0, Bound = 1, MethodDescriptor = 2, ClassMethod = 3, StaticMethod = 4, GetSet = 5 }
export let BuiltinFunctionType = 0;
export let MethodDescriptorType = 0;
export let ClassMethodDescriptorType = 0;
export let GetSetDescriptorType = 0;
export let StaticMethodNativeType = 0;

registerTracer(Layout.Builtin, (a, visit) => { visit(F[(a >> 3) + 2]); visit(F[(a >> 3) + 3]); });

export function newNativeObject(type: number, index: number, kind: number, self: number, name: number, setter = -1): number {
  const ref = allocObject(32, type - REF_BASE, Layout.Builtin);
  const w = (ref - REF_BASE) >> 2;
  I32[w + 2] = index;
  I32[w + 3] = kind | ((setter + 1) << 8);
  F[((ref - REF_BASE) >> 3) + 2] = self;
  F[((ref - REF_BASE) >> 3) + 3] = name;
  return ref;
}
export function nativeIndex(ref: number): number { return I32[((ref - REF_BASE) >> 2) + 2]; }
export function nativeKind(ref: number): number { return I32[((ref - REF_BASE) >> 2) + 3] & 0xff; }
export function nativeSetter(ref: number): number { return (I32[((ref - REF_BASE) >> 2) + 3] >> 8) - 1; }
export function nativeSelf(ref: number): number { return F[((ref - REF_BASE) >> 3) + 2]; }
export function nativeName(ref: number): number { return F[((ref - REF_BASE) >> 3) + 3]; }

/** A builtin function (module level) for a native. */
export function newBuiltinFunction(spec: NativeSpec, module = NULL): number {
  return newNativeObject(BuiltinFunctionType, spec.index, NativeKind.Function, module, intern(spec.name));
}

// ---- bootstrap --------------------------------------------------------------------------
const coreHandles: Record<string, BuiltinTypeHandle> = {};
export function coreType(name: string): BuiltinTypeHandle { return coreHandles[name]; }

/**
 * Build every builtin type in the heap. Phase 1 allocates all type objects, so that str,
 * tuple and dict exist before any name, MRO or namespace is made; phase 2 fills them.
 */
export function bootstrapTypes(afterAllocation: () => void): void {
  const typeH = builtinTypes.find((h) => h.def.name === 'type')!;
  // Phase 1: `type` first (its own metaclass), then the rest.
  const typeRef = allocObject(TYPE_BYTES, 0, Layout.Type);
  I32[(typeRef - REF_BASE) >> 2] = typeRef - REF_BASE;
  initTypeFields(typeRef);
  typeH.ref = typeRef;
  for (const h of builtinTypes) {
    if (h !== typeH) { h.ref = allocObject(TYPE_BYTES, typeRef - REF_BASE, Layout.Type); initTypeFields(h.ref); }
    coreHandles[h.def.name] = h;
    setRootSlot(TYPE_ROOTS + h.index, h.ref);
    const f = tf(h.ref);
    F[f + T_LAYOUT] = h.def.layout;
    F[f + T_SIZE] = h.def.size ?? 16;
    F[f + T_BUILTIN] = h.index;
    F[f + T_FLAGS] = (h.def.flags ?? TypeFlag.BaseType);
  }
  publishHandles();
  afterAllocation();
  // Phase 2: names, bases, MROs, namespaces.
  for (const h of builtinTypes) {
    const f = tf(h.ref);
    F[f + T_NAME] = intern(h.def.name);
    F[f + T_QUALNAME] = F[f + T_NAME];
    const base = h.def.base === undefined ? (h.def.name === 'object' ? null : coreHandles.object) : h.def.base;
    F[f + T_BASE] = base ? base.ref : NULL;
    F[f + T_BASES] = newTuple(base ? [base.ref, ...(h.def.extraBases ?? []).map((b) => b.ref)] : []);
  }
  // MROs in dependency order (a base's MRO before its subclasses').
  const done = new Set<BuiltinTypeHandle>();
  const mroOf = (h: BuiltinTypeHandle): void => {
    if (done.has(h)) return;
    const base = h.def.base === undefined ? (h.def.name === 'object' ? null : coreHandles.object) : h.def.base;
    if (base) mroOf(base);
    const mro = [h.ref];
    const mroList = (b: BuiltinTypeHandle) => { const bm = F[tf(b.ref) + T_MRO]; const l: number[] = []; for (let i = 0; i < tupleLength(bm); i++) l.push(tupleItem(bm, i)); return l; };
    if (base && h.def.extraBases) {
      // C3 linearization of the bases' MROs and the bases list.
      for (const b of h.def.extraBases) mroOf(b);
      const seqs = [...[base, ...h.def.extraBases].map(mroList), [base, ...h.def.extraBases].map((b) => b.ref)];
      for (;;) {
        const live = seqs.filter((s) => s.length);
        if (!live.length) break;
        const head = live.map((s) => s[0]).find((c) => !live.some((s) => s.indexOf(c) > 0));
        if (head === undefined) throw new Error(`bootstrap: no MRO for ${h.def.name}`);
        mro.push(head);
        for (const s of live) if (s[0] === head) s.shift();
      }
    } else if (base) mro.push(...mroList(base));
    setMro(h.ref, mro);
    done.add(h);
  };
  for (const h of builtinTypes) mroOf(h);
  for (const h of builtinTypes) { const b = F[tf(h.ref) + T_BASE]; if (b !== NULL) addSubclass(b, h.ref); }
  for (const h of builtinTypes) fillNamespace(h);
}

function initTypeFields(ref: number): void {
  const f = tf(ref);
  for (let k = 1; k < 14; k++) F[f + k] = NULL;
  F[f + T_VERSION] = freshTypeVersion();
  F[f + T_NSLOTS] = 0;
  F[f + T_FLAGS] = 0;
}

function publishHandles(): void {
  for (const h of builtinTypes) {
    coreHandles[h.def.name] = h;
    h.def.setRef?.(h.ref);
    switch (h.def.name) {
      case 'type': TypeType = h.ref; break;
      case 'object': ObjectType = h.ref; break;
      case 'str': setStrType(h.ref); break;
      case 'tuple': setTupleType(h.ref); break;
      case 'builtin_function_or_method': BuiltinFunctionType = h.ref; break;
      case 'method_descriptor': MethodDescriptorType = h.ref; break;
      case 'classmethod_descriptor': ClassMethodDescriptorType = h.ref; break;
      case 'getset_descriptor': GetSetDescriptorType = h.ref; break;
      case 'staticmethod_native': StaticMethodNativeType = h.ref; break;
    }
  }
}

function fillNamespace(h: BuiltinTypeHandle): void {
  const d = newDict();
  F[tf(h.ref) + T_DICT] = d;
  const defs = h.def.methods ?? [];
  defs.forEach((m, i) => {
    const spec = h.natives[i];
    const kind = m.kind === 'classmethod' ? NativeKind.ClassMethod : m.kind === 'staticmethod' ? NativeKind.StaticMethod : NativeKind.MethodDescriptor;
    const type = kind === NativeKind.ClassMethod ? ClassMethodDescriptorType : kind === NativeKind.StaticMethod ? StaticMethodNativeType : MethodDescriptorType;
    dictSetItem(d, intern(m.name), newNativeObject(type, spec.index, kind, h.ref, intern(m.name)));
  });
  (h.def.getsets ?? []).forEach((g, i) => {
    const [getter, setter] = h.getsets[i];
    dictSetItem(d, intern(g.name), newNativeObject(GetSetDescriptorType, getter.index, NativeKind.GetSet, h.ref, intern(g.name), setter ? setter.index : -1));
  });
  if (dictLookupStr(d, intern('__module__')) === NULL && h.def.module) dictSetItem(d, intern('__module__'), newStr(h.def.module));
  if (h.def.doc !== undefined && dictLookupStr(d, intern('__doc__')) === NULL) dictSetItem(d, intern('__doc__'), newStr(h.def.doc));
}

/** A worker joining an existing heap: find the builtin types in the root table. */
export function attachTypes(): void {
  for (const h of builtinTypes) h.ref = F[(ROOT_TABLE >> 3) + TYPE_ROOTS + h.index];
  publishHandles();
}

void allocTuple; void setTupleItem; void dictVersion;
