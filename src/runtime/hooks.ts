/**
 * Wiring: object files that would otherwise import each other in cycles at load time
 * expose setters for the few operations they need from later layers; this file installs
 * them all, once per worker, after the heap world exists.
 */
import { F, REF_BASE, NULL } from '../heap/memory';
import { getRoot, Root } from '../heap/roots';
import * as P from './protocol';
import { N } from './names';
import { exc, setSequenceToArray, setStrTypeRefForExceptions, E_ARGS, setExcField, groupHooks, unicodeHooks } from '../objects/exceptions';
import { setTupleTypeRefForObject, setCurrentGlobalsHook, setIterableToArray, setDictPopStr, setMappingProxyHook } from '../objects/object';
import { setIntSubclassHook, setIntFromObject, intValue, isIntLike, IntType, newInt, wrapNum } from '../objects/int';
import { setFloatFromObject } from '../objects/float';
import { setStrSliceHooks, setStrHooks, StrType, strValue, newStr, intern, jsString, strLength } from '../objects/str';
import { FloatType, floatValue } from '../objects/float';
import { setTupleCompareHook, setTupleHooks, TupleType, tupleLength, tupleItem, newTuple, tupleOf } from '../objects/tuple';
import { ListType, listLength } from '../objects/list';
import { setDictExcArgsHook, setDictGetItemHook, setDictInternHook, setDictViewHook, DictType, dictLen, dictPop, newDict } from '../objects/dict';
import { setIterationHooks, iterableToArray } from './iteration';
import { setFunctionBuiltinsHook, setFunctionInternHook, setMethodAttrHook } from '../objects/function';
import { setBuiltinFunctionHooks } from '../objects/builtinFunction';
import { setBoolTruth, BoolType } from '../objects/singletons';
import { isModule } from '../objects/module';
import { isSlice, sliceIndices } from '../objects/slice';
import { typeLookup, isSubtype, TypeType, typeOfRef } from '../objects/typeobject';
import * as RT from './rt';
import { builtinsDict, setSysStreamHook, setNativeStreamCheck, setExecHooks, asciiOf } from './builtins';
import { execHookImpl, importName, importFrom, importStar, setSysPathHook } from './exec';
import { setBuildClassImpl } from './buildClass';
import { newSuper } from '../objects/descriptors';
import { stdStreamFd } from '../modules/stdstreams';
import { listItems } from '../objects/list';
import { PyException } from './errors';
import { callObject } from './call';
import * as G from '../objects/generator';
import { setReversedDictHook } from '../objects/builtinIterators';
import { ts, setSignalHandler } from '../threads/threadState';
import { FN_GLOBALS } from '../objects/function';
import { getIntFromObject, getFloatFromObject } from './numberConversions';
import { installMatch } from './match';
import * as num from '../numeric';
import { TUPLE_HASH_HI, TUPLE_HASH_LO, tupleHashStep, tupleHashState, tupleHashInternal } from '../numeric/intMath';
import { installers } from './installers';

export function installHooks(): void {
  setSequenceToArray((v) => iterableToArray(v));
  groupHooks.call = (f, args) => callObject(f, args, null);
  // Ctrl-C (the CLI sets CTRL_SIGNAL): KeyboardInterrupt at the main thread's next safepoint.
  setSignalHandler((sig) => { if (sig === 2) raise(exc.KeyboardInterrupt); });
  unicodeHooks.isInt = (v) => isIntLike(v) || typeLookup(P.typeOf(v), N.__index__) !== NULL;
  unicodeHooks.toInt = (v) => { const n = P.index(v); return typeof n === 'number' ? n : Number(n); };
  groupHooks.callMethod = (o, name, args) => callObject(P.getAttr(o, intern(name)), args, null);
  groupHooks.isCallable = (v) => v >= REF_BASE && typeLookup(P.typeOf(v), N.__call__) !== NULL;
  // PySequence_Check: a __getitem__ and not a dict
  groupHooks.isSequence = (v) => !P.isInstance(v, DictType) && typeLookup(P.typeOf(v), N.__getitem__) !== NULL;
  setStrTypeRefForExceptions(() => StrType);
  setTupleTypeRefForObject(() => TupleType);
  setCurrentGlobalsHook(() => { const fp = ts.callerFp; return fp > 0 ? F[((F[fp] - REF_BASE) >> 3) + FN_GLOBALS] : NULL; });
  setIterableToArray((v) => iterableToArray(v));
  setDictPopStr((d, k) => { dictPop(d, k); });
  setIntSubclassHook((v) => P.isInstance(v, IntType));
  setIntFromObject(getIntFromObject);
  setFloatFromObject(getFloatFromObject);
  setStrSliceHooks(isSlice, sliceIndices);
  setStrHooks(isIntLike, (fmt, args) => percentFormatStr(fmt, args));
  setTupleCompareHook((a, b, op) => P.richCompare(a, b, op));
  setTupleHooks(tupleGetItem);
  setDictExcArgsHook((e, args) => setExcField(e, E_ARGS, args));
  setDictGetItemHook((o, k) => RT.getItem(o, k));
  setDictInternHook((s) => intern(s));
  setDictViewHook((d, kind) => dictViewHook(d, kind), (o, k, v) => RT.setItem(o, k, v));
  setIterationHooks((o, i) => RT.getItem(o, i), P.eqBool, () => NULL);
  setFunctionBuiltinsHook(() => builtinsDict());
  setFunctionInternHook((s) => intern(s));
  setMethodAttrHook((o, n) => P.getAttr(o, intern(n)));
  setBuiltinFunctionHooks(isModule, () => getRoot(Root.Builtins));
  setBoolTruth((v) => P.bool(P.truthy(v)));
  setReversedDictHook(() => DictType);
  P.setLenHook(fastLen);
  P.setHashHook(fastHash);
  P.setReprHook(fastRepr);
  RT.setBuiltinsDictHook(() => builtinsDict());
  setBuildClassImpl();
  RT.setSuperHook(newSuper);
  RT.setAsciiHook(asciiOf);
  RT.setImportHooks(importName, importFrom, importStar);
  setExecHooks(execHookImpl);
  setSysPathHook(() => listItems(P.getAttr(getRoot(Root.SysModule), intern('path'))));
  setSysStreamHook((which) => P.getAttr(getRoot(Root.SysModule), intern(which)));
  setNativeStreamCheck(stdStreamFd);
  G.setGeneratorErrorFactory((msg, cause) => {
    const e = callObject(exc.RuntimeError, [newStr(msg)], null);
    P.setAttr(e, N.__cause__, cause);
    return new PyException(e);
  });
  G.setThrowInChaining(RT.chainThrownIn);
  G.setStopIterationFactory((v) => new PyException(callObject(exc.StopIteration, [v], null)));
  G.setStopIterationValueHook((e) => { const v = P.getAttrOrNull(e, N.value); return v === NULL ? P.None : v; });
  G.setGeneratorBoolHooks(() => P.True, () => P.False);
  installMatch();
  setOnRaise(RT.chainContext);
  P.setExactHashes((x) => num.hashInt(x), (x) => num.hashFloat(x), (hs) => num.hashTupleOfHashes(hs));
}

/** len() of exact builtin containers without a method lookup (-1 = not handled). */
function fastLen(v: number): number {
  if (v < REF_BASE) return -1;
  const t = typeOfRef(v);
  if (t === ListType) return listLength(v);
  if (t === TupleType) return tupleLength(v);
  if (t === DictType) return dictLen(v);
  if (t === StrType) return strLength(v);
  return -1;
}
function fastHash(v: number, t: number): number | null {
  if (t === TupleType) return hashTuple(v);
  if (t === BoolType) return v === P.True ? 1 : 0;
  if (t === IntType) return P.hashOfIntValue(intValue(v));
  return null;
}
function hashTuple(t: number): number {
  // The exact hashes of the items, combined in 32-bit halves (no BigInts) while they are
  // plain numbers; the value is P.internalHash(P.hashExact(t)).
  const n = tupleLength(t);
  let hi = TUPLE_HASH_HI, lo = TUPLE_HASH_LO;
  for (let i = 0; i < n; i++) {
    const h = P.hashExact(tupleItem(t, i));
    if (typeof h !== 'number') return P.internalHash(P.hashExact(t));
    tupleHashStep(hi, lo, h);
    hi = tupleHashState[0]; lo = tupleHashState[1];
  }
  return tupleHashInternal(hi, lo, n);
}
function fastRepr(v: number, t: number): string | null {
  if (t === StrType) return null;
  if (t === IntType) return wrapNum(() => num.intToString(intValue(v), 10));
  if (t === BoolType) return v === P.True ? 'True' : 'False';
  if (t === FloatType) return num.floatRepr(floatValue(v));
  if (v === P.None) return 'None';
  return null;
}

function tupleGetItem(t: number, k: number): number {
  if (isSlice(k)) {
    const [start, , step, n] = sliceIndices(k, tupleLength(t));
    const out: number[] = [];
    for (let i = 0, j = start; i < n; i++, j += step) out.push(tupleItem(t, j));
    return newTuple(out);
  }
  const i0 = P.seqIndex(k, 'tuple');
  if (typeof i0 === 'bigint') raise(exc.IndexError, 'cannot fit \'int\' into an index-sized integer');
  let i = i0;
  const n = tupleLength(t);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(exc.IndexError, 'tuple index out of range');
  return tupleItem(t, i);
}

let dictViewHook: (d: number, kind: number) => number = () => NULL;
export function setDictViewImpl(f: (d: number, kind: number) => number): void { dictViewHook = f; }
let percentFormatStr: (fmt: string, args: number) => string = (f) => f;
export function setPercentFormatImpl(f: (fmt: string, args: number) => string): void { percentFormatStr = f; }

import { raise, setOnRaise } from './errors';
void tupleOf; void typeLookup; void isSubtype; void TypeType; void jsString; void newDict; void isIntLike;

/** Run the feature installers (after the builtins and sys modules exist). */
export function runInstallers(): void { for (const f of installers) f(); }
