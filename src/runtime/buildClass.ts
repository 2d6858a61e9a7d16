/**
 * The class statement (CPython's __build_class__): pick the metaclass, prepare the
 * namespace, run the class body with it, call the metaclass, fill the __class__ cell.
 */
import { NULL, REF_BASE } from '../heap/memory';
import { setBuildClass } from './rt';
import * as P from './protocol';
import { N } from './names';
import { callObject } from './call';
import { raise } from './errors';
import { exc } from '../objects/exceptions';
import { TypeType, typeLookup, isSubtype } from '../objects/typeobject';
import { calculateMeta } from '../objects/object';
import { newDict, dictLookupStr, dictSetItem, dictPop, DictType, dictItemsList } from '../objects/dict';
import { newTuple } from '../objects/tuple';
import { cellSet, CellType, FN_CODE } from '../objects/function';
import { compiledFor } from './codeCache';
import { rootMark, pushRoot, rootRelease } from '../threads/threadState';
import { iterableToRootedArray } from './iteration';
import { intern, jsString } from '../objects/str';

function buildClass(body: number, name: number, basesIn: number[], kwnames: number[] | null, kwvalues: number[], kwstar: number): number {
  const mark = rootMark();
  try {
    // PEP 560: bases with __mro_entries__.
    let bases = basesIn;
    const orig = basesIn;
    let changed = false;
    const resolved: number[] = [];
    for (const b of basesIn) {
      if (!P.isInstance(b, TypeType)) {
        const me = P.getAttrOrNull(b, N.__mro_entries__);
        // The entries may be fresh classes: rooted while later bases' __mro_entries__ run.
        if (me !== NULL) { changed = true; resolved.push(...iterableToRootedArray(callObject(me, [newTuple(orig)], null))); continue; }
      }
      resolved.push(b);
    }
    if (changed) bases = resolved;
    const basesTuple = newTuple(bases);
    pushRoot(basesTuple);
    const kw = new Map<string, number>();
    if (kwnames) kwnames.forEach((k, i) => kw.set(jsString(k), kwvalues[i]));
    if (kwstar !== NULL) for (const [k, v] of dictItemsList(kwstar)) kw.set(P.strJs(k), v);
    let meta = kw.get('metaclass');
    kw.delete('metaclass');
    if (meta === undefined) meta = bases.length ? P.typeOf(bases[0]) : TypeType;
    if (P.isInstance(meta, TypeType)) meta = calculateMeta(meta, bases);
    pushRoot(meta);
    const kwn = [...kw.keys()].map((k) => intern(k));
    const kwv = [...kw.values()];
    for (const v of kwv) pushRoot(v);
    const prep = P.getAttrOrNull(meta, N.__prepare__);
    const ns = prep === NULL ? newDict() : callObject(prep, [name, basesTuple, ...kwv], kwn.length ? kwn : null);
    pushRoot(ns);
    const code = P.typeOf(body) === NULL ? NULL : P.fnField(body, FN_CODE);
    compiledFor(code)(body, ns);
    if (changed && P.typeOf(ns) === DictType) dictSetItem(ns, N.__orig_bases__, newTuple(orig));
    const cls = callObject(meta, [name, basesTuple, ns, ...kwv], kwn.length ? kwn : null);
    pushRoot(cls);
    const cell = P.typeOf(ns) === DictType ? dictLookupStr(ns, N.__classcell__) : NULL;
    if (cell !== NULL && P.typeOf(cell) === CellType) {
      cellSet(cell, cls);
      if (P.isInstance(cls, TypeType)) {
        const d = P.getAttr(cls, N.__dict__);
        if (P.typeOf(d) === DictType) dictPop(d, N.__classcell__);
      }
    }
    return cls;
  } finally { rootRelease(mark); }
}

export function setBuildClassImpl(): void { setBuildClass(buildClass); }
void REF_BASE; void typeLookup; void isSubtype; void raise; void exc;
