/**
 * Calling: Python functions (through their compiled JS), natives, bound methods, types and
 * objects with __call__. Arguments follow CPython's vectorcall shape: `args` holds the
 * positional values followed by the keyword values, `kwnames` the keyword names (JS array
 * of interned str references) or null.
 *
 * Compiled Python functions take (function, p0, ..., pN-1): one JS argument per parameter
 * slot, *args as a tuple and **kwargs as a dict already bound. A "Simple" code object
 * (positional parameters only) called with exactly its parameter count skips binding.
 */
import { I32, F, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import {
  FN_CODE, FN_DEFAULTS, FN_KWDEFAULTS, FN_QUALNAME, CodeFlag, C_ARGCOUNT, C_POSONLY, C_KWONLY, C_VARNAMES, takesExactly,
  codeFlags, codeField, codeId, functionTypeAddress, methodFunc, methodSelf, MethodType,
} from '../objects/function';
import { NativeSpec, natives } from './natives';
import { nativeIndex, nativeKind, nativeSelf, NativeKind, typeLookup, isSubtype, typeNameJs, TypeType, typeFlags, TypeFlag } from '../objects/typeobject';
import { tupleLength, tupleItem, newTuple } from '../objects/tuple';
import { newDict, dictSetItem, dictLookupStr, dictItemsList } from '../objects/dict';
import { jsString, strEquals } from '../objects/str';
import { raise, enterRecursiveCall } from './errors';
import { ts } from '../threads/threadState';
import { N } from './names';
import { typeOf, typeName } from './protocol';
import { exc } from '../objects/exceptions';
import { compiledFor } from './codeCache';
import { specialize } from './specialize';
import { constructInstance } from '../objects/object';

const fnTypeAddr = () => functionTypeAddress();

/** Call any callable. */
export function callObject(f: number, args: number[], kwnames: number[] | null): number {
  if (f >= REF_BASE) {
    const a = f - REF_BASE;
    const t = I32[a >> 2];
    if (t === fnTypeAddr()) return callFunction(f, args, kwnames);
    const layout = I32[(a >> 2) + 1] & 0xff;
    if (layout === Layout.Builtin) return callNativeObject(f, args, kwnames);
    if (layout === Layout.Method) return callFunctionWithSelf(methodFunc(f), methodSelf(f), args, kwnames);
    // A class whose metaclass is exactly `type`: type.__call__ cannot be replaced, so go
    // straight to __new__/__init__ without binding type.__call__'s *args/**kwargs.
    if (layout === Layout.Type && t === TypeType - REF_BASE) {
      if (!(typeFlags(f) & TypeFlag.HeapType)) return constructInstance(f, args, kwnames);
      enterRecursiveCall(' while calling a Python object');
      try { return constructInstance(f, args, kwnames); } finally { ts.depth--; }
    }
  }
  const type = typeOf(f);
  const call = typeLookup(type, N.__call__);
  if (call === NULL) raise(exc.TypeError, `'${typeNameJs(type)}' object is not callable`);
  // Calling a class is a level of recursion (CPython's _PyObject_MakeTpCall); builtin types
  // are called through vectorcall, which is not.
  if (type === TypeType || isSubtype(type, TypeType)) {
    if (typeFlags(f) & TypeFlag.HeapType) {
      enterRecursiveCall(' while calling a Python object');
      try { return callWithSelf(call, f, args, kwnames); } finally { ts.depth--; }
    }
  }
  return callWithSelf(call, f, args, kwnames);
}

/** Call `callable` with `self` prepended (method call without a bound-method object). */
export function callWithSelf(callable: number, self: number, args: number[], kwnames: number[] | null = null): number {
  if (callable >= REF_BASE) {
    const a = callable - REF_BASE;
    if (I32[a >> 2] === fnTypeAddr()) return callFunctionWithSelf(callable, self, args, kwnames);
    if ((I32[(a >> 2) + 1] & 0xff) === Layout.Builtin && nativeKind(callable) === NativeKind.MethodDescriptor) {
      return callNativeSpec(natives[nativeIndex(callable)], self, args, kwnames);
    }
  }
  return callObject(callable, [self, ...args], kwnames);
}

export function callFunctionWithSelf(fn: number, self: number, args: number[], kwnames: number[] | null = null): number {
  if (kwnames === null && I32[(fn - REF_BASE) >> 2] === fnTypeAddr()) {
    const code = F[((fn - REF_BASE) >> 3) + FN_CODE];
    if (takesExactly(code, args.length + 1)) {
      const js = compiledFor(code);
      switch (args.length) {
        case 0: return js(fn, self);
        case 1: return js(fn, self, args[0]);
        case 2: return js(fn, self, args[0], args[1]);
        default: return js(fn, self, ...args);
      }
    }
  }
  return callObject(fn, [self, ...args], kwnames);
}

/** Call a Python function object. */
export function callFunction(fn: number, args: number[], kwnames: number[] | null): number {
  const code = F[((fn - REF_BASE) >> 3) + FN_CODE];
  const js = compiledFor(code);
  if (kwnames === null && takesExactly(code, args.length)) {
    switch (args.length) {
      case 0: return js(fn);
      case 1: return js(fn, args[0]);
      case 2: return js(fn, args[0], args[1]);
      case 3: return js(fn, args[0], args[1], args[2]);
      default: return js(fn, ...args);
    }
  }
  return js(fn, ...bindArguments(fn, code, args, kwnames));
}

export function call0(f: number): number { return callObject(f, [], null); }

function plural(n: number, word: string): string { return `${n} ${word}${n === 1 ? '' : 's'}`; }
function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/** Bind positional and keyword arguments to a Python function's parameter slots. */
export function bindArguments(fn: number, code: number, args: number[], kwnames: number[] | null): number[] {
  const flags = codeFlags(code);
  const argcount = codeField(code, C_ARGCOUNT);
  const posonly = codeField(code, C_POSONLY);
  const kwonly = codeField(code, C_KWONLY);
  const varnames = codeField(code, C_VARNAMES);
  const hasVarargs = (flags & CodeFlag.VarArgs) !== 0;
  const hasVarkw = (flags & CodeFlag.VarKeywords) !== 0;
  const total = argcount + kwonly;
  const nslots = total + (hasVarargs ? 1 : 0) + (hasVarkw ? 1 : 0);
  const out = new Array<number>(nslots).fill(NULL);
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const qual = () => jsString(F[((fn - REF_BASE) >> 3) + FN_QUALNAME]);
  for (let i = 0; i < Math.min(npos, argcount); i++) out[i] = args[i];
  if (hasVarargs) out[total] = newTuple(args.slice(argcount, Math.max(argcount, npos)));
  let kwdict = NULL;
  if (hasVarkw) { kwdict = newDict(); out[nslots - 1] = kwdict; }
  const posonlyPassedAsKw: string[] = [];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const value = args[npos + k];
    let found = -1;
    for (let i = posonly; i < total; i++) {
      const vn = tupleItem(varnames, i);
      if (vn === name || strEquals(vn, name)) { found = i; break; }
    }
    if (found < 0) {
      if (hasVarkw) {
        dictSetItem(kwdict, name, value);
        continue;
      }
      for (let i = 0; i < posonly; i++) if (strEquals(tupleItem(varnames, i), name)) posonlyPassedAsKw.push(jsString(name));
      if (posonlyPassedAsKw.length > 0) continue;
      raise(exc.TypeError, `${qual()}() got an unexpected keyword argument '${jsString(name)}'`);
    }
    if (out[found] !== NULL) raise(exc.TypeError, `${qual()}() got multiple values for argument '${jsString(name)}'`);
    out[found] = value;
  }
  if (posonlyPassedAsKw.length > 0) {
    raise(exc.TypeError, `${qual()}() got some positional-only arguments passed as keyword arguments: '${posonlyPassedAsKw.join(', ')}'`);
  }
  if (npos > argcount && !hasVarargs) {
    const defaults = F[((fn - REF_BASE) >> 3) + FN_DEFAULTS];
    const ndef = defaults === NULL ? 0 : tupleLength(defaults);
    let kwGiven = 0;
    for (let i = argcount; i < total; i++) if (out[i] !== NULL) kwGiven++;
    const takes = ndef > 0 ? `from ${argcount - ndef} to ${argcount} positional arguments` : `${plural(argcount, 'positional argument')}`;
    const given = kwGiven > 0
      ? `${plural(npos, 'positional argument')} (and ${plural(kwGiven, 'keyword-only argument')}) were given`
      : `${npos} ${npos === 1 ? 'was' : 'were'} given`;
    raise(exc.TypeError, `${qual()}() takes ${takes} but ${given}`);
  }
  // Defaults for missing positional parameters.
  const defaults = F[((fn - REF_BASE) >> 3) + FN_DEFAULTS];
  const ndef = defaults === NULL ? 0 : tupleLength(defaults);
  const missing: string[] = [];
  for (let i = 0; i < argcount; i++) {
    if (out[i] !== NULL) continue;
    const d = i - (argcount - ndef);
    if (d >= 0) out[i] = tupleItem(defaults, d);
    else missing.push(jsString(tupleItem(varnames, i)));
  }
  if (missing.length > 0) {
    raise(exc.TypeError, `${qual()}() missing ${plural(missing.length, 'required positional argument')}: ${nameList(missing)}`);
  }
  if (kwonly > 0) {
    const kwdefaults = F[((fn - REF_BASE) >> 3) + FN_KWDEFAULTS];
    for (let i = argcount; i < total; i++) {
      if (out[i] !== NULL) continue;
      const name = tupleItem(varnames, i);
      const d = kwdefaults === NULL ? NULL : dictLookupStr(kwdefaults, name);
      if (d !== NULL) out[i] = d;
      else missing.push(jsString(name));
    }
    if (missing.length > 0) {
      raise(exc.TypeError, `${qual()}() missing ${plural(missing.length, 'required keyword-only argument')}: ${nameList(missing)}`);
    }
  }
  return out;
}

// ---- natives ------------------------------------------------------------------------------
export function callNativeObject(f: number, args: number[], kwnames: number[] | null): number {
  const spec = natives[nativeIndex(f)];
  const kind = nativeKind(f);
  if (kind === NativeKind.Bound) return callNativeExplicit(spec, nativeSelf(f), args, kwnames);
  if (kind === NativeKind.MethodDescriptor || kind === NativeKind.ClassMethod) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (args.length - nkw < 1) {
      // __init__ is a slot wrapper in CPython too, though its arguments are parsed as the type's.
      if (isSlotWrapper(spec) || spec.name === '__init__') raise(exc.TypeError, `descriptor '${spec.name}' of '${typeNameJs(nativeSelf(f))}' object needs an argument`);
      raise(exc.TypeError, `unbound method ${spec.qualname}() needs an argument`);
    }
    const self = args[0];
    const owner = nativeSelf(f);
    if (kind === NativeKind.MethodDescriptor && !isSubtype(typeOf(self), owner)) {
      raise(exc.TypeError, `descriptor '${spec.name}' for '${typeNameJs(owner)}' objects doesn't apply to a '${typeName(self)}' object`);
    }
    return callNativeExplicit(spec, self, args.slice(1), kwnames);
  }
  return callNativeExplicit(spec, NULL, args, kwnames);
}

/**
 * Call a native with `self` (NULL for plain functions) and Python arguments: bind them to
 * the declared signature and call the JS function with one argument per parameter.
 */
/**
 * Whether an explicit call of this native is a level of recursion. CPython 3.11 checks the
 * recursion depth around calls of METH_O and METH_NOARGS builtins (one positional-only
 * argument, or none), but its specialized calls of METH_FASTCALL builtins and of len() skip
 * the check, so recursion through e.g. sorted() or next() costs one level per Python frame.
 */
export function nativeCallCounts(spec: NativeSpec, hasSelf: boolean): boolean {
  let c = spec.countsCall;
  if (c === undefined) {
    const first = hasSelf ? 1 : 0;
    const n = spec.params.length - first;
    c = spec.countsCall = !spec.varargs && !spec.varkw && spec.name !== 'len' &&
      (n === 0 || (n === 1 && spec.required - first === 1 && spec.positionalOnly - first === 1));
  }
  return c;
}
/** callNativeSpec for an explicit call from Python code: counts a recursion level when CPython does. */
export function callNativeExplicit(spec: NativeSpec, self: number, args: number[], kwnames: number[] | null): number {
  if (!nativeCallCounts(spec, self !== NULL)) return callNativeSpec(spec, self, args, kwnames);
  enterRecursiveCall(' while calling a Python object');
  try { return callNativeSpec(spec, self, args, kwnames); } finally { ts.depth--; }
}

export function callNativeSpec(spec: NativeSpec, self: number, args: number[], kwnames: number[] | null): number {
  const fn = spec.fn;
  const hasSelf = self !== NULL;
  const first = hasSelf ? 1 : 0; // params[0] is 'self' for methods
  const nparams = spec.params.length - first;
  if (kwnames === null && !spec.varargs && !spec.varkw) {
    const n = args.length;
    if (n <= spec.keywordOnlyFrom - first && n >= spec.required - first) {
      if (hasSelf) {
        switch (nparams) {
          case 0: return fn(self);
          case 1: return fn(self, n > 0 ? args[0] : NULL);
          case 2: return fn(self, n > 0 ? args[0] : NULL, n > 1 ? args[1] : NULL);
          case 3: return fn(self, n > 0 ? args[0] : NULL, n > 1 ? args[1] : NULL, n > 2 ? args[2] : NULL);
          case 4: return fn(self, n > 0 ? args[0] : NULL, n > 1 ? args[1] : NULL, n > 2 ? args[2] : NULL, n > 3 ? args[3] : NULL);
        }
      } else {
        switch (nparams) {
          case 0: return fn();
          case 1: return fn(n > 0 ? args[0] : NULL);
          case 2: return fn(n > 0 ? args[0] : NULL, n > 1 ? args[1] : NULL);
          case 3: return fn(n > 0 ? args[0] : NULL, n > 1 ? args[1] : NULL, n > 2 ? args[2] : NULL);
        }
      }
    }
  }
  // A native whose only parameter is *args (math.log, max, print's positional part): the
  // argument array itself, no binding.
  if (kwnames === null && spec.varargs && !spec.varkw && spec.params.length === first) return hasSelf ? fn(self, args) : fn(args);
  const bound = bindNative(spec, first, args, kwnames);
  return hasSelf ? fn(self, ...bound) : fn(...bound);
}

/** A native called with self (NULL: none) and up to three positional arguments (unused ones NULL). */
export type NativeEntry = (self: number, a: number, b: number, c: number) => number;

/**
 * The entry that calls `spec` with n positional arguments without binding, or null when the
 * call needs binding (*args/**kwargs, n outside [required, first keyword-only), more than
 * three parameters besides self). Made once per (spec, self or not, n) and kept on the spec.
 * Parameters not passed arrive as NULL: callers pass NULL for unused a, b, c. An explicit
 * call counts a recursion level where CPython does (nativeCallCounts).
 */
export function nativeEntry(spec: NativeSpec, hasSelf: boolean, n: number): NativeEntry | null {
  const key = n * 2 + (hasSelf ? 1 : 0);
  const cache = spec.entries ?? (spec.entries = []);
  let entry = cache[key];
  if (entry === undefined) entry = cache[key] = makeNativeEntry(spec, hasSelf, n);
  return entry;
}
/**
 * A non-null nativeEntry in the form compiled call sites call: with the builtin object
 * itself first (a bound method's self is read from it). An unbound entry ignores its first
 * argument, so it serves as is.
 */
export function objectEntry(spec: NativeSpec, bound: boolean, n: number, entry: NativeEntry): NativeEntry {
  if (!bound) return entry;
  const cache = spec.objectEntries ?? (spec.objectEntries = []);
  return cache[n] ?? (cache[n] = specialize((entry: NativeEntry, F: Float64Array, RB: number): NativeEntry =>
    (f, a, b, c) => entry(F[((f - RB) >> 3) + 2], a, b, c), entry, F, REF_BASE));
}
/** A with-self nativeEntry in the form compiled method-call sites call: the descriptor first. */
export function methodEntry(spec: NativeSpec, n: number, entry: NativeEntry): (d: number, self: number, a: number, b: number, c: number) => number {
  const cache = spec.methodEntries ?? (spec.methodEntries = []);
  return cache[n] ?? (cache[n] = specialize((entry: NativeEntry) =>
    (_d: number, s: number, a: number, b: number, c: number) => entry(s, a, b, c), entry));
}
/**
 * Each entry is specialized (runtime/specialize.ts): its call of the native's function has
 * that one target, so V8 can inline the native into a compiled call site that calls the
 * entry. The recursion count (where CPython counts the call) is inside the entry.
 */
function makeNativeEntry(spec: NativeSpec, hasSelf: boolean, n: number): NativeEntry | null {
  const first = hasSelf ? 1 : 0;
  const np = spec.params.length - first;
  const fn = spec.fn;
  if (spec.varargs && !spec.varkw && np === 0) {
    // Only *args (math.log): the arguments as an array, as callNativeSpec passes them.
    return specialize(PACKED[(hasSelf ? 4 : 0) + Math.min(n, 3)], fn);
  }
  if (!hasSelf && spec.varargs && !spec.varkw && np <= 2 && spec.keywordOnlyFrom === 0 && spec.required === 0) {
    // *args then optional keyword-only parameters (min, max): a positional call leaves
    // those NULL, as bindNative would.
    return specialize(PACKED_KW[Math.min(n, 3)], fn, NULL);
  }
  if (spec.varargs || spec.varkw || np > 3 || n < spec.required - first || n > spec.keywordOnlyFrom - first) return null;
  const counts = nativeCallCounts(spec, hasSelf);
  const shape = (hasSelf ? 4 : 0) + Math.min(np, 3);
  return counts ? specialize(COUNTED[shape], fn, enterCall, ts) : specialize(PLAIN[shape], fn);
}
type Fn = Function;
/** Entry factories by shape: self or not (+4), then the number of parameters (0-3). */
const PLAIN: ((fn: Fn) => NativeEntry)[] = [
  (fn) => () => fn(), (fn) => (_s, a) => fn(a), (fn) => (_s, a, b) => fn(a, b), (fn) => (_s, a, b, c) => fn(a, b, c),
  (fn) => (s) => fn(s), (fn) => (s, a) => fn(s, a), (fn) => (s, a, b) => fn(s, a, b), (fn) => (s, a, b, c) => fn(s, a, b, c),
];
/** The same for natives taking only *args, by the number of arguments passed (0-3). */
const PACKED: ((fn: Fn) => NativeEntry)[] = [
  (fn) => () => fn([]), (fn) => (_s, a) => fn([a]), (fn) => (_s, a, b) => fn([a, b]), (fn) => (_s, a, b, c) => fn([a, b, c]),
  (fn) => (s) => fn(s, []), (fn) => (s, a) => fn(s, [a]), (fn) => (s, a, b) => fn(s, [a, b]), (fn) => (s, a, b, c) => fn(s, [a, b, c]),
];
/** *args then up to two keyword-only parameters, called with 0-3 positional arguments. */
const PACKED_KW: ((fn: Fn, N: number) => NativeEntry)[] = [
  (fn, N) => () => fn([], N, N), (fn, N) => (_s, a) => fn([a], N, N), (fn, N) => (_s, a, b) => fn([a, b], N, N), (fn, N) => (_s, a, b, c) => fn([a, b, c], N, N),
];
type Counted = (fn: Fn, enterCall: () => void, ts: { depth: number }) => NativeEntry;
const COUNTED: Counted[] = [
  (fn, enterCall, ts) => () => { enterCall(); try { return fn(); } finally { ts.depth--; } },
  (fn, enterCall, ts) => (_s, a) => { enterCall(); try { return fn(a); } finally { ts.depth--; } },
  (fn, enterCall, ts) => (_s, a, b) => { enterCall(); try { return fn(a, b); } finally { ts.depth--; } },
  (fn, enterCall, ts) => (_s, a, b, c) => { enterCall(); try { return fn(a, b, c); } finally { ts.depth--; } },
  (fn, enterCall, ts) => (s) => { enterCall(); try { return fn(s); } finally { ts.depth--; } },
  (fn, enterCall, ts) => (s, a) => { enterCall(); try { return fn(s, a); } finally { ts.depth--; } },
  (fn, enterCall, ts) => (s, a, b) => { enterCall(); try { return fn(s, a, b); } finally { ts.depth--; } },
  (fn, enterCall, ts) => (s, a, b, c) => { enterCall(); try { return fn(s, a, b, c); } finally { ts.depth--; } },
];
/** A counted call's recursion level (enterRecursiveCall's check, inlinable). */
function enterCall(): void {
  if (ts.depth >= ts.recursionLimit) enterRecursiveCall(' while calling a Python object');
  else ts.depth++;
}
/** An explicit call of a native with self (NULL: none) and n <= 3 positional arguments. */
export function callNativeExplicitFixed(spec: NativeSpec, self: number, n: number, a: number, b: number, c: number): number {
  const entry = nativeEntry(spec, self !== NULL, n);
  if (entry !== null) return entry(self, a, b, c);
  return callNativeExplicit(spec, self, fixedArgs(n, a, b, c), null);
}
/** The first n of a, b, c as an argument array (for the general call paths). */
export function fixedArgs(n: number, a: number, b: number, c: number): number[] {
  return n === 0 ? [] : n === 1 ? [a] : n === 2 ? [a, b] : [a, b, c];
}

/**
 * How CPython words argument errors for a native, by its kind of signature:
 *   'O'          one positional-only argument (METH_O): "list.append() takes exactly one argument (2 given)"
 *   'NOARGS'     none (METH_NOARGS): "str.upper() takes no arguments (1 given)"
 *   'POSITIONAL' positional-only parameters (_PyArg_CheckPositional): "pop expected at most 1 argument, got 2"
 *   'KEYWORDS'   parameters that can be passed by keyword (_PyArg_UnpackKeywords):
 *                "int() takes at most 2 arguments (3 given)", "f() missing required argument 'x' (pos 1)"
 */
export type ArgStyle = 'O' | 'NOARGS' | 'POSITIONAL' | 'KEYWORDS' | 'SLOT';
/** Dunder methods CPython implements as slot wrappers ("expected 1 argument, got 0"). */
const SLOT_NAMES = new Set([
  '__getattribute__', '__getattr__', '__setattr__', '__delattr__', '__repr__', '__hash__', '__call__', '__str__',
  '__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__', '__iter__', '__next__', '__get__', '__set__', '__delete__',
  '__del__', '__await__', '__aiter__', '__anext__', '__len__', '__getitem__', '__setitem__', '__delitem__', '__contains__',
  '__neg__', '__pos__', '__abs__', '__bool__', '__invert__', '__int__', '__float__', '__index__',
  ...['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow', 'lshift', 'rshift', 'and', 'xor', 'or']
    .flatMap((o) => [`__${o}__`, `__r${o}__`, `__i${o}__`]),
]);
/** Methods that CPython defines directly next to their slot (METH_COEXIST): ordinary messages. */
const COEXIST = new Set(['list.__getitem__', 'dict.__getitem__', 'dict.__contains__', 'set.__contains__', 'frozenset.__contains__']);
function isSlotWrapper(spec: NativeSpec): boolean { return SLOT_NAMES.has(spec.name) && !COEXIST.has(spec.qualname); }
function argStyle(spec: NativeSpec, first: number): ArgStyle {
  const n = spec.params.length - first;
  const posonly = Math.max(0, spec.positionalOnly - first);
  if (spec.argStyle) return spec.argStyle;
  if (first === 1 && isSlotWrapper(spec)) return 'SLOT';
  // Builtin types' constructors check their arguments like clinic functions.
  const ctor = spec.name === '__new__' || spec.name === '__init__';
  if (!ctor && !spec.varargs && !spec.varkw && n === 0) return 'NOARGS';
  if (!ctor && !spec.varargs && !spec.varkw && n === 1 && posonly === 1 && spec.required - first === 1) return 'O';
  if (posonly === n) return 'POSITIONAL';
  return 'KEYWORDS';
}
/** __new__ and __init__ of a builtin type speak as the type: int(), list(). Cached per spec. */
function nativeNames(spec: NativeSpec): { name: string; func: string } {
  if (spec.names !== undefined) return spec.names;
  let names = { name: spec.name, func: `${spec.qualname}()` };
  if (spec.name === '__new__' || spec.name === '__init__') {
    const owner = spec.qualname.slice(0, spec.qualname.lastIndexOf('.'));
    if (owner) names = { name: owner, func: `${owner}()` };
  }
  return (spec.names = names);
}

function bindNative(spec: NativeSpec, first: number, args: number[], kwnames: number[] | null): any[] {
  // A static __new__ receives the class as its first argument: not counted in messages.
  if (first === 0 && spec.name === '__new__' && spec.params.length > 0) {
    if (args.length - (kwnames === null ? 0 : kwnames.length) === 0) raise(exc.TypeError, `${spec.qualname}(): not enough arguments`);
    const bound = bindNative(spec, 1, args.slice(1), kwnames);
    return [args[0], ...bound];
  }
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const params = spec.params;
  const nparams = params.length - first;
  const maxpos = spec.keywordOnlyFrom - first;
  const posonly = Math.max(0, spec.positionalOnly - first);
  const required = spec.required - first;
  const style = argStyle(spec, first);
  const { name, func } = nativeNames(spec);
  if (nkw > 0 && style === 'SLOT' && !spec.varkw) raise(exc.TypeError, `wrapper ${name}() takes no keyword arguments`);
  if (nkw > 0 && !spec.varkw && nparams === posonly) raise(exc.TypeError, `${func} takes no keyword arguments`);
  switch (style) {
    case 'SLOT': {
      const max = spec.varargs ? Infinity : maxpos;
      if (npos < required || npos > max) {
        const bound = npos < required ? required : max;
        const qual = required === max ? '' : npos < required ? 'at least ' : 'at most ';
        raise(exc.TypeError, `expected ${qual}${plural(bound, 'argument')}, got ${npos}`);
      }
      break;
    }
    case 'O': if (npos !== 1) raise(exc.TypeError, `${func} takes exactly one argument (${npos} given)`); break;
    case 'NOARGS': if (npos !== 0) raise(exc.TypeError, `${func} takes no arguments (${npos} given)`); break;
    case 'POSITIONAL': {
      const max = spec.varargs ? Infinity : maxpos;
      if (npos < required || npos > max) {
        const bound = npos < required ? required : max;
        const qual = required === max ? '' : npos < required ? 'at least ' : 'at most ';
        raise(exc.TypeError, `${name} expected ${qual}${plural(bound, 'argument')}, got ${npos}`);
      }
      break;
    }
    case 'KEYWORDS': {
      if (!spec.varargs && !spec.varkw && npos + nkw > nparams) {
        raise(exc.TypeError, `${name}() takes at most ${nparams} ${npos === 0 ? 'keyword ' : ''}argument${nparams === 1 ? '' : 's'} (${npos + nkw} given)`);
      }
      if (npos > maxpos && !spec.varargs) {
        if (maxpos === 0) raise(exc.TypeError, `${name}() takes no positional arguments`);
        raise(exc.TypeError, `${name}() takes ${Math.min(required, maxpos) < maxpos ? 'at most' : 'exactly'} ${plural(maxpos, 'positional argument')} (${npos} given)`);
      }
      const minposonly = Math.min(posonly, required);
      if (npos < minposonly) {
        raise(exc.TypeError, `${name}() takes ${minposonly < maxpos ? 'at least' : 'exactly'} ${plural(minposonly, 'positional argument')} (${npos} given)`);
      }
      break;
    }
  }
  const out: any[] = new Array(nparams).fill(NULL);
  for (let i = 0; i < Math.min(npos, maxpos); i++) out[i] = args[i];
  let varargs: number[] = [];
  if (spec.varargs) varargs = args.slice(maxpos, npos);
  const varkw: Map<string, number> | null = spec.varkw ? new Map() : null;
  const unmatched: string[] = [];
  const byNameAndPosition: [string, number][] = [];
  for (let k = 0; k < nkw; k++) {
    const kn = jsString(kwnames![k]);
    const idx = params.indexOf(kn, first);
    if (idx < 0 || idx - first < posonly) {
      if (varkw) { varkw.set(kn, args[npos + k]); continue; }
      unmatched.push(kn);
      continue;
    }
    if (out[idx - first] !== NULL) { byNameAndPosition.push([kn, idx - first + 1]); continue; }
    out[idx - first] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === NULL) raise(exc.TypeError, `${name}() missing required argument '${params[i + first]}' (pos ${i + 1})`);
  }
  if (byNameAndPosition.length) {
    const [kn, pos] = byNameAndPosition[0];
    raise(exc.TypeError, `argument for ${name}() given by name ('${kn}') and position (${pos})`);
  }
  if (unmatched.length) raise(exc.TypeError, `'${unmatched[0]}' is an invalid keyword argument for ${name}()`);
  if (spec.varargs) {
    // *args sits after the positional parameters: [positional..., varargs, keyword-only...]
    out.splice(maxpos, 0, varargs);
  }
  if (varkw) out.push(varkw);
  return out;
}

export { newTuple, dictItemsList, TypeType, MethodType, codeId };
