/**
 * Python functions, their code objects, closure cells and bound methods.
 *
 * code:     [header][i32 id, i32 flags][name][qualname][filename][firstlineno][argcount]
 *           [posonlyargcount][kwonlyargcount][varnames tuple][consts tuple][js source str]
 *           [freevars tuple][cellvars tuple][frame slots][docstring-or-None][positions tuple]
 * function: [header][code][globals][defaults][kwdefaults][closure][name][qualname][dict]
 *           [annotations][module][doc]
 * cell:     [header][value]         method: [header][function][self]
 *
 * A code object's id (from a shared counter) indexes each worker's cache of compiled JS, so
 * any thread compiles a code object on its first call; ids are never reused.
 */
import { I32, F, REF_BASE, NULL } from '../heap/memory';
import { Layout, CTRL_ID_COUNTER } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { registerTracer, visitRange } from '../heap/collector';

export let FunctionType = 0, CodeType = 0, CellType = 0, MethodType = 0;
let functionTypeAddr = 0;
export function setFunctionTypes(fn: number, code: number, cell: number, method: number): void {
  FunctionType = fn; CodeType = code; CellType = cell; MethodType = method; functionTypeAddr = fn - REF_BASE;
}
export function functionTypeAddress(): number { return functionTypeAddr; }

export const enum CodeFlag {
  Optimized = 1, NewLocals = 2, VarArgs = 4, VarKeywords = 8, Nested = 16, Generator = 32,
  NoFree = 64, Coroutine = 128, IterableCoroutine = 256, AsyncGenerator = 512,
  /** Pyrallel: positional parameters only (no *args, **kwargs, keyword-only): direct calls. */
  Simple = 1 << 20,
  /** Pyrallel: module or class body, locals in a dict. */
  DictLocals = 1 << 21,
  /**
   * Pyrallel: a generator with a yield inside a try or with statement, the only kind whose
   * close() can run code: it is closed when it dies suspended (generatorFinalizer.ts).
   */
  YieldInHandler = 1 << 22,
}
export const C_NAME = 2, C_QUALNAME = 3, C_FILENAME = 4, C_FIRSTLINE = 5, C_ARGCOUNT = 6, C_POSONLY = 7,
  C_KWONLY = 8, C_VARNAMES = 9, C_CONSTS = 10, C_SOURCE = 11, C_FREEVARS = 12, C_CELLVARS = 13, C_NSLOTS = 14, C_DOC = 15,
  /** Tuple of ints, 4 per entry (line, end line, column, end column): see CodeUnit.positions. */
  C_POSITIONS = 16;
const CODE_WORDS = 17;

export const FN_CODE = 1, FN_GLOBALS = 2, FN_DEFAULTS = 3, FN_KWDEFAULTS = 4, FN_CLOSURE = 5, FN_NAME = 6,
  FN_QUALNAME = 7, FN_DICT = 8, FN_ANNOTATIONS = 9, FN_MODULE = 10, FN_DOC = 11;
const FN_WORDS = 12;

registerTracer(Layout.Code, (a, visit) => visitRange((a >> 3) + 2, CODE_WORDS - 2, visit));
registerTracer(Layout.Function, (a, visit) => visitRange((a >> 3) + 1, FN_WORDS - 1, visit));
registerTracer(Layout.Cell, (a, visit) => visit(F[(a >> 3) + 1]));
registerTracer(Layout.Method, (a, visit) => { visit(F[(a >> 3) + 1]); visit(F[(a >> 3) + 2]); });

export interface CodeInit {
  flags: number; name: number; qualname: number; filename: number; firstlineno: number;
  argcount: number; posonlyargcount: number; kwonlyargcount: number; varnames: number; consts: number;
  source: number; freevars: number; cellvars: number; nslots: number; doc: number; positions: number;
}

export function newCode(c: CodeInit): number {
  const ref = allocObject(CODE_WORDS * 8, CodeType - REF_BASE, Layout.Code);
  const a = ref - REF_BASE;
  const f = a >> 3;
  I32[(a >> 2) + 2] = Atomics.add(I32, CTRL_ID_COUNTER >> 2, 1) + 1;
  I32[(a >> 2) + 3] = c.flags;
  F[f + C_NAME] = c.name; F[f + C_QUALNAME] = c.qualname; F[f + C_FILENAME] = c.filename;
  F[f + C_FIRSTLINE] = c.firstlineno; F[f + C_ARGCOUNT] = c.argcount; F[f + C_POSONLY] = c.posonlyargcount;
  F[f + C_KWONLY] = c.kwonlyargcount; F[f + C_VARNAMES] = c.varnames; F[f + C_CONSTS] = c.consts;
  F[f + C_SOURCE] = c.source; F[f + C_FREEVARS] = c.freevars; F[f + C_CELLVARS] = c.cellvars;
  F[f + C_NSLOTS] = c.nslots; F[f + C_DOC] = c.doc; F[f + C_POSITIONS] = c.positions;
  return ref;
}
/**
 * code.replace(**changes) for the fields a compiled code object can change without new
 * generated code: co_flags (Pyrallel's own flag bits are kept), co_name, co_qualname,
 * co_filename, co_firstlineno. The copy gets its own id.
 */
function codeReplace(code: number, changes: Map<string, number>): number {
  const f = (code - REF_BASE) >> 3;
  const c: CodeInit = {
    flags: codeFlags(code), name: F[f + C_NAME], qualname: F[f + C_QUALNAME], filename: F[f + C_FILENAME],
    firstlineno: F[f + C_FIRSTLINE], argcount: F[f + C_ARGCOUNT], posonlyargcount: F[f + C_POSONLY],
    kwonlyargcount: F[f + C_KWONLY], varnames: F[f + C_VARNAMES], consts: F[f + C_CONSTS], source: F[f + C_SOURCE],
    freevars: F[f + C_FREEVARS], cellvars: F[f + C_CELLVARS], nslots: F[f + C_NSLOTS], doc: F[f + C_DOC], positions: F[f + C_POSITIONS],
  };
  for (const [k, v] of changes) {
    switch (k) {
      case 'co_flags': {
        if (!isIntLike(v)) raise(exc.TypeError, `replace() argument 'co_flags' must be int, not ${typeName(v)}`);
        c.flags = (c.flags & ~0xffff) | (Number(intValue(v)) & 0xffff);
        break;
      }
      case 'co_name': case 'co_qualname': case 'co_filename':
        if (!isInstance(v, StrType)) raise(exc.TypeError, `replace() argument '${k}' must be str, not ${typeName(v)}`);
        if (k === 'co_name') c.name = v; else if (k === 'co_qualname') c.qualname = v; else c.filename = v;
        break;
      case 'co_firstlineno':
        if (!isIntLike(v)) raise(exc.TypeError, `replace() argument 'co_firstlineno' must be int, not ${typeName(v)}`);
        c.firstlineno = v;
        break;
      default: raise(exc.TypeError, `replace() got an unexpected keyword argument '${k}'`);
    }
  }
  return newCode(c);
}
export function codeId(code: number): number { return I32[((code - REF_BASE) >> 2) + 2]; }
export function codeFlags(code: number): number { return I32[((code - REF_BASE) >> 2) + 3]; }
export function codeField(code: number, k: number): number { return F[((code - REF_BASE) >> 3) + k]; }
/** Whether a call with exactly n positional arguments enters the code's JS directly (no binding). */
export function takesExactly(code: number, n: number): boolean {
  return (I32[((code - REF_BASE) >> 2) + 3] & CodeFlag.Simple) !== 0 && F[((code - REF_BASE) >> 3) + C_ARGCOUNT] === n;
}

export function newFunction(code: number, globals: number, name: number, qualname: number, module: number, doc: number): number {
  const ref = allocObject(FN_WORDS * 8, functionTypeAddr, Layout.Function);
  const f = (ref - REF_BASE) >> 3;
  F[f + FN_CODE] = code; F[f + FN_GLOBALS] = globals; F[f + FN_DEFAULTS] = NULL; F[f + FN_KWDEFAULTS] = NULL;
  F[f + FN_CLOSURE] = NULL; F[f + FN_NAME] = name; F[f + FN_QUALNAME] = qualname; F[f + FN_DICT] = NULL;
  F[f + FN_ANNOTATIONS] = NULL; F[f + FN_MODULE] = module; F[f + FN_DOC] = doc;
  return ref;
}
export function fnField(fn: number, k: number): number { return F[((fn - REF_BASE) >> 3) + k]; }
export function setFnField(fn: number, k: number, v: number): void { F[((fn - REF_BASE) >> 3) + k] = v; }
export function isFunction(v: number): boolean { return v >= REF_BASE && I32[(v - REF_BASE) >> 2] === functionTypeAddr; }

export function newCell(v: number): number {
  const ref = allocObject(16, CellType - REF_BASE, Layout.Cell);
  F[((ref - REF_BASE) >> 3) + 1] = v;
  return ref;
}
export function cellGet(c: number): number { return F[((c - REF_BASE) >> 3) + 1]; }
export function cellSet(c: number, v: number): void { F[((c - REF_BASE) >> 3) + 1] = v; }

export function newMethod(fn: number, self: number): number {
  const ref = allocObject(24, MethodType - REF_BASE, Layout.Method);
  F[((ref - REF_BASE) >> 3) + 1] = fn;
  F[((ref - REF_BASE) >> 3) + 2] = self;
  return ref;
}
export function methodFunc(m: number): number { return F[((m - REF_BASE) >> 3) + 1]; }
export function methodSelf(m: number): number { return F[((m - REF_BASE) >> 3) + 2]; }

// ---- the function, code, cell and method types --------------------------------------------
import { defineBuiltinType } from './registry';
import { raise } from '../runtime/errors';
import { exc } from './exceptions';
import { None, bool, reprJs, isInstance, typeOf, typeName, hash, eqBool, isIntLike } from '../runtime/protocol';
import { intValue } from './int';
import { newStr, jsString, StrType } from './str';
import { newDict, DictType } from './dict';
import { TupleType, newTuple, tupleLength } from './tuple';
import { callObject } from '../runtime/call';
import { identityHash } from './object';

function fnGetset(k: number, name: string, check?: (v: number) => void) {
  return {
    name, get: (s: number) => { const v = fnField(s, k); return v === NULL ? None : v; },
    set: (s: number, v: number) => { check?.(v); setFnField(s, k, v === None && k !== FN_DOC && k !== FN_MODULE ? NULL : v); },
  };
}
defineBuiltinType({
  name: 'function', layout: Layout.Function, size: FN_WORDS * 8, flags: 0,
  setRef: (r) => { FunctionType = r; functionTypeAddr = r - REF_BASE; },
  methods: [
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => newStr(`<function ${jsString(fnField(s, FN_QUALNAME))} at 0x${(s - REF_BASE).toString(16).padStart(12, '0')}>`) },
    { name: '__call__', sig: '__call__(self, *args, **kwargs)', fn: (s: number, args: number[], kw: Map<string, number> | null) => callWithKw(s, args, kw) },
    { name: '__get__', sig: '__get__(self, instance, owner=None, /)', fn: (s: number, obj: number) => obj === None ? s : newMethod(s, obj) },
  ],
  getsets: [
    fnGetset(FN_NAME, '__name__', (v) => { if (!isInstance(v, StrType)) raise(exc.TypeError, '__name__ must be set to a string object'); }),
    fnGetset(FN_QUALNAME, '__qualname__', (v) => { if (!isInstance(v, StrType)) raise(exc.TypeError, '__qualname__ must be set to a string object'); }),
    fnGetset(FN_DOC, '__doc__'),
    fnGetset(FN_MODULE, '__module__'),
    fnGetset(FN_DEFAULTS, '__defaults__', (v) => { if (v !== None && !isInstance(v, TupleType)) raise(exc.TypeError, '__defaults__ must be set to a tuple object'); }),
    fnGetset(FN_KWDEFAULTS, '__kwdefaults__'),
    { name: '__code__', get: (s: number) => fnField(s, FN_CODE), set: (s: number, v: number) => { setFnField(s, FN_CODE, v); } },
    { name: '__globals__', get: (s: number) => fnField(s, FN_GLOBALS) },
    { name: '__closure__', get: (s: number) => { const v = fnField(s, FN_CLOSURE); return v === NULL ? None : v; } },
    { name: '__builtins__', get: () => builtinsDictHook() },
    { name: '__dict__', get: (s: number) => { let d = fnField(s, FN_DICT); if (d === NULL) { d = newDict(); setFnField(s, FN_DICT, d); } return d; }, set: (s: number, v: number) => { if (!isInstance(v, DictType)) raise(exc.TypeError, '__dict__ must be set to a dictionary'); setFnField(s, FN_DICT, v); } },
    { name: '__annotations__', get: (s: number) => { let d = fnField(s, FN_ANNOTATIONS); if (d === NULL || d === None) { d = newDict(); setFnField(s, FN_ANNOTATIONS, d); } return d; }, set: (s: number, v: number) => { setFnField(s, FN_ANNOTATIONS, v); } },
  ],
});
let builtinsDictHook: () => number = () => None;
export function setFunctionBuiltinsHook(f: () => number): void { builtinsDictHook = f; }
function callWithKw(f: number, args: number[], kw: Map<string, number> | null): number {
  if (!kw || kw.size === 0) return callObject(f, args, null);
  const names: number[] = [], vals: number[] = [];
  for (const [k, v] of kw) { names.push(internForKw(k)); vals.push(v); }
  return callObject(f, [...args, ...vals], names);
}
let internForKw: (s: string) => number = () => NULL;
export function setFunctionInternHook(f: (s: string) => number): void { internForKw = f; }

defineBuiltinType({
  name: 'code', layout: Layout.Code, size: CODE_WORDS * 8, flags: 0, setRef: (r) => { CodeType = r; },
  methods: [
    { name: 'replace', sig: 'replace(self, /, **changes)', fn: codeReplace },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => newStr(`<code object ${jsString(codeField(s, C_NAME))} at 0x${(s - REF_BASE).toString(16).padStart(12, '0')}, file "${jsString(codeField(s, C_FILENAME))}", line ${codeField(s, C_FIRSTLINE)}>`) },
  ],
  getsets: [
    { name: 'co_name', get: (s: number) => codeField(s, C_NAME) },
    { name: 'co_qualname', get: (s: number) => codeField(s, C_QUALNAME) },
    { name: 'co_filename', get: (s: number) => codeField(s, C_FILENAME) },
    { name: 'co_firstlineno', get: (s: number) => codeField(s, C_FIRSTLINE) },
    { name: 'co_argcount', get: (s: number) => codeField(s, C_ARGCOUNT) },
    { name: 'co_posonlyargcount', get: (s: number) => codeField(s, C_POSONLY) },
    { name: 'co_kwonlyargcount', get: (s: number) => codeField(s, C_KWONLY) },
    { name: 'co_varnames', get: (s: number) => codeField(s, C_VARNAMES) },
    { name: 'co_freevars', get: (s: number) => codeField(s, C_FREEVARS) },
    { name: 'co_cellvars', get: (s: number) => codeField(s, C_CELLVARS) },
    { name: 'co_consts', get: (s: number) => codeField(s, C_CONSTS) },
    { name: 'co_flags', get: (s: number) => codeFlags(s) & 0xffff },
    { name: 'co_nlocals', get: (s: number) => tupleLength(codeField(s, C_VARNAMES)) },
  ],
});

defineBuiltinType({
  name: 'cell', layout: Layout.Cell, size: 16, flags: 0, setRef: (r) => { CellType = r; },
  methods: [
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => { const v = cellGet(s); return newStr(v === NULL ? `<cell at 0x${(s - REF_BASE).toString(16).padStart(12, '0')}: empty>` : `<cell at 0x${(s - REF_BASE).toString(16).padStart(12, '0')}: ${typeName(v)} object at 0x${(v - REF_BASE).toString(16).padStart(12, '0')}>`); } },
  ],
  getsets: [
    { name: 'cell_contents', get: (s: number) => { const v = cellGet(s); if (v === NULL) raise(exc.ValueError, 'Cell is empty'); return v; }, set: (s: number, v: number) => { cellSet(s, v); } },
  ],
});

defineBuiltinType({
  name: 'method', layout: Layout.Method, size: 24, flags: 0, setRef: (r) => { MethodType = r; },
  methods: [
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => {
      const f = methodFunc(s);
      const q = isFunction(f) ? jsString(fnField(f, FN_QUALNAME)) : '?';
      return newStr(`<bound method ${q} of ${reprJs(methodSelf(s))}>`);
    } },
    { name: '__call__', sig: '__call__(self, *args, **kwargs)', fn: (s: number, args: number[], kw: Map<string, number> | null) => callWithKw(s, args, kw) },
    { name: '__eq__', sig: '__eq__(self, value, /)', fn: (s: number, o: number) => bool(typeOf(o) === MethodType && methodFunc(s) === methodFunc(o) && methodSelf(s) === methodSelf(o)) },
    { name: '__hash__', sig: '__hash__(self, /)', fn: (s: number) => identityHash(methodFunc(s)) ^ identityHash(methodSelf(s)) },
    { name: '__get__', sig: '__get__(self, instance, owner=None, /)', fn: (s: number) => s },
  ],
  getsets: [
    { name: '__func__', get: (s: number) => methodFunc(s) },
    { name: '__self__', get: (s: number) => methodSelf(s) },
    { name: '__name__', get: (s: number) => attrOfHook(methodFunc(s), '__name__') },
    { name: '__qualname__', get: (s: number) => attrOfHook(methodFunc(s), '__qualname__') },
    { name: '__doc__', get: (s: number) => attrOfHook(methodFunc(s), '__doc__') },
    { name: '__module__', get: (s: number) => attrOfHook(methodFunc(s), '__module__') },
  ],
});
let attrOfHook: (o: number, name: string) => number = () => None;
export function setMethodAttrHook(f: (o: number, name: string) => number): void { attrOfHook = f; }

void hash; void eqBool; void newTuple;
