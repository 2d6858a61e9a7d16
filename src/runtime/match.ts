/**
 * Structural pattern matching helpers (match statement): sequence, mapping and class
 * patterns. Matched sub-values are written into frame slots given by the compiled code.
 */
import { F, NULL, REF_BASE } from '../heap/memory';
import { setMatchHooks } from './rt';
import * as P from './protocol';
import { N } from './names';
import { raise } from './errors';
import { exc } from '../objects/exceptions';
import { typeLookup, isSubtype, TypeType, typeNameJs } from '../objects/typeobject';
import { StrType, strValue, jsString } from '../objects/str';
import { TupleType, tupleItems, tupleLength, tupleItem } from '../objects/tuple';
import { ListType, newList } from '../objects/list';
import { DictType, dictLookup, dictItemsList, newDict, dictSetItem, dictPop } from '../objects/dict';
import { iterableToArray } from './iteration';
import { callObject } from './call';
import { IntType } from '../objects/int';
import { FloatType } from '../objects/float';
import { BoolType } from '../objects/singletons';

let isSequenceType: (t: number) => boolean = () => false;
let isMappingType: (t: number) => boolean = () => false;
/** collections.abc registration hooks (filled when the abc machinery exists). */
export function setMatchAbcHooks(seq: (t: number) => boolean, map: (t: number) => boolean): void { isSequenceType = seq; isMappingType = map; }

function isSequence(v: number): boolean {
  const t = P.typeOf(v);
  if (isSubtype(t, StrType) || isBytesLike(v)) return false;
  if (isSubtype(t, ListType) || isSubtype(t, TupleType) || typeNameJs(t) === 'range' || typeNameJs(t) === 'memoryview' || typeNameJs(t) === 'deque') return true;
  if (isSubtype(t, DictType)) return false;
  return isSequenceType(t);
}
function isBytesLike(v: number): boolean { const n = typeNameJs(P.typeOf(v)); return n === 'bytes' || n === 'bytearray'; }
function isMapping(v: number): boolean {
  const t = P.typeOf(v);
  return isSubtype(t, DictType) || isMappingType(t) || typeNameJs(t) === 'mappingproxy';
}

function sequence(subj: number, n: number, star: number, base: number): boolean {
  if (!isSequence(subj)) return false;
  const items = iterableToArray(subj);
  if (star < 0) {
    if (items.length !== n) return false;
    for (let i = 0; i < n; i++) F[base + i] = items[i];
    return true;
  }
  if (items.length < n) return false;
  const after = n - star;
  for (let i = 0; i < star; i++) F[base + i] = items[i];
  F[base + star] = newList(items.slice(star, items.length - after));
  for (let i = 0; i < after; i++) F[base + star + 1 + i] = items[items.length - after + i];
  return true;
}

function mapping(subj: number, keys: number[], base: number, rest: boolean): boolean {
  if (!isMapping(subj)) return false;
  const seen: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    for (const s of seen) if (P.eqBool(s, k)) raise(exc.ValueError, `mapping pattern checks duplicate key (${P.reprJs(k)})`);
    seen.push(k);
    let v: number;
    if (P.typeOf(subj) === DictType) v = dictLookup(subj, k);
    else {
      const get = P.getAttr(subj, P.getAttr(subj, N.get) === NULL ? N.get : N.get);
      const sentinel = newDict();
      v = callObject(get, [k, sentinel], null);
      if (v === sentinel) v = NULL;
    }
    if (v === NULL) return false;
    F[base + i] = v;
  }
  if (rest) {
    const d = newDict();
    for (const [k, v] of P.typeOf(subj) === DictType ? dictItemsList(subj) : iterableToArray(P.getAttr(subj, N.items)).map((t) => [tupleItem(t, 0), tupleItem(t, 1)] as [number, number])) dictSetItem(d, k, v);
    for (const k of keys) dictPop(d, k);
    F[base + keys.length] = d;
  }
  return true;
}

const selfMatching = () => [BoolType, 'bytearray', 'bytes', DictType, FloatType, 'frozenset', IntType, ListType, 'set', StrType, TupleType];
function isSelfMatching(cls: number): boolean {
  for (const s of selfMatching()) {
    if (typeof s === 'number') { if (s === cls) return true; }
    else if (typeNameJs(cls) === s && typeLookup(cls, N.__module__) === NULL) return true;
  }
  return ['bytearray', 'bytes', 'frozenset', 'set'].includes(typeNameJs(cls)) && P.typeName(cls) === 'type' && isBuiltin(cls);
}
function isBuiltin(cls: number): boolean {
  const m = P.getAttrOrNull(cls, N.__module__);
  return m !== NULL && P.isInstance(m, StrType) && strValue(m) === 'builtins';
}

function cls(subj: number, c: number, npos: number, kwnames: number, base: number): boolean {
  if (!P.isInstance(c, TypeType)) raise(exc.TypeError, 'called match pattern must be a class');
  if (!P.isInstance(subj, c)) return false;
  const kws = tupleItems(kwnames);
  let k = 0;
  if (npos > 0) {
    const ma = P.getAttrOrNull(c, N.__match_args__);
    let names: number[];
    if (ma === NULL) {
      if (npos === 1 && isSelfMatching(c)) { F[base] = subj; k = 1; names = []; }
      else raise(exc.TypeError, `${typeNameJs(c)}() accepts 0 positional sub-patterns (${npos} given)`);
    } else {
      if (P.typeOf(ma) !== TupleType) raise(exc.TypeError, `${typeNameJs(c)}.__match_args__ must be a tuple (got ${P.typeName(ma)})`);
      names = tupleItems(ma);
      if (npos > names.length) raise(exc.TypeError, `${typeNameJs(c)}() accepts ${names.length} positional sub-pattern${names.length === 1 ? '' : 's'} (${npos} given)`);
    }
    for (; k < npos; k++) {
      const nm = names![k];
      if (!P.isInstance(nm, StrType)) raise(exc.TypeError, `__match_args__ elements must be strings (got ${P.typeName(nm)})`);
      if (kws.some((x) => strValue(x) === strValue(nm))) raise(exc.TypeError, `${typeNameJs(c)}() got multiple sub-patterns for attribute '${strValue(nm)}'`);
      const v = P.getAttrOrNull(subj, nm);
      if (v === NULL) return false;
      F[base + k] = v;
    }
  }
  for (let i = 0; i < kws.length; i++) {
    const v = P.getAttrOrNull(subj, kws[i]);
    if (v === NULL) return false;
    F[base + npos + i] = v;
  }
  return true;
}

export function installMatch(): void { setMatchHooks({ sequence, mapping, cls }); }
void REF_BASE; void tupleLength; void jsString;
