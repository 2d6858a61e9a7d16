/**
 * Turning compiler output (CodeUnit, ConstSpec) into heap objects: code objects with their
 * constants. Runs no Python code, so nothing it allocates can be collected meanwhile.
 */
import { NULL } from '../heap/memory';
import { CodeUnit, ConstSpec } from '../compiler/codeunit';
import { newCode } from '../objects/function';
import { newTuple } from '../objects/tuple';
import { newStr, intern, constantStr } from '../objects/str';
import { newInt } from '../objects/int';
import { newFloat } from '../objects/float';
import { None, True, False, Ellipsis } from './protocol';

let newBytesHook: (b: Uint8Array) => number = () => NULL;
let newComplexHook: (re: number, im: number) => number = () => NULL;
export function setMaterializeHooks(bytes: (b: Uint8Array) => number, complex: (re: number, im: number) => number): void {
  newBytesHook = bytes; newComplexHook = complex;
}

export function materializeConst(c: ConstSpec): number {
  switch (c.kind) {
    case 'none': return None;
    case 'true': return True;
    case 'false': return False;
    case 'ellipsis': return Ellipsis;
    case 'int': return newInt(c.value);
    case 'float': return newFloat(c.value);
    case 'complex': return newComplexHook(0, c.imag);
    case 'str': return constantStr(c.value);
    case 'name': return intern(c.value);
    case 'bytes': return newBytesHook(c.value);
    case 'tuple': return newTuple(c.items.map(materializeConst));
    case 'names': return newTuple(c.values.map((v) => intern(v)));
    case 'code': return materializeCode(c.unit);
  }
}

export function materializeCode(u: CodeUnit): number {
  return newCode({
    flags: u.flags, name: intern(u.name), qualname: newStr(u.qualname), filename: newStr(u.filename),
    firstlineno: u.firstlineno, argcount: u.argcount, posonlyargcount: u.posonlyargcount, kwonlyargcount: u.kwonlyargcount,
    varnames: newTuple(u.varnames.map((v) => intern(v))), consts: newTuple(u.consts.map(materializeConst)),
    source: newStr(u.source), freevars: newTuple(u.freevars.map((v) => intern(v))), cellvars: newTuple(u.cellvars.map((v) => intern(v))),
    nslots: u.nslots, doc: u.doc === null ? None : newStr(u.doc), positions: newTuple(u.positions),
  });
}
/** Set only the bytes-literal maker (objects/bytes.ts) or only the complex maker (objects/complex.ts). */
export function setBytesMaker(f: (b: Uint8Array) => number): void { newBytesHook = f; }
export function setComplexMaker(f: (re: number, im: number) => number): void { newComplexHook = f; }
