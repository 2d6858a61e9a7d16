/**
 * The builtin exception hierarchy and BaseException's behaviour.
 *
 * Heap layout of every exception instance (Layout.Exception):
 *   [header][dict][args tuple][traceback][cause][context][suppress_context][notes]
 *   [group message][group exceptions tuple]   (the last two: BaseExceptionGroup only, else NULL)
 * Attributes particular to a class (StopIteration.value, SystemExit.code, OSError.errno, ...)
 * live in the instance dict, set by that class's __init__.
 *
 * traceback objects (Layout.Values): [header][i32 4, i32 0][next][code][lineno][lasti]
 *   lasti is the index of the position-table entry of the code (function.ts C_POSITIONS) of
 *   the operation that was running, or -1.
 */
import { F, I32, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { registerTracer, visitRange } from '../heap/collector';
import { defineBuiltinType, BuiltinTypeHandle, TypeFlag, typeNameJs, isSubtype, TypeType } from './typeobject';
import { newTuple, tupleLength, tupleItem, tupleItems, TupleType } from './tuple';
import { rootMark, pushRoot, rootRelease } from '../threads/threadState';
import { newStr, jsString } from './str';
import { newDict, dictSetItem, dictLookupStr } from './dict';
import { setExceptionFactory, setExceptionTypesByName, setSpareMemoryError, raise, PyException } from '../runtime/errors';
import { getRoot, setRoot, Root } from '../heap/roots';
import { N } from '../runtime/names';
import {
  None, True, False, typeOf, reprJs, strJs, isInstance, instanceDict, ensureInstanceDict, bool, truthy,
  setIsAttributeError,
} from '../runtime/protocol';
import { newList, listAppend, ListType } from './list';
import { FN_CODE, FN_GLOBALS } from './function';

export const E_DICT = 1, E_ARGS = 2, E_TRACEBACK = 3, E_CAUSE = 4, E_CONTEXT = 5, E_SUPPRESS = 6, E_NOTES = 7,
  E_EG_MSG = 8, E_EG_EXCS = 9;
const EXC_BYTES = 80;

registerTracer(Layout.Exception, (a, visit) => visitRange((a >> 3) + 1, 9, visit));
registerTracer(Layout.Values, (a, visit) => visitRange((a >> 3) + 2, I32[(a >> 2) + 2], visit));

const ef = (e: number) => (e - REF_BASE) >> 3;
export function excField(e: number, k: number): number { return F[ef(e) + k]; }
export function setExcField(e: number, k: number, v: number): void { F[ef(e) + k] = v; }

/** Allocate an exception instance of type `t` with the given args tuple. */
export function allocException(t: number, args: number): number {
  const ref = allocObject(EXC_BYTES, t - REF_BASE, Layout.Exception);
  const f = ef(ref);
  F[f + E_DICT] = NULL; F[f + E_ARGS] = args; F[f + E_TRACEBACK] = None; F[f + E_CAUSE] = None;
  F[f + E_CONTEXT] = None; F[f + E_SUPPRESS] = 0; F[f + E_NOTES] = NULL;
  F[f + E_EG_MSG] = NULL; F[f + E_EG_EXCS] = NULL;
  return ref;
}

// ---- BaseException methods ----------------------------------------------------------------
function baseNew(cls: number, args: number[]): number {
  return allocException(cls, newTuple(args));
}
function baseInit(self: number, args: number[]): number {
  setExcField(self, E_ARGS, newTuple(args));
  return None;
}
function baseStr(self: number): number {
  const args = excField(self, E_ARGS);
  const n = tupleLength(args);
  if (n === 0) return newStr('');
  if (n === 1) return newStr(strJs(tupleItem(args, 0)));
  return newStr(reprJs(args));
}
function baseRepr(self: number): number {
  const args = excField(self, E_ARGS);
  const name = typeNameJs(typeOf(self));
  const n = tupleLength(args);
  if (n === 1) return newStr(`${name}(${reprJs(tupleItem(args, 0))})`);
  if (n === 0) return newStr(`${name}()`);
  return newStr(`${name}${reprJs(args)}`);
}

function setAttrInDict(self: number, name: number, v: number): void {
  dictSetItem(ensureInstanceDict(self), name, v);
}
function getFromDict(self: number, name: number): number {
  const d = instanceDict(self);
  const v = d === NULL ? NULL : dictLookupStr(d, name);
  return v === NULL ? None : v;
}

const excGetsets = [
  { name: 'args', get: (s: number) => excField(s, E_ARGS), set: (s: number, v: number) => { setExcField(s, E_ARGS, newTuple(tupleItemsOf(v))); } },
  { name: '__traceback__', get: (s: number) => excField(s, E_TRACEBACK), set: (s: number, v: number) => { setExcField(s, E_TRACEBACK, v); } },
  {
    name: '__cause__', get: (s: number) => excField(s, E_CAUSE),
    set: (s: number, v: number) => {
      if (v !== None && !isInstance(v, exc.BaseException)) raise(exc.TypeError, 'exception cause must be None or derive from BaseException');
      setExcField(s, E_CAUSE, v); setExcField(s, E_SUPPRESS, 1);
    },
  },
  { name: '__context__', get: (s: number) => excField(s, E_CONTEXT), set: (s: number, v: number) => { setExcField(s, E_CONTEXT, v); } },
  { name: '__suppress_context__', get: (s: number) => bool(excField(s, E_SUPPRESS) !== 0), set: (s: number, v: number) => { setExcField(s, E_SUPPRESS, truthy(v) ? 1 : 0); } },
];
let tupleItemsOf: (v: number) => number[] = (v) => tupleItems(v);
export function setSequenceToArray(f: (v: number) => number[]): void { tupleItemsOf = f; }

const handles: Record<string, BuiltinTypeHandle> = {};
/** Exception types by name, as references (filled at bootstrap). */
export const exc = {} as Record<ExcName, number>;

function def(name: ExcName, base: ExcName | null, extra: Partial<Parameters<typeof defineBuiltinType>[0]> = {}, extraBase?: ExcName): void {
  handles[name] = defineBuiltinType({
    name, base: base ? handles[base] : undefined, layout: Layout.Exception, size: EXC_BYTES,
    extraBases: extraBase ? [handles[extraBase]] : undefined,
    flags: TypeFlag.BaseType | TypeFlag.HasDict | TypeFlag.ExceptionSubclass,
    setRef: (r) => { exc[name] = r; },
    ...extra,
  });
}

def('BaseException', null, {
  doc: 'Common base class for all exceptions',
  methods: [
    { name: '__new__', sig: '__new__(cls, *args, **kwargs)', fn: (cls: number, args: number[]) => baseNew(cls, args), kind: 'staticmethod' },
    { name: '__init__', sig: '__init__(self, *args, **kwargs)', fn: (self: number, args: number[], kw: Map<string, number> | null) => {
      if (kw && kw.size) raise(exc.TypeError, `${typeNameJs(typeOf(self))}() takes no keyword arguments`);
      return baseInit(self, args);
    } },
    { name: '__str__', sig: '__str__(self, /)', fn: baseStr },
    { name: '__repr__', sig: '__repr__(self, /)', fn: baseRepr },
    { name: 'with_traceback', sig: 'with_traceback(self, tb, /)', fn: (self: number, tb: number) => { setExcField(self, E_TRACEBACK, tb); return self; } },
    {
      name: 'add_note', sig: 'add_note(self, note, /)', fn: (self: number, note: number) => {
        if (!isInstance(note, strTypeRef())) raise(exc.TypeError, `note must be a str, not '${typeNameJs(typeOf(note))}'`);
        let notes = getFromDict(self, N.__notes__);
        if (notes === None) { notes = newList([]); setAttrInDict(self, N.__notes__, notes); }
        listAppend(notes, note);
        return None;
      },
    },
  ],
  getsets: excGetsets,
});
let strTypeRef = () => 0;
export function setStrTypeRefForExceptions(f: () => number): void { strTypeRef = f; }

def('BaseExceptionGroup', 'BaseException', {
  doc: 'A combination of multiple unrelated exceptions.',
  methods: [
    { name: '__new__', sig: '__new__(cls, *args, **kwargs)', kind: 'staticmethod', fn: (cls: number, args: number[]) => groupNew(cls, args) },
    { name: '__init__', sig: '__init__(self, *args, **kwargs)', fn: (self: number, args: number[]) => baseInit(self, args) },
    { name: '__str__', sig: '__str__(self, /)', fn: (self: number) => {
      const n = tupleLength(excField(self, E_EG_EXCS));
      return newStr(`${strJs(excField(self, E_EG_MSG))} (${n} sub-exception${n > 1 ? 's' : ''})`);
    } },
    { name: 'derive', sig: 'derive(self, excs, /)', fn: (self: number, excs: number) => groupHooks.call(exc.BaseExceptionGroup, [excField(self, E_EG_MSG), excs]) },
    { name: 'split', sig: 'split(self, matcher_value, /)', fn: (self: number, m: number) => {
      const r = splitRecursive(self, matcherOf(m), true);
      return newTuple([r.match === NULL ? None : r.match, r.rest === NULL ? None : r.rest]);
    } },
    { name: 'subgroup', sig: 'subgroup(self, matcher_value, /)', fn: (self: number, m: number) => {
      const r = splitRecursive(self, matcherOf(m), false);
      return r.match === NULL ? None : r.match;
    } },
  ],
  getsets: [
    { name: 'message', get: (s: number) => excField(s, E_EG_MSG), doc: 'exception message', readonlyMember: true },
    { name: 'exceptions', get: (s: number) => excField(s, E_EG_EXCS), doc: 'nested exceptions', readonlyMember: true },
  ],
});
def('GeneratorExit', 'BaseException');
def('KeyboardInterrupt', 'BaseException');
def('SystemExit', 'BaseException', {
  methods: [{ name: '__init__', sig: '__init__(self, *args)', fn: (self: number, args: number[]) => { baseInit(self, args); setAttrInDict(self, N.code, args.length === 0 ? None : args.length === 1 ? args[0] : newTuple(args)); return None; } }],
});
def('Exception', 'BaseException');
def('ArithmeticError', 'Exception');
def('FloatingPointError', 'ArithmeticError');
def('OverflowError', 'ArithmeticError');
def('ZeroDivisionError', 'ArithmeticError');
def('AssertionError', 'Exception');
def('AttributeError', 'Exception', {
  methods: [{ name: '__init__', sig: '__init__(self, *args, name=None, obj=None)', fn: (self: number, args: number[], name: number, obj: number) => { baseInit(self, args); setAttrInDict(self, N.name, name === NULL ? None : name); setAttrInDict(self, N.obj, obj === NULL ? None : obj); return None; } }],
});
def('BufferError', 'Exception');
def('EOFError', 'Exception');
def('ExceptionGroup', 'BaseExceptionGroup', {}, 'Exception');
def('ImportError', 'Exception', {
  methods: [{ name: '__init__', sig: '__init__(self, *args, name=None, path=None)', fn: (self: number, args: number[], name: number, path: number) => { baseInit(self, args); setAttrInDict(self, N.name, name === NULL ? None : name); setAttrInDict(self, N.path, path === NULL ? None : path); setAttrInDict(self, N.msg, args.length === 1 ? args[0] : None); return None; } },
    { name: '__str__', sig: '__str__(self, /)', fn: (self: number) => { const m = getFromDict(self, N.msg); return m !== None && tupleLength(excField(self, E_ARGS)) === 1 ? newStr(strJs(m)) : baseStr(self); } }],
});
def('ModuleNotFoundError', 'ImportError');
def('LookupError', 'Exception');
def('IndexError', 'LookupError');
def('KeyError', 'LookupError', {
  methods: [{ name: '__str__', sig: '__str__(self, /)', fn: (self: number) => { const a = excField(self, E_ARGS); return tupleLength(a) === 1 ? newStr(reprJs(tupleItem(a, 0))) : baseStr(self); } }],
});
def('MemoryError', 'Exception');
def('NameError', 'Exception', {
  methods: [{ name: '__init__', sig: '__init__(self, *args, name=None)', fn: (self: number, args: number[], name: number) => { baseInit(self, args); setAttrInDict(self, N.name, name === NULL ? None : name); return None; } }],
});
def('UnboundLocalError', 'NameError');
const osInit = (self: number, args: number[]) => {
  baseInit(self, args);
  const n = args.length;
  setAttrInDict(self, N.errno, n >= 2 ? args[0] : None);
  setAttrInDict(self, N.strerror, n >= 2 ? args[1] : None);
  setAttrInDict(self, N.filename, n >= 3 ? args[2] : None);
  if (n >= 3) setExcField(self, E_ARGS, newTuple(args.slice(0, 2)));
  return None;
};
const osStr = (self: number) => {
  const errno = getFromDict(self, N.errno), strerror = getFromDict(self, N.strerror), filename = getFromDict(self, N.filename);
  if (filename !== None) return newStr(`[Errno ${strJs(errno)}] ${strJs(strerror)}: ${reprJs(filename)}`);
  if (errno !== None && strerror !== None) return newStr(`[Errno ${strJs(errno)}] ${strJs(strerror)}`);
  return baseStr(self);
};
/** OSError(errno, ...) makes the subclass for that errno (PEP 3151). */
const errnoClasses: Record<number, ExcName> = {
  1: 'PermissionError', 2: 'FileNotFoundError', 3: 'ProcessLookupError', 4: 'InterruptedError', 10: 'ChildProcessError',
  11: 'BlockingIOError', 13: 'PermissionError', 17: 'FileExistsError', 20: 'NotADirectoryError', 21: 'IsADirectoryError',
  32: 'BrokenPipeError', 103: 'ConnectionAbortedError', 104: 'ConnectionResetError', 108: 'BrokenPipeError',
  110: 'TimeoutError', 111: 'ConnectionRefusedError', 114: 'BlockingIOError', 115: 'BlockingIOError',
};
def('OSError', 'Exception', {
  methods: [
    { name: '__new__', sig: '__new__(cls, *args, **kwargs)', kind: 'staticmethod', fn: (cls: number, args: number[]) => {
      let t = cls;
      if (cls === exc.OSError && args.length >= 2 && args[0] < REF_BASE) { const sub = errnoClasses[args[0]]; if (sub) t = exc[sub]; }
      return allocException(t, newTuple(args));
    } },
    { name: '__init__', sig: '__init__(self, *args)', fn: osInit }, { name: '__str__', sig: '__str__(self, /)', fn: osStr },
  ],
});
for (const n of ['BlockingIOError', 'ChildProcessError', 'ConnectionError', 'FileExistsError', 'FileNotFoundError',
  'InterruptedError', 'IsADirectoryError', 'NotADirectoryError', 'PermissionError', 'ProcessLookupError', 'TimeoutError'] as const) def(n, 'OSError');
for (const n of ['BrokenPipeError', 'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError'] as const) def(n, 'ConnectionError');
def('ReferenceError', 'Exception');
def('RuntimeError', 'Exception');
def('NotImplementedError', 'RuntimeError');
def('RecursionError', 'RuntimeError');
def('StopAsyncIteration', 'Exception');
def('StopIteration', 'Exception', {
  methods: [{ name: '__init__', sig: '__init__(self, *args)', fn: (self: number, args: number[]) => { baseInit(self, args); setAttrInDict(self, N.value, args.length > 0 ? args[0] : None); return None; } }],
});
const syntaxInit = (self: number, args: number[]) => {
  baseInit(self, args);
  setAttrInDict(self, N.msg, args.length > 0 ? args[0] : None);
  const fields = [N.filename, N.lineno, N.offset, N.text, N.end_lineno, N.end_offset];
  const info = args.length > 1 ? tupleItemsOf(args[1]) : [];
  fields.forEach((f, i) => setAttrInDict(self, f, i < info.length ? info[i] : None));
  setAttrInDict(self, N.print_file_and_line, None);
  return None;
};
def('SyntaxError', 'Exception', {
  methods: [{ name: '__init__', sig: '__init__(self, *args)', fn: syntaxInit },
    { name: '__str__', sig: '__str__(self, /)', fn: (self: number) => {
      const msg = getFromDict(self, N.msg), fname = getFromDict(self, N.filename), line = getFromDict(self, N.lineno);
      let s = msg === None ? '' : strJs(msg);
      if (fname !== None && line !== None) s += ` (${jsString(fname).split('/').pop()}, line ${strJs(line)})`;
      else if (line !== None) s += ` (line ${strJs(line)})`;
      return newStr(s);
    } }],
});
def('IndentationError', 'SyntaxError');
def('TabError', 'IndentationError');
def('SystemError', 'Exception');
def('TypeError', 'Exception');
def('ValueError', 'Exception');
def('UnicodeError', 'ValueError');
// UnicodeDecodeError(encoding, object, start, end, reason) and friends: the message is
// computed from the attributes (Objects/exceptions.c UnicodeDecodeError_str...).
function unicodeInit(kind: 'decode' | 'encode' | 'translate') {
  return (self: number, args: number[]) => {
    baseInit(self, args);
    const n = kind === 'translate' ? 4 : 5;
    if (args.length !== n) raise(exc.TypeError, `function takes exactly ${n} arguments (${args.length} given)`);
    const names = kind === 'translate' ? [N.object, N.start, N.end, N.reason] : [N.encoding, N.object, N.start, N.end, N.reason];
    const need = (i: number, ok: boolean, what: string) => {
      if (!ok) raise(exc.TypeError, `argument ${i + 1} must be ${what}, not ${typeNameJs(typeOf(args[i]))}`);
    };
    names.forEach((nm, i) => {
      const v = args[i];
      if (nm === N.encoding || nm === N.reason || (nm === N.object && kind !== 'decode')) need(i, isInstance(v, strTypeRef()), 'str');
      else if (nm === N.object) need(i, unicodeHooks.isBytesLike(v), 'a bytes-like object');
      else need(i, unicodeHooks.isInt(v), 'int');
    });
    names.forEach((nm, i) => setAttrInDict(self, nm, nm === N.object && kind === 'decode' ? unicodeHooks.toBytes(args[i]) : args[i]));
    return None;
  };
}
export const unicodeHooks = {
  isBytesLike: (_v: number): boolean => false,
  toBytes: (v: number): number => v,
  length: (_v: number): number => 0,
  byteAt: (_v: number, _i: number): number => 0,
  codePointAt: (_v: number, _i: number): number => 0,
  isInt: (_v: number): boolean => false,
  toInt: (_v: number): number => 0,
};
function unicodeStr(kind: 'decode' | 'encode' | 'translate') {
  return (self: number) => {
    const obj = getFromDict(self, N.object);
    if (obj === None) return newStr('');
    const reason = strJs(getFromDict(self, N.reason));
    const encoding = kind === 'translate' ? '' : strJs(getFromDict(self, N.encoding));
    const len = unicodeHooks.length(obj);
    const start = unicodeHooks.toInt(getFromDict(self, N.start)), end = unicodeHooks.toInt(getFromDict(self, N.end));
    const one = start >= 0 && start < len && end >= 0 && end <= len && end === start + 1;
    if (kind === 'decode') {
      return newStr(one
        ? `'${encoding}' codec can't decode byte 0x${unicodeHooks.byteAt(obj, start).toString(16).padStart(2, '0')} in position ${start}: ${reason}`
        : `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`);
    }
    const what = kind === 'encode' ? `'${encoding}' codec can't encode` : "can't translate";
    if (!one) return newStr(`${what} characters in position ${start}-${end - 1}: ${reason}`);
    const c = unicodeHooks.codePointAt(obj, start);
    const esc = c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : c <= 0xffff ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`;
    return newStr(`${what} character '${esc}' in position ${start}: ${reason}`);
  };
}
for (const [name, kind] of [['UnicodeDecodeError', 'decode'], ['UnicodeEncodeError', 'encode'], ['UnicodeTranslateError', 'translate']] as const) {
  def(name, 'UnicodeError', {
    methods: [
      { name: '__init__', sig: '__init__(self, *args)', fn: unicodeInit(kind) },
      { name: '__str__', sig: '__str__(self, /)', fn: unicodeStr(kind) },
    ],
  });
}
def('Warning', 'Exception');
for (const n of ['BytesWarning', 'DeprecationWarning', 'EncodingWarning', 'FutureWarning', 'ImportWarning',
  'PendingDeprecationWarning', 'ResourceWarning', 'RuntimeWarning', 'SyntaxWarning', 'UnicodeWarning', 'UserWarning'] as const) def(n, 'Warning');

export type ExcName =
  | 'BaseException' | 'BaseExceptionGroup' | 'GeneratorExit' | 'KeyboardInterrupt' | 'SystemExit' | 'Exception'
  | 'ArithmeticError' | 'FloatingPointError' | 'OverflowError' | 'ZeroDivisionError' | 'AssertionError' | 'AttributeError'
  | 'BufferError' | 'EOFError' | 'ExceptionGroup' | 'ImportError' | 'ModuleNotFoundError' | 'LookupError' | 'IndexError'
  | 'KeyError' | 'MemoryError' | 'NameError' | 'UnboundLocalError' | 'OSError' | 'BlockingIOError' | 'ChildProcessError'
  | 'ConnectionError' | 'BrokenPipeError' | 'ConnectionAbortedError' | 'ConnectionRefusedError' | 'ConnectionResetError'
  | 'FileExistsError' | 'FileNotFoundError' | 'InterruptedError' | 'IsADirectoryError' | 'NotADirectoryError'
  | 'PermissionError' | 'ProcessLookupError' | 'TimeoutError' | 'ReferenceError' | 'RuntimeError' | 'NotImplementedError'
  | 'RecursionError' | 'StopAsyncIteration' | 'StopIteration' | 'SyntaxError' | 'IndentationError' | 'TabError'
  | 'SystemError' | 'TypeError' | 'ValueError' | 'UnicodeError' | 'UnicodeDecodeError' | 'UnicodeEncodeError'
  | 'UnicodeTranslateError' | 'Warning' | 'BytesWarning' | 'DeprecationWarning' | 'EncodingWarning' | 'FutureWarning'
  | 'ImportWarning' | 'PendingDeprecationWarning' | 'ResourceWarning' | 'RuntimeWarning' | 'SyntaxWarning'
  | 'UnicodeWarning' | 'UserWarning';

export const exceptionNames = (): ExcName[] => Object.keys(handles) as ExcName[];

// ---- exception groups (Objects/exceptions.c BaseExceptionGroup) ----------------------------
/** Set by runtime/hooks.ts: calling objects, sequences, generic aliases. */
export const groupHooks = {
  call: (_f: number, _args: number[]): number => NULL,
  callMethod: (_o: number, _name: string, _args: number[]): number => NULL,
  isCallable: (_v: number): boolean => false,
  isSequence: (_v: number): boolean => false,
};
export function isExceptionGroup(e: number): boolean { return isInstance(e, exc.BaseExceptionGroup); }

function groupNew(cls: number, args: number[]): number {
  if (args.length !== 2) raise(exc.TypeError, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [message, excs] = args;
  if (!isInstance(message, strTypeRef())) raise(exc.TypeError, `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeNameJs(typeOf(message))}`);
  if (!groupHooks.isSequence(excs)) raise(exc.TypeError, 'second argument (exceptions) must be a sequence');
  const items = tupleItemsOf(excs);
  if (items.length === 0) raise(exc.ValueError, 'second argument (exceptions) must be a non-empty sequence');
  let nestedBase = false;
  items.forEach((e, i) => {
    if (!isInstance(e, exc.BaseException)) raise(exc.ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
    if (!isInstance(e, exc.Exception)) nestedBase = true;
  });
  let t = cls;
  if (cls === exc.BaseExceptionGroup) {
    if (!nestedBase) t = exc.ExceptionGroup; // all Exceptions: an ExceptionGroup
  } else if (cls === exc.ExceptionGroup) {
    if (nestedBase) raise(exc.TypeError, 'Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (nestedBase && isSubtype(cls, exc.Exception)) {
    raise(exc.TypeError, `Cannot nest BaseExceptions in '${typeNameJs(cls)}'`);
  }
  const tuple = newTuple(items);
  const argsTuple = newTuple(args); // (allocation never collects: tuple stays valid)
  const e = allocException(t, argsTuple);
  setExcField(e, E_EG_MSG, message);
  setExcField(e, E_EG_EXCS, tuple);
  return e;
}

/** How split()/subgroup() select leaves: by type(s), by predicate, or by identity. */
type Matcher = { kind: 'type'; value: number } | { kind: 'predicate'; value: number } | { kind: 'ids'; ids: Set<number> };
function matcherOf(v: number): Matcher {
  const isExcClass = (x: number) => isInstance(x, TypeType) && isSubtype(x, exc.BaseException);
  if (groupHooks.isCallable(v) && !isInstance(v, TypeType)) return { kind: 'predicate', value: v };
  if (isExcClass(v)) return { kind: 'type', value: v };
  if (typeOf(v) === TupleType && tupleItems(v).every(isExcClass)) return { kind: 'type', value: v };
  raise(exc.TypeError, 'expected a function, exception type or tuple of exception types');
}
function matches(e: number, m: Matcher): boolean {
  switch (m.kind) {
    case 'type': {
      const t = m.value;
      if (typeOf(t) === TupleType) return tupleItems(t).some((x) => isInstance(e, x));
      return isInstance(e, t);
    }
    case 'predicate': return truthy(groupHooks.call(m.value, [e]));
    case 'ids': return m.ids.has(e);
  }
}
interface SplitResult { match: number; rest: number }
/** exceptiongroup_split_recursive: NULL for an empty part. */
function splitRecursive(e: number, m: Matcher, constructRest: boolean): SplitResult {
  if (matches(e, m)) return { match: e, rest: NULL };
  if (!isExceptionGroup(e)) return { match: NULL, rest: constructRest ? e : NULL };
  const matchList: number[] = [], restList: number[] = [];
  for (const sub of tupleItems(excField(e, E_EG_EXCS))) {
    const r = splitRecursive(sub, m, constructRest);
    if (r.match !== NULL) matchList.push(r.match);
    if (constructRest && r.rest !== NULL) restList.push(r.rest);
  }
  const match = groupSubset(e, matchList);
  const mark = rootMark(); pushRoot(match);
  try {
    return { match, rest: constructRest ? groupSubset(e, restList) : NULL };
  } finally { rootRelease(mark); }
}
/** exceptiongroup_subset: orig.derive(excs) with orig's traceback, cause, context and notes. */
function groupSubset(orig: number, excs: number[]): number {
  if (excs.length === 0) return NULL;
  const eg = groupHooks.callMethod(orig, 'derive', [newList(excs)]);
  if (!isExceptionGroup(eg)) raise(exc.TypeError, 'derive must return an instance of BaseExceptionGroup');
  setExcField(eg, E_TRACEBACK, excField(orig, E_TRACEBACK));
  setExcField(eg, E_CONTEXT, excField(orig, E_CONTEXT));
  setExcField(eg, E_CAUSE, excField(orig, E_CAUSE));
  setExcField(eg, E_SUPPRESS, 1);
  const d = instanceDict(orig);
  const notes = d === NULL ? NULL : dictLookupStr(d, N.__notes__);
  if (notes !== NULL && groupHooks.isSequence(notes)) {
    const mark = rootMark(); pushRoot(eg);
    try { setAttrInDict(eg, N.__notes__, newList(tupleItemsOf(notes))); } finally { rootRelease(mark); }
  }
  return eg;
}

/** The leaves (non-group exceptions) under e. */
function collectLeaves(e: number, out: Set<number>): void {
  if (e === None || e === NULL) return;
  if (!isExceptionGroup(e)) { out.add(e); return; }
  for (const sub of tupleItems(excField(e, E_EG_EXCS))) collectLeaves(sub, out);
}
function sameMetadata(a: number, b: number): boolean {
  const notes = (e: number) => { const d = instanceDict(e); return d === NULL ? NULL : dictLookupStr(d, N.__notes__); };
  return notes(a) === notes(b) && excField(a, E_TRACEBACK) === excField(b, E_TRACEBACK) &&
    excField(a, E_CAUSE) === excField(b, E_CAUSE) && excField(a, E_CONTEXT) === excField(b, E_CONTEXT);
}

/** except*: the part of `e` matching `type` and the rest (CHECK_EG_MATCH, exception_group_match). */
export function exceptStarMatch(e: number, type: number): { match: number; rest: number } {
  const isExcClass = (x: number) => isInstance(x, TypeType) && isSubtype(x, exc.BaseException);
  const types = typeOf(type) === TupleType ? tupleItems(type) : [type];
  for (const t of types) {
    if (!isExcClass(t)) raise(exc.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
    if (isSubtype(t, exc.BaseExceptionGroup)) raise(exc.TypeError, 'catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
  if (e === None) return { match: None, rest: None };
  if (types.some((t) => isInstance(e, t))) {
    if (isExceptionGroup(e)) return { match: e, rest: None };
    // A naked exception is wrapped.
    return { match: groupHooks.call(exc.BaseExceptionGroup, [newStr(''), newTuple([e])]), rest: None };
  }
  if (isExceptionGroup(e)) {
    const pair = groupHooks.callMethod(e, 'split', [type]);
    return { match: tupleItem(pair, 0), rest: tupleItem(pair, 1) };
  }
  return { match: None, rest: e };
}

/**
 * _PyExc_PrepReraiseStar: what a try/except* raises when its handlers are done. `excs` are
 * the exceptions raised in the handlers and the unhandled rest; None: nothing to raise.
 */
export function prepReraiseStar(orig: number, excs: number[]): number {
  excs = excs.filter((e) => e !== None && e !== NULL);
  if (excs.length === 0) return None;
  if (!isExceptionGroup(orig)) return excs[0];
  const raised: number[] = [], reraised: number[] = [];
  for (const e of excs) (sameMetadata(e, orig) ? reraised : raised).push(e);
  // The re-raised leaves keep the shape of the original group.
  const keep = new Set<number>();
  for (const e of reraised) collectLeaves(e, keep);
  const projected = keep.size ? splitRecursive(orig, { kind: 'ids', ids: keep }, false).match : NULL;
  if (raised.length === 0) return projected === NULL ? None : projected;
  if (projected !== NULL) raised.push(projected);
  if (raised.length === 1) return raised[0];
  return groupHooks.call(exc.BaseExceptionGroup, [newStr(''), newList(raised)]);
}

// ---- traceback objects --------------------------------------------------------------------
export let TracebackType = 0;
defineBuiltinType({
  name: 'traceback', layout: Layout.Values, flags: 0, setRef: (r) => { TracebackType = r; },
  getsets: [
    { name: 'tb_next', get: (s: number) => F[ef(s) + 2] },
    { name: 'tb_lineno', get: (s: number) => F[ef(s) + 4] },
    // CPython's tb_lasti is a bytecode offset (2 bytes per instruction): ours counts entries.
    { name: 'tb_lasti', get: (s: number) => F[ef(s) + 5] < 0 ? -1 : F[ef(s) + 5] * 2 },
  ],
});
/**
 * A traceback entry: the next entry, the frame's function (its code and globals: the
 * suggestions of a NameError read both), line and position entry. 48 bytes, the size it has
 * always had: a MemoryError's traceback is made when the heap is full.
 */
export function newTraceback(next: number, fn: number, lineno: number, lasti: number): number {
  const ref = allocObject(48, TracebackType - REF_BASE, Layout.Values);
  I32[((ref - REF_BASE) >> 2) + 2] = 4;
  I32[((ref - REF_BASE) >> 2) + 3] = 0;
  F[ef(ref) + 2] = next; F[ef(ref) + 3] = fn; F[ef(ref) + 4] = lineno; F[ef(ref) + 5] = lasti;
  return ref;
}
export interface TracebackEntry { code: number; lineno: number; lasti: number; globals: number }
export function tracebackEntries(tb: number): TracebackEntry[] {
  const out: TracebackEntry[] = [];
  while (tb !== None && tb !== NULL) {
    const fn = F[ef(tb) + 3];
    out.push({ code: F[ef(fn) + FN_CODE], lineno: F[ef(tb) + 4], lasti: F[ef(tb) + 5], globals: F[ef(fn) + FN_GLOBALS] });
    tb = F[ef(tb) + 2];
  }
  return out;
}

// ---- the factory used by runtime/errors.ts ------------------------------------------------
const specialInit = new Map<number, (self: number, args: number[]) => void>();
export function initExceptionFactory(): void {
  setExceptionFactory((t, message) => {
    const args = message === null ? [] : [newStr(message)];
    const e = allocException(t, newTuple(args));
    if (isSubtype(t, exc.StopIteration)) setAttrInDict(e, N.value, args.length ? args[0] : None);
    else if (isSubtype(t, exc.SyntaxError)) syntaxInit(e, args);
    else if (isSubtype(t, exc.SystemExit)) setAttrInDict(e, N.code, args.length ? args[0] : None);
    else if (isSubtype(t, exc.AttributeError) || isSubtype(t, exc.NameError)) { setAttrInDict(e, N.name, None); }
    return e;
  }, exc.RecursionError, exc.MemoryError, exc.SystemError);
  setExceptionTypesByName((n) => exc[n as ExcName] ?? 0);
  setSpareMemoryError(() => {
    const e = getRoot(Root.SpareMemoryError);
    setExcField(e, E_TRACEBACK, None); setExcField(e, E_CONTEXT, None); setExcField(e, E_CAUSE, None);
    setExcField(e, E_SUPPRESS, 0);
    return e;
  });
}
/** Made once with the builtin world (so it is permanent), raised when the heap is full. */
export function createSpareMemoryError(): void {
  setRoot(Root.SpareMemoryError, allocException(exc.MemoryError, newTuple([])));
  setIsAttributeError((e) => e instanceof PyException && isInstance(e.exc, exc.AttributeError));
}

/** Build an exception by calling its class with `args` (Python-visible construction). */
export function excMatches(e: PyException, t: number): boolean { return isInstance(e.exc, t); }

export { specialInit, True, False, ListType };
