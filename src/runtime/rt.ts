/**
 * The runtime object `R` that generated code receives: every operation compiled code
 * performs, by the names codegen.ts emits. Hot entry points have inline fast paths; the
 * rest delegate to the protocol modules.
 */
import { I32, F, REF_BASE, NULL, INT_LIMIT } from '../heap/memory';
import { CTRL_POLL } from '../heap/layout';
import { Layout } from '../heap/layout';
import { getRoot, Root } from '../heap/roots';
import { ts, safepoint, rootMark, pushRoot, rootRelease, topHandled } from '../threads/threadState';
import * as P from './protocol';
import * as O from './operators';
import { raise, raiseWith, PyException, toPyException, newException } from './errors';
import { HeapExhausted } from '../heap/allocator';
import { exc, excField, setExcField, E_CAUSE, E_CONTEXT, E_SUPPRESS, E_TRACEBACK, newTraceback, E_ARGS, exceptStarMatch, prepReraiseStar, exceptionNames } from '../objects/exceptions';
import { N } from './names';
import { isModule, moduleDict } from '../objects/module';
import { callObject, callFunction } from './call';
import * as A from './attributeCache';
import * as CC from './callCache';
import {
  FN_GLOBALS, FN_CLOSURE, FN_CODE, C_POSITIONS, FN_DEFAULTS, FN_KWDEFAULTS, FN_ANNOTATIONS, FN_DOC, FN_MODULE,
  C_DOC, C_NAME, C_QUALNAME, newFunction, newCell, cellGet, cellSet, codeField, setFnField,
} from '../objects/function';
import { typeLookup, typeNameJs, isSubtype, TypeType } from '../objects/typeobject';
import { newTuple, tupleItem, tupleLength, TupleType, tupleItems } from '../objects/tuple';
import { newList, listAppend, listItems, listExtendItems, ListType, listGet, listLength, listGetItem, listSetItem } from '../objects/list';
import { dictVersionIndex, newDict, dictLookupStr, dictSetItem, dictLookup, dictPop, dictVersion, DictType, dictGetItem, dictMerge, dictItemsList, dictLookupAtSlot, dictReplaceAtSlot, dictSlotOfStr, dictLog2Size, dictKeysRef, dictKeysEntryCount } from '../objects/dict';
import { newStr, jsString, StrType, intern, strValue, strConcatAll } from '../objects/str';
import { strSubscript } from '../objects/strMethods';
import { newSlice } from '../objects/slice';
import { getIter, iterNext, iterableToArray, iterableToRootedArray } from './iteration';
import { format } from './format';
import * as G from '../objects/generator';
import * as C from '../objects/coroutine';
import { RangeType } from '../objects/range';
import { ThreadState } from '../threads/threadState';
import { closePendingGenerators } from '../objects/generatorFinalizer';
import { TB_FINALIZE } from '../heap/layout';

/**
 * A global load's cache. The value cache (g, gv, bv, value: valid while neither dict
 * changed; gvi/bvi the F indices of the two version words) is tested inline by compiled
 * code (codegen loadName); `pos` is the site's position entry, for a NameError's traceback
 * entry. Any store to a global changes gv, so a
 * module-level loop that updates a global would send every function's loads to the full
 * lookup: the miss path first tries where the name was found, as CPython's LOAD_GLOBAL
 * cache does: the entry's slot in the globals' table (log2, slot), or, for a builtin, the
 * proof that the globals table has not gained an entry since it lacked the name (keys
 * table, entry count, collection epoch: the table's address could be reused only after a
 * collection) and the builtin's slot.
 */
export interface GlobalCache {
  g: number; gv: number; gvi: number; b: number; bv: number; bvi: number; value: number; pos: number;
  log2: number; slot: number; absentKeys: number; absentCount: number; absentEpoch: number; blog2: number; bslot: number;
  /** g['__builtins__'] when the builtin was found (NULL: g had none), and its slot. */
  bbValue: number; bbSlot: number;
}

// ---- names ----------------------------------------------------------------------------------
let builtinsDict = NULL;
export function builtins(): number {
  if (builtinsDict === NULL) builtinsDict = getBuiltinsDictHook();
  return builtinsDict;
}
let getBuiltinsDictHook: () => number = () => NULL;
export function setBuiltinsDictHook(f: () => number): void { getBuiltinsDictHook = f; builtinsDict = NULL; }

/**
 * The builtins namespace of code running with globals `g` (_PyEval_BuiltinsFromGlobals):
 * g['__builtins__'] (a module stands for its dict), else the interpreter's builtins.
 */
export function builtinsOf(g: number): number {
  const b = dictLookupStr(g, N.__builtins__);
  if (b === NULL) return builtins();
  if (isModule(b)) return moduleDict(b);
  return P.typeOf(b) === DictType || P.isInstance(b, DictType) ? b : builtins();
}

/**
 * NameError with its `name` set, as CPython's format_exc_check_arg does for NameError
 * itself (not UnboundLocalError): the traceback printer's suggestions read it. The
 * message defaults to "name ... is not defined".
 */
function nameError(name: number, message = `name '${jsString(name)}' is not defined`, at = -1): never {
  raiseWith(exc.NameError, message, (e) => dictSetItem(P.ensureInstanceDict(e), N.name, name), at);
}

export function newGlobalCache(pos = -1): GlobalCache {
  return { g: NULL, gv: NaN, gvi: 0, b: NULL, bv: NaN, bvi: 0, value: NULL, pos, log2: -1, slot: -1, absentKeys: NULL, absentCount: -1, absentEpoch: -1, blog2: -1, bslot: -1, bbValue: NULL, bbSlot: -1 };
}

/**
 * The builtins of code running with globals g: g['__builtins__'] (a module's dict, or a dict)
 * when present, else the interpreter's (CPython's _PyEval_BuiltinsFromGlobals).
 */
export function builtinsFor(g: number): number {
  const b = dictLookupStr(g, N.__builtins__);
  if (b === NULL || b === builtins()) return builtins();
  if (P.typeOf(b) === DictType) return b;
  if ((I32[((b - REF_BASE) >> 2) + 1] & 0xff) === Layout.Module) return P.instanceDict(b);
  return builtins();
}

/**
 * A global (or builtin) by name, cached per call site: valid while neither the globals nor
 * the builtins dict changed (dict versions are unique per dict lifetime; an unchanged
 * globals dict has the same __builtins__).
 */
export function loadGlobal(g: number, name: number, ic: GlobalCache): number {
  if (ic.g === g && ic.gv === dictVersion(g) && ic.bv === dictVersion(ic.b)) return ic.value;
  let v = ic.g === g ? hintedGlobal(g, name, ic) : NULL;
  if (v !== NULL) { ic.gv = dictVersion(g); ic.bv = dictVersion(ic.b); ic.value = v; return v; }
  const b = builtinsFor(g);
  v = dictLookupStr(g, name);
  ic.slot = -1; ic.bslot = -1; ic.absentKeys = NULL;
  if (v !== NULL) {
    ic.slot = dictSlotOfStr(g, name); ic.log2 = dictLog2Size(g);
  } else {
    v = dictLookupStr(b, name);
    if (v === NULL) {
      nameError(name, undefined, ic.pos);
    }
    const keys = dictKeysRef(g);
    ic.absentKeys = keys; ic.absentCount = dictKeysEntryCount(keys); ic.absentEpoch = ts.gcEpoch;
    ic.bslot = dictSlotOfStr(b, name); ic.blog2 = dictLog2Size(b);
    ic.bbValue = dictLookupStr(g, N.__builtins__); ic.bbSlot = ic.bbValue === NULL ? -1 : dictSlotOfStr(g, N.__builtins__);
  }
  ic.g = g; ic.gv = dictVersion(g); ic.gvi = dictVersionIndex(g); ic.b = b; ic.bv = dictVersion(b); ic.bvi = dictVersionIndex(b); ic.value = v;
  return v;
}
/** The global's value through the cache's slot hints (see GlobalCache), or NULL. */
function hintedGlobal(g: number, name: number, ic: GlobalCache): number {
  if (ic.slot >= 0) return dictLookupAtSlot(g, name, ic.log2, ic.slot);
  if (ic.bslot < 0 || ic.absentEpoch !== ts.gcEpoch) return NULL;
  const keys = dictKeysRef(g);
  if (keys !== ic.absentKeys || dictKeysEntryCount(keys) !== ic.absentCount) return NULL;
  // g's builtins are the cached ones while g['__builtins__'] holds the same value (g gained
  // no entry, so one it lacked is still absent).
  if (ic.bbValue !== NULL && dictLookupAtSlot(g, N.__builtins__, dictLog2Size(g), ic.bbSlot) !== ic.bbValue) return NULL;
  // Builtins unchanged since the fill: the cached value still holds.
  if (ic.bv === dictVersion(ic.b)) return ic.value;
  return dictLookupAtSlot(ic.b, name, ic.blog2, ic.bslot);
}
export function loadGlobalName(g: number, name: number): number {
  const v = dictLookupStr(g, name);
  return v === NULL ? P.None : v;
}
export function storeGlobal(g: number, name: number, v: number): void { dictSetItem(g, name, v); }
export function delGlobal(g: number, name: number, silent = false): void {
  if (dictPop(g, name) === NULL && !silent) nameError(name);
}
export function loadName(l: number, g: number, name: number): number {
  let v = P.typeOf(l) === DictType ? dictLookupStr(l, name) : mappingGet(l, name);
  if (v !== NULL) return v;
  if (l !== g) { v = dictLookupStr(g, name); if (v !== NULL) return v; }
  v = dictLookupStr(builtinsFor(g), name);
  if (v === NULL) nameError(name);
  return v;
}
function mappingGet(m: number, k: number): number {
  try { return P.typeOf(m) === DictType ? dictLookup(m, k) : getItem(m, k); } catch (e) {
    if (e instanceof PyException && P.isInstance(e.exc, exc.KeyError)) return NULL;
    throw e;
  }
}
export function storeName(l: number, name: number, v: number): void {
  if (P.typeOf(l) === DictType) dictSetItem(l, name, v); else setItem(l, name, v);
}

/**
 * Name access in module and class bodies (their locals are a dict, often the globals),
 * cached per site like an instance attribute: where the name's entry sits in the dict's
 * table (dict.ts hints), checked at each use, so that `total += i` in a module-level loop
 * reads and writes the entry without a hash lookup. Stores keep the dict's version rules.
 */
export interface NameCache { log2: number; slot: number; global: GlobalCache }
export function newNameCache(): NameCache { return { log2: -1, slot: -1, global: newGlobalCache() }; }
function hintName(l: number, name: number, nc: NameCache): void {
  const slot = dictSlotOfStr(l, name);
  if (slot >= 0) { nc.log2 = dictLog2Size(l); nc.slot = slot; }
}
export function loadNameCached(l: number, g: number, name: number, nc: NameCache): number {
  if (nc.slot >= 0 && P.typeOf(l) === DictType) {
    const v = dictLookupAtSlot(l, name, nc.log2, nc.slot);
    if (v !== NULL) return v;
  }
  if (l === g) {
    // Module level: the locals are the globals, and a miss is a global load (a builtin's
    // cache included); the slot it found, if any, serves the next loads above.
    const v = loadGlobal(g, name, nc.global);
    nc.slot = nc.global.slot; nc.log2 = nc.global.log2;
    return v;
  }
  const v = loadName(l, g, name);
  if (P.typeOf(l) === DictType) hintName(l, name, nc);
  return v;
}
export function storeNameCached(l: number, name: number, v: number, nc: NameCache): void {
  if (P.typeOf(l) === DictType) {
    if (nc.slot >= 0 && dictReplaceAtSlot(l, name, nc.log2, nc.slot, v)) return;
    dictSetItem(l, name, v);
    hintName(l, name, nc);
    return;
  }
  setItem(l, name, v);
}
export function delName(l: number, name: number, silent = false): void {
  if (P.typeOf(l) === DictType) {
    if (dictPop(l, name) === NULL && !silent) nameError(name);
  } else delItem(l, name);
}
export function loadClassDeref(l: number, name: number, cell: number): number {
  const v = mappingGet(l, name);
  if (v !== NULL) return v;
  const c = cellGet(cell);
  if (c === NULL) nameError(name, `cannot access free variable '${jsString(name)}' where it is not associated with a value in enclosing scope`);
  return c;
}
export function unboundLocal(name: string): never {
  raise(exc.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}
export function unboundCell(name: string, free: boolean): never {
  if (free) nameError(intern(name), `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  unboundLocal(name);
}
export function setupAnnotations(l: number): void {
  if (mappingGet(l, N.__annotations__) === NULL) storeName(l, N.__annotations__, newDict());
}
export function storeAnnotation(l: number, name: number, v: number): void {
  setItem(mappingGet(l, N.__annotations__), name, v);
}

// ---- frames -------------------------------------------------------------------------------
export function stackOverflow(): never {
  raise(exc.RecursionError, 'maximum recursion depth exceeded');
}
export function fnGlobals(fn: number): number { return F[((fn - REF_BASE) >> 3) + FN_GLOBALS]; }
export function fnClosure(fn: number): number { return F[((fn - REF_BASE) >> 3) + FN_CLOSURE]; }

// ---- functions and classes ---------------------------------------------------------------
export function makeFunction(code: number, g: number, defaults: number, kwdefaults: number, closure: number, annotations: number): number {
  const mn = dictLookupStr(g, N.__name__);
  const f = newFunction(code, g, codeField(code, C_NAME), codeField(code, C_QUALNAME), mn === NULL ? P.None : mn, codeField(code, C_DOC));
  setFnField(f, FN_DEFAULTS, defaults);
  setFnField(f, FN_KWDEFAULTS, kwdefaults);
  setFnField(f, FN_CLOSURE, closure);
  setFnField(f, FN_ANNOTATIONS, annotations);
  return f;
}

let buildClassHook: (body: number, name: number, bases: number[], kwnames: number[] | null, kwvalues: number[], kwstar: number) => number = () => NULL;
export function setBuildClass(f: typeof buildClassHook): void { buildClassHook = f; }
export function buildClass(body: number, name: number, bases: number[], kwnames: number | null, kwvalues: number[], kwstar: number): number {
  return buildClassHook(body, name, bases, kwnames === null || kwnames === NULL ? null : tupleItems(kwnames), kwvalues, kwstar);
}

// ---- calls --------------------------------------------------------------------------------
export function callN(f: number, args: number[]): number { return callObject(f, args, null); }
export function callKw(f: number, args: number[], kwnames: number): number { return callObject(f, args, tupleItems(kwnames)); }
/**
 * The positional arguments of a call with *iterable (or of a class statement with *bases):
 * `parts` are the values, `starred` has '1' where a part is an iterable to unpack. The items
 * are gathered as they come in a rooted heap list (a generator's items are reachable from
 * nothing else) and returned as a tuple, which compiled code keeps in a temp for the call.
 */
export function starArgs(parts: number[], starred: string): number {
  const mark = rootMark();
  try {
    const acc = newList([]);
    pushRoot(acc);
    for (let i = 0; i < parts.length; i++) {
      if (starred.charCodeAt(i) === 49 /* '1' */) listExtend(acc, parts[i]);
      else listAppend(acc, parts[i]);
    }
    return newTuple(listItems(acc));
  } finally {
    rootRelease(mark);
  }
}
/** f(*args, **kw): `args` the items of the list the caller keeps in a temp, `kw` a dict (in a temp). */
export function callEx(f: number, args: number[], kw: number): number {
  const items = dictItemsList(kw);
  if (items.length === 0) return callObject(f, args, null);
  return callObject(f, [...args, ...items.map(([, v]) => v)], items.map(([k]) => k));
}
export function mergeKw(d: number, name: number, v: number, f: number): void {
  if (dictLookupStr(d, name) !== NULL) raise(exc.TypeError, `${funcDesc(f)} got multiple values for keyword argument '${jsString(name)}'`);
  dictSetItem(d, name, v);
}
export function mergeKwargs(d: number, m: number, f: number): void {
  if (!P.isInstance(m, DictType) && typeLookup(P.typeOf(m), N.keys) === NULL) raise(exc.TypeError, `${funcDesc(f)} argument after ** must be a mapping, not ${P.typeName(m)}`);
  const tmp = newDict();
  dictMerge(tmp, m);
  for (const [k, v] of dictItemsList(tmp)) {
    if (!P.isInstance(k, StrType)) raise(exc.TypeError, 'keywords must be strings');
    mergeKw(d, intern(strValue(k)), v, f);
  }
}
/** f(..., *v, ...): v's items join the positional arguments (check_args_iterable's message). */
export function extendStarArgs(acc: number, v: number, f: number): void {
  const t = P.typeOf(v);
  if (t !== TupleType && t !== ListType && typeLookup(t, N.__iter__) === NULL && typeLookup(t, N.__getitem__) === NULL) {
    raise(exc.TypeError, `${funcDesc(f)} argument after * must be an iterable, not ${P.typeName(v)}`);
  }
  listExtendItems(acc, iterableToArray(v));
}
/** CPython's _PyObject_FunctionStr: module.qualname() (module omitted for builtins). */
function funcDesc(f: number): string {
  try {
    const q = P.getAttrOrNull(f, N.__qualname__);
    if (q !== NULL && P.isInstance(q, StrType)) {
      const m = P.getAttrOrNull(f, N.__module__);
      const mod = m !== NULL && P.isInstance(m, StrType) ? jsString(m) : '';
      return mod && mod !== 'builtins' ? `${mod}.${jsString(q)}()` : `${jsString(q)}()`;
    }
  } catch { /* fall through */ }
  return `${P.typeName(f)} object`;
}


let superHook: (type: number, obj: number) => number = () => NULL;
export function setSuperHook(f: (type: number, obj: number) => number): void { superHook = f; }
export function superCall(callee: number, cls: number, self: number): number {
  if (callee !== superBuiltin()) return callObject(callee, [], null);
  const c = cellGet(cls);
  if (c === NULL) raise(exc.RuntimeError, 'super(): empty __class__ cell');
  if (self === NULL) raise(exc.RuntimeError, 'super(): no arguments');
  return superHook(c, self);
}
export function superNoArgs(callee: number): number {
  if (callee !== superBuiltin()) return callObject(callee, [], null);
  raise(exc.RuntimeError, 'super(): no arguments');
}
const superBuiltin = () => dictLookupStr(builtins(), intern('super'));

// ---- containers ---------------------------------------------------------------------------
export function buildTuple(items: number[]): number { return newTuple(items); }
export function buildList(items: number[]): number { return newList(items); }
let buildSetHook: (items: number[]) => number = () => NULL;
let setAddHook: (s: number, v: number) => void = () => {};
export function setSetHooks(build: (items: number[]) => number, add: (s: number, v: number) => void): void { buildSetHook = build; setAddHook = add; }
export function buildSet(items: number[]): number { return buildSetHook(items); }
export function setAdd(s: number, v: number): void { setAddHook(s, v); }
export function setUpdate(s: number, it: number): void {
  // {*iterable}: the items may be fresh; they stay rooted while __hash__/__eq__ run.
  const mark = rootMark();
  try { for (const v of iterableToRootedArray(it)) setAddHook(s, v); } finally { rootRelease(mark); }
}
export function listToTuple(l: number): number { return newTuple(listItems(l)); }
export function listExtend(l: number, it: number): void { listExtendItems(l, iterableToArray(it)); }
export function dictSet(d: number, k: number, v: number): void { dictSetItem(d, k, v); }
export function dictUpdate(d: number, m: number): void {
  if (!P.isInstance(m, DictType) && typeLookup(P.typeOf(m), N.keys) === NULL) raise(exc.TypeError, `'${P.typeName(m)}' object is not a mapping`);
  dictMerge(d, m);
}
export function buildSlice(a: number, b: number, c: number): number { return newSlice(a, b, c); }

// ---- subscription -------------------------------------------------------------------------
export function getItem(o: number, k: number): number {
  if (o >= REF_BASE) {
    const t = I32[(o - REF_BASE) >> 2] + REF_BASE;
    if (t === ListType) return listGetItem(o, k);
    if (t === DictType) return dictGetItem(o, k);
    if (t === StrType) return strSubscript(o, k);
    if (t === TupleType && k < INT_LIMIT && Number.isInteger(k)) {
      const n = tupleLength(o);
      const i = k < 0 ? k + n : k;
      if (i < 0 || i >= n) raise(exc.IndexError, 'tuple index out of range');
      return tupleItem(o, i);
    }
  }
  return getItemSlow(o, k);
}
function getItemSlow(o: number, k: number): number {
  const t = P.typeOf(o);
  const m = typeLookup(t, N.__getitem__);
  if (m !== NULL) return P.callDescr(m, o, [k]);
  if (isSubtype(t, TypeType) || t === TypeType) {
    if (o === TypeType) return genericAliasHook(o, k);
    const cg = P.getAttrOrNull(o, N.__class_getitem__);
    if (cg !== NULL) return callObject(cg, [k], null);
    raise(exc.TypeError, `type '${typeNameJs(o)}' is not subscriptable`);
  }
  raise(exc.TypeError, `'${typeNameJs(t)}' object is not subscriptable`);
}
let genericAliasHook: (o: number, k: number) => number = (o) => o;
export function setGenericAliasHook(f: (o: number, k: number) => number): void { genericAliasHook = f; }
export function setItem(o: number, k: number, v: number): void {
  if (o >= REF_BASE) {
    const t = I32[(o - REF_BASE) >> 2] + REF_BASE;
    if (t === DictType) { dictSetItem(o, k, v); return; }
    if (t === ListType) { listSetItem(o, k, v); return; }
  }
  const m = typeLookup(P.typeOf(o), N.__setitem__);
  if (m === NULL) raise(exc.TypeError, `'${P.typeName(o)}' object does not support item assignment`);
  P.callDescr(m, o, [k, v]);
}
export function delItem(o: number, k: number): void {
  const m = typeLookup(P.typeOf(o), N.__delitem__);
  if (m === NULL) raise(exc.TypeError, `'${P.typeName(o)}' object doesn't support item deletion`);
  P.callDescr(m, o, [k]);
}
export function contains(c: number, x: number): boolean {
  const t = P.typeOf(c);
  if (t === DictType) return dictLookup(c, x) !== NULL;
  if (t === ListType) { for (let i = 0; i < listLength(c); i++) { const v = listGet(c, i); if (v !== NULL && P.eqBool(v, x)) return true; } return false; }
  const m = typeLookup(t, N.__contains__);
  if (m !== NULL) return P.truthy(P.callDescr(m, c, [x]));
  if (typeLookup(t, N.__iter__) === NULL && typeLookup(t, N.__getitem__) === NULL) raise(exc.TypeError, `argument of type '${typeNameJs(t)}' is not iterable`);
  const mark = rootMark();
  try {
    pushRoot(x);
    const it = getIter(c);
    pushRoot(it);
    for (;;) {
      const v = iterNext(it);
      if (v === NULL) return false;
      if (P.eqBool(v, x)) return true;
    }
  } finally { rootRelease(mark); }
}

// ---- unpacking ----------------------------------------------------------------------------
/** Unpack exactly n items of v into slots base..base+n-1. */
export function unpack(v: number, n: number, base: number): void {
  const t = P.typeOf(v);
  if (t === TupleType || t === ListType) {
    const len = t === TupleType ? tupleLength(v) : listLength(v);
    if (len !== n) unpackError(len, n);
    for (let i = 0; i < n; i++) F[base + i] = t === TupleType ? tupleItem(v, i) : listGet(v, i);
    return;
  }
  notUnpackable(v);
  // Items land in their slots (roots) as they come; the iterator is rooted meanwhile.
  const mark = rootMark();
  try {
    const it = getIter(v);
    pushRoot(it);
    for (let i = 0; i < n; i++) {
      const x = iterNext(it);
      if (x === NULL) raise(exc.ValueError, `not enough values to unpack (expected ${n}, got ${i})`);
      F[base + i] = x;
    }
    if (iterNext(it) !== NULL) raise(exc.ValueError, `too many values to unpack (expected ${n})`);
  } finally { rootRelease(mark); }
}
/** CPython's unpack_iterable message for objects with neither __iter__ nor __getitem__. */
function notUnpackable(v: number): void {
  const t = P.typeOf(v);
  if (typeLookup(t, N.__iter__) === NULL && typeLookup(t, N.__getitem__) === NULL) {
    raise(exc.TypeError, `cannot unpack non-iterable ${P.typeName(v)} object`);
  }
}
function unpackError(len: number, n: number): never {
  if (len < n) raise(exc.ValueError, `not enough values to unpack (expected ${n}, got ${len})`);
  raise(exc.ValueError, `too many values to unpack (expected ${n})`);
}
/** a, *b, c = v: `before` items, a list, `after` items. */
export function unpackEx(v: number, before: number, after: number, base: number): void {
  notUnpackable(v);
  const items = iterableToArray(v);
  if (items.length < before + after) raise(exc.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  for (let i = 0; i < before; i++) F[base + i] = items[i];
  F[base + before] = newList(items.slice(before, items.length - after));
  for (let i = 0; i < after; i++) F[base + before + 1 + i] = items[items.length - after + i];
}

// ---- exceptions ---------------------------------------------------------------------------
const TB_EXC_WORD = () => (ts.tb + 24) >> 3;
export function getHandled(): number { const v = F[TB_EXC_WORD()]; return v === NULL ? P.None : v; }
export function setHandled(v: number): void { F[TB_EXC_WORD()] = v === P.None ? NULL : v; }

/** Make an exception instance from `raise X` operand (class or instance). */
function toExceptionInstance(v: number): number {
  // `raise ValueError`: a builtin type without arguments is made as the runtime makes its
  // own (BaseException's __new__ and __init__ through the generic call cost ~1 us).
  if (plainBuiltinExceptions().has(v)) return newException(v).exc;
  if (P.isInstance(v, TypeType) && isSubtype(v, exc.BaseException)) {
    const e = callObject(v, [], null);
    if (!P.isInstance(e, exc.BaseException)) raise(exc.TypeError, `calling ${P.reprJs(v)} should have returned an instance of BaseException, not ${P.typeName(e)}`);
    return e;
  }
  if (P.isInstance(v, exc.BaseException)) return v;
  raise(exc.TypeError, 'exceptions must derive from BaseException');
}
let plainBuiltins: Set<number> | null = null;
/**
 * The builtin exception types whose instances made with no arguments are exactly what
 * errors.ts newException makes: BaseException's own __new__ and __init__, and not one of
 * the types whose factory sets attributes (StopIteration, SyntaxError, SystemExit,
 * AttributeError, NameError, ImportError, OSError and their subclasses).
 */
function plainBuiltinExceptions(): Set<number> {
  if (plainBuiltins !== null) return plainBuiltins;
  const newOf = typeLookup(exc.BaseException, N.__new__), initOf = typeLookup(exc.BaseException, N.__init__);
  const special = [exc.StopIteration, exc.SyntaxError, exc.SystemExit, exc.AttributeError, exc.NameError, exc.ImportError, exc.OSError, exc.BaseExceptionGroup];
  plainBuiltins = new Set(exceptionNames().map((n) => exc[n]).filter((t) =>
    typeLookup(t, N.__new__) === newOf && typeLookup(t, N.__init__) === initOf && !special.some((s) => isSubtype(t, s))));
  return plainBuiltins;
}
/** Implicit chaining: the exception being handled becomes __context__ (avoiding cycles). */
export function chainContext(e: number): void { chainContextWith(e, topHandled()); }
/** generator.throw(): only the generator's own handled exception becomes the context. */
export function chainThrownIn(e: number): void { chainContextWith(e, F[TB_EXC_WORD()]); }
function chainContextWith(e: number, h: number): void {
  if (h === NULL || h === e) return;
  // Break a cycle e -> ... -> e in the context chain, as CPython does.
  let o = h;
  while (o !== NULL && o !== P.None) {
    const c = excField(o, E_CONTEXT);
    if (c === e) { setExcField(o, E_CONTEXT, P.None); break; }
    o = c;
  }
  setExcField(e, E_CONTEXT, h);
}
export function raise_(v: number): never {
  const e = toExceptionInstance(v);
  chainContext(e);
  throw new PyException(e);
}
export function raiseFrom(v: number, cause: number): never {
  const e = toExceptionInstance(v);
  let c: number;
  if (cause === P.None) c = P.None;
  else if (P.isInstance(cause, TypeType) && isSubtype(cause, exc.BaseException)) c = callObject(cause, [], null);
  else if (P.isInstance(cause, exc.BaseException)) c = cause;
  else raise(exc.TypeError, 'exception causes must derive from BaseException');
  setExcField(e, E_CAUSE, c);
  setExcField(e, E_SUPPRESS, 1);
  chainContext(e);
  throw new PyException(e);
}
/** Bare `raise` in the frame at fp: the traceback gets no entry for this frame (as in CPython). */
export function reraise(fp: number): never {
  const h = topHandled();
  if (h === NULL) raise(exc.RuntimeError, 'No active exception to reraise');
  const pe = new PyException(h);
  pe.lastFp = fp;
  throw pe;
}
/** Re-raise an exception this frame caught earlier (its traceback entry is already there). */
export function rethrow(e: number, fp: number): never {
  const pe = new PyException(e);
  pe.lastFp = fp;
  throw pe;
}

/**
 * An exception arrives at an except/finally of the frame at fp: convert JS failures, add
 * this frame's traceback entry (once), and return it.
 */
export function catchException(e: unknown, fp: number, ln: number): PyException {
  const pe = toPyException(e);
  addFrameEntry(pe, fp, ln);
  return pe;
}
function addFrameEntry(pe: PyException, fp: number, ln: number): void {
  // A failed method lookup is located at the attribute: the entry after the call's.
  if (pe.lookupFailed) { ln++; pe.lookupFailed = false; }
  if (pe.at >= 0) { ln = pe.at; pe.at = -1; }
  if (pe.lastFp === fp) return;
  pe.lastFp = fp;
  const fn = F[fp];
  const code = F[((fn - REF_BASE) >> 3) + FN_CODE];
  const lineno = tupleItem(F[((code - REF_BASE) >> 3) + C_POSITIONS], 4 * ln);
  let tb: number;
  try { tb = newTraceback(excField(pe.exc, E_TRACEBACK), fn, lineno, ln); } catch (e) {
    if (e instanceof HeapExhausted) return; // a full heap: the entry is left out
    throw e;
  }
  setExcField(pe.exc, E_TRACEBACK, tb);
}
/** The exception leaves the frame at fp: add its traceback entry. */
export function addTraceback(e: unknown, fp: number, ln: number): PyException {
  const pe = toPyException(e);
  addFrameEntry(pe, fp, ln);
  pe.lastFp = -1;
  return pe;
}
/** The exception object an unwinding JS exception carries (NULL for a host error). */
export function pendingException(e: unknown): number {
  return e instanceof PyException ? e.exc : NULL;
}
export function excMatches(e: number, t: number): boolean {
  if (P.typeOf(t) === TupleType) {
    for (let i = 0; i < tupleLength(t); i++) if (excMatches(e, tupleItem(t, i))) return true;
    return false;
  }
  if (!(P.isInstance(t, TypeType) && isSubtype(t, exc.BaseException))) raise(exc.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
  return P.isInstance(e, t);
}
export function assertFail(msg: number): never {
  if (msg === NULL) raise(exc.AssertionError);
  throw new PyException(callObject(exc.AssertionError, [msg], null));
}

// ---- with ---------------------------------------------------------------------------------
export function withExit(mgr: number): number {
  const t = P.typeOf(mgr);
  const enter = typeLookup(t, N.__enter__);
  const exit = typeLookup(t, N.__exit__);
  if (enter === NULL) raise(exc.TypeError, `'${typeNameJs(t)}' object does not support the context manager protocol`);
  if (exit === NULL) raise(exc.TypeError, `'${typeNameJs(t)}' object does not support the context manager protocol (missed __exit__ method)`);
  return exit;
}
export function withEnter(mgr: number): number {
  return P.callDescr(typeLookup(P.typeOf(mgr), N.__enter__), mgr, []);
}
export function withExitNormal(exit: number, mgr: number): void { P.callDescr(exit, mgr, [P.None, P.None, P.None]); }
export function withExitException(exit: number, mgr: number, e: number): boolean {
  const prev = F[TB_EXC_WORD()];
  setHandled(e);
  try {
    return P.truthy(P.callDescr(exit, mgr, [P.typeOf(e), e, excField(e, E_TRACEBACK)]));
  } finally { F[TB_EXC_WORD()] = prev; }
}

// ---- strings ------------------------------------------------------------------------------
export function formatValue(v: number, conversion: number, spec: number): number {
  if (spec === NULL && conversion === -1) {
    if (v >= REF_BASE) { if (I32[(v - REF_BASE) >> 2] + REF_BASE === StrType) return v; }
    else if (Number.isInteger(v)) return newStr(String(v));
  }
  let x = v;
  if (conversion === 115) x = P.str(v); // !s
  else if (conversion === 114) x = P.repr(v); // !r
  else if (conversion === 97) x = newStr(asciiHook(P.reprJs(v))); // !a
  if (spec === NULL && P.typeOf(x) === StrType) return x;
  return format(x, spec === NULL ? emptyStr() : spec);
}
const emptyStr = () => getRoot(Root.EmptyStr);
let asciiHook: (s: string) => string = (s) => s;
export function setAsciiHook(f: (s: string) => string): void { asciiHook = f; }
export function joinStr(parts: number[]): number { return strConcatAll(parts); }

// ---- imports (filled by runtime/importer.ts) ---------------------------------------------
export let importName: (name: number, fromlist: number, level: number, g: number) => number = () => NULL;
export let importFrom: (m: number, name: number) => number = () => NULL;
export let importStar: (m: number, l: number) => void = () => {};
export function setImportHooks(i: typeof importName, f: typeof importFrom, s: typeof importStar): void { importName = i; importFrom = f; importStar = s; }
export function importAttr(m: number, name: number): number { return P.getAttr(m, name); }

// ---- match --------------------------------------------------------------------------------
let matchHooks: {
  sequence: (subj: number, n: number, star: number, base: number) => boolean;
  mapping: (subj: number, keys: number[], base: number, rest: boolean) => boolean;
  cls: (subj: number, cls: number, npos: number, kwnames: number, base: number) => boolean;
} = { sequence: () => false, mapping: () => false, cls: () => false };
export function setMatchHooks(h: typeof matchHooks): void { matchHooks = h; }
export function matchSequence(subj: number, n: number, star: number, base: number): boolean { return matchHooks.sequence(subj, n, star, base); }
export function matchMapping(subj: number, keys: number[], base: number, rest: boolean): boolean { return matchHooks.mapping(subj, keys, base, rest); }
export function matchClass(subj: number, cls: number, npos: number, kwnames: number, base: number): boolean { return matchHooks.cls(subj, cls, npos, kwnames, base); }

export function typeAlias(name: number, value: number): number { void name; return value; }

/**
 * Set up `for x in range(...)`: a fast counting loop when `callee` is the builtin range and
 * all bounds are small ints (the loop then never allocates); otherwise the generic
 * iterator is stored in the frame slot `itSlot` and `fast` is false.
 */
export interface RangeLoop { fast: boolean; start: number; stop: number; step: number }
const slowLoop: RangeLoop = { fast: false, start: 0, stop: 0, step: 1 };
export function rangeLoop(callee: number, args: number[], itSlot: number): RangeLoop {
  if (callee === RangeType && args.every((a) => a < INT_LIMIT && Number.isInteger(a))) {
    const start = args.length > 1 ? args[0] : 0;
    const stop = args.length > 1 ? args[1] : args[0];
    const step = args.length > 2 ? args[2] : 1;
    if (step === 0) raise(exc.ValueError, 'range() arg 3 must not be zero');
    F[itSlot] = NULL;
    return { fast: true, start, stop, step };
  }
  F[itSlot] = getIter(callObject(callee, args, null));
  return slowLoop;
}

/**
 * Compiled code's safepoint: the thread's part in collections, signals and the GIL, then the
 * close of its generators that a collection found dead (generatorFinalizer.ts): between two
 * statements is where running their Python code is safe.
 */
function codeSafepoint(): void {
  safepoint();
  if (I32[(ts.tb + TB_FINALIZE) >> 2] !== 0) closePendingGenerators();
}

/** The object handed to generated code. */
export function makeRuntimeObject(): Record<string, unknown> {
  return {
    S: F, I: I32, NULL, POLL: CTRL_POLL >> 2, ts: ts as ThreadState,
    // Type addresses (header words) of exact list and tuple, for inline subscripts.
    get LIST_T() { return ListType - REF_BASE; }, get TUPLE_T() { return TupleType - REF_BASE; },
    get None() { return P.None; }, get True() { return P.True; }, get False() { return P.False; }, get Ellipsis() { return P.Ellipsis; },
    newNameCache, loadNameCached, storeNameCached,
    safepoint: codeSafepoint, stackOverflow, fnGlobals, fnClosure, newCell, cellGet, cellSet, tupleItem,
    newGlobalCache, loadGlobal, loadGlobalName, storeGlobal, delGlobal, loadName, storeName, delName, loadClassDeref,
    unboundLocal, unboundCell, setupAnnotations, storeAnnotation,
    getAttr: P.getAttr, setAttr: P.setAttr, delAttr: P.delAttr, getItem, setItem, delItem,
    add: O.add, sub: O.sub, mul: O.mul, truediv: O.truediv, floordiv: O.floordiv, mod: O.mod, pow: O.pow,
    lshift: O.lshift, rshift: O.rshift, and: O.and, or: O.or, xor: O.xor, matmul: O.matmul,
    iadd: O.iadd, inplace: O.inplaceOp,
    addSlow: O.addSlow, subSlow: O.subSlow, mulSlow: O.mulSlow, truedivSlow: O.truedivSlow,
    iaddSlow: O.iaddSlow, isubSlow: O.isubSlow, imulSlow: O.imulSlow, neg: O.neg, pos: O.pos, invert: O.invert,
    truthy: P.truthy, compare: P.richCompare, compareBool: P.compareBool, contains,
    call0: CC.call0, call1: CC.call1, call2: CC.call2, call3: CC.call3, newCallCache: CC.newCallCache,
    callWithSelf0: CC.callWithSelf0, callWithSelf1: CC.callWithSelf1, callWithSelf2: CC.callWithSelf2, callWithSelf3: CC.callWithSelf3, callN, callKw, callEx, starArgs, tupleItems, mergeKw, mergeKwargs, extendStarArgs, listItems,
    instanceValue: A.instanceValue, directMethod: A.directMethod, loadMethod: A.loadMethod, callMethod0: A.callMethod0, callMethod1: A.callMethod1, callMethod2: A.callMethod2, callMethod3: A.callMethod3,
    callMethodN: A.callMethodN, callMethodKw: A.callMethodKw, superCall, superNoArgs,
    newAttrCache: A.newAttrCache, loadAttr: A.loadAttr, storeAttr: A.storeAttr,
    getIter, iterNext, iterableToArray, buildTuple, buildList, buildSet, setAdd, setUpdate, listAppend, listExtend, listToTuple,
    newDict, dictSet, dictUpdate, buildSlice, makeFunction, buildClass,
    importName: (a: number, b: number, c: number, d: number) => importName(a, b, c, d),
    importFrom: (a: number, b: number) => importFrom(a, b), importStar: (a: number, b: number) => importStar(a, b), importAttr,
    raise: raise_, raiseFrom, reraise, rethrow, catchException, addTraceback, excMatches, getHandled, setHandled, assertFail,
    exceptStarMatch, prepReraiseStar: (orig: number, l: number) => prepReraiseStar(orig, listItems(l)),
    withExit, withEnter, withExitNormal, withExitException, formatValue, joinStr, unpack, unpackEx,
    matchSequence, matchMapping, matchClass, typeAlias, rangeLoop,
    genNewFrame: G.genNewFrame, genPc: G.genPc, genLine: G.genLine, genSaveLine: G.genSaveLine, genSuspend: G.genSuspend,
    genReturn: G.genReturn, genAbort: G.genAbort, genFinished: G.genFinished, genThrowIn: G.genThrowIn,
    newGenerator: G.newGenerator, generatorEntry: G.generatorEntry, yieldFromIter: G.yieldFromIter,
    yieldFromStep: G.yieldFromStep, yieldFromResult: G.yieldFromResult, asyncGenWrap: G.asyncGenWrap,
    awaitIter: C.awaitIter, asyncForIter: C.asyncForIter, asyncForNext: C.asyncForNext, isStopAsyncIteration: C.isStopAsyncIteration,
    asyncWithExit: C.asyncWithExit, asyncWithEnter: C.asyncWithEnter, asyncWithExitCall: C.asyncWithExitCall,
  };
}

void callFunction; void FN_KWDEFAULTS; void FN_DOC; void FN_MODULE; void E_ARGS;
