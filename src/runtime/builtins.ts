/**
 * The builtins module: builtin functions (here) and builtin types and exceptions (their
 * own files), gathered into one module dict at world creation.
 *
 * Functions that need the caller's frame (globals, locals, vars, dir, eval, exec) read
 * ts.callerFp, which compiled code sets just before calling a name that may be one of them.
 */
import { aiter, anext } from '../objects/coroutine';
import { writeTextFd, hasStandIn } from '../modules/stdstreams';
import { fromCodePoint, pythonCodePoint } from '../numeric/surrogates';
import { builtinDocs } from './builtinDocs';
import { F, I32, REF_BASE, NULL } from '../heap/memory';
import { defineNative, NativeSpec, natives } from './natives';
import { newBuiltinFunction, builtinTypes, typeNameJs, isSubtype, TypeType, typeLookup, ObjectType } from '../objects/typeobject';
import { newModule, moduleDict } from '../objects/module';
import { newStr, jsString, intern, StrType, strValue, internStr } from '../objects/str';
import { newDict, dictSetItem, dictLookupStr, dictKeysList, DictType } from '../objects/dict';
import { newTuple, tupleLength, tupleItem, TupleType, tupleItems } from '../objects/tuple';
import { newList, listItems, listSetItems, ListType } from '../objects/list';
import { newInt, intValue, isIntLike, IntType } from '../objects/int';
import { FloatType, newFloat } from '../objects/float';
import { raise, PyException, enterRecursiveCall } from './errors';
import { exc, exceptionNames } from '../objects/exceptions';
import * as P from './protocol';
import * as O from './operators';
import { N } from './names';
import { callObject } from './call';
import { getIter, iterNext, iterableToArray, newIterator, IterKind } from './iteration';
import { format } from './format';
import { writeStdout, writeStderr, flushStdout, readStdinLine } from './stdio';
import { ts, rootMark, pushRoot, rootRelease } from '../threads/threadState';
import { identityHash } from '../objects/object';
import { FN_GLOBALS, FN_CODE, C_VARNAMES, C_FREEVARS, codeField, cellGet, CodeFlag } from '../objects/function';
import * as num from '../numeric';
import { wrapNum } from '../objects/int';
import { setRoot, Root, getRoot } from '../heap/roots';
import { instanceDict } from './protocol';

const specs: NativeSpec[] = [];
function builtin(signature: string, fn: (...a: any[]) => number, doc: string | null = null): NativeSpec {
  const name = signature.slice(0, signature.indexOf('('));
  const spec = defineNative(name, signature, fn, doc ?? builtinDocs[name] ?? null);
  specs.push(spec);
  return spec;
}
const orNone = (v: number) => (v === NULL ? P.None : v);

// ---- output and input ---------------------------------------------------------------------
let stdoutObj = NULL, stderrObj = NULL;
let sysStreamHook: (which: 'stdout' | 'stderr') => number = () => NULL;
export function setSysStreamHook(f: (which: 'stdout' | 'stderr') => number): void { sysStreamHook = f; }
let isNativeStream: (v: number) => number = () => -1;
export function setNativeStreamCheck(f: (v: number) => number): void { isNativeStream = f; }

builtin('print(*args, sep=None, end=None, file=None, flush=False)', (args: number[], sep: number, end: number, file: number, flush: number) => {
  const sepS = sep === NULL || sep === P.None ? ' ' : checkStrArg(sep, 'sep');
  const endS = end === NULL || end === P.None ? '\n' : checkStrArg(end, 'end');
  let target = file === NULL || file === P.None ? sysStreamHook('stdout') : file;
  if (target === P.None) return P.None;
  const fd = isNativeStream(target);
  if (fd === 1 || fd === 2) {
    let s = '';
    for (let i = 0; i < args.length; i++) {
      if (i > 0) s += sepS;
      s += P.strJs(args[i]);
    }
    s += endS;
    if (!hasStandIn(s)) { if (fd === 1) writeStdout(s); else writeStderr(s); }
    else {
      // Lone surrogates: each piece is encoded (and may fail) in CPython's order of writes.
      for (let i = 0; i < args.length; i++) {
        if (i > 0) writeTextFd(fd, sepS);
        writeTextFd(fd, P.strJs(args[i]));
      }
      writeTextFd(fd, endS);
    }
  } else {
    // Like CPython: one write() per argument, separator and end.
    const mark = rootMark();
    pushRoot(target);
    try {
      const write = P.getAttr(target, N.write);
      pushRoot(write);
      for (let i = 0; i < args.length; i++) {
        if (i > 0) callObject(write, [newStr(sepS)], null);
        callObject(write, [P.str(args[i])], null);
      }
      callObject(write, [newStr(endS)], null);
    } finally { rootRelease(mark); }
  }
  if (flush !== NULL && P.truthy(flush)) {
    if (fd === 1) flushStdout();
    else if (fd < 0) { const f = P.getAttrOrNull(target, N.flush); if (f !== NULL) callObject(f, [], null); }
  }
  void stdoutObj; void stderrObj; target = NULL;
  return P.None;
});
function checkStrArg(v: number, what: string): string {
  if (!P.isInstance(v, StrType)) raise(exc.TypeError, `${what} must be None or a string, not ${P.typeName(v)}`);
  return strValue(v);
}

builtin('input(prompt=None, /)', (prompt: number) => {
  if (prompt !== NULL) writeStdout(P.strJs(prompt));
  flushStdout();
  const line = readStdinLine();
  if (line === '') raise(exc.EOFError, 'EOF when reading a line');
  return newStr(line.endsWith('\n') ? line.slice(0, -1) : line);
});

// ---- object protocol ----------------------------------------------------------------------
builtin('len(obj, /)', (o: number) => newInt(P.lenExact(o)));
builtin('repr(obj, /)', (o: number) => P.repr(o));
builtin('ascii(obj, /)', (o: number) => newStr(asciiOf(P.reprJs(o))));
export function asciiOf(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c < 256) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}
const idBits = new Float64Array(1);
function floatBitsId(x: number): bigint {
  idBits[0] = x;
  return (1n << 64n) + new BigUint64Array(idBits.buffer)[0];
}
// Ints map below 2^58, heap objects to their address, float immediates above 2^64 (their bits).
builtin('id(obj, /)', (o: number) => newInt(o >= REF_BASE ? o - REF_BASE + 0x7f0000000000 : Number.isInteger(o) ? 0x7f0000000000 + o * 32 : floatBitsId(o)));
builtin('hash(obj, /)', (o: number) => newInt(P.hashExact(o)));
builtin('callable(obj, /)', (o: number) => P.bool(o >= REF_BASE && typeLookup(P.typeOf(o), N.__call__) !== NULL));

export function isInstanceOf(o: number, cls: number): boolean {
  if (P.typeOf(cls) === TupleType) {
    for (let i = 0; i < tupleLength(cls); i++) if (isInstanceOf(o, tupleItem(cls, i))) return true;
    return false;
  }
  if (P.typeOf(cls) === TypeType) return P.isInstance(o, cls);
  const check = typeLookup(P.typeOf(cls), N.__instancecheck__);
  if (check !== NULL && P.isInstance(cls, TypeType)) return P.truthy(P.callDescr(check, cls, [o]));
  if (check !== NULL) return P.truthy(P.callDescr(check, cls, [o]));
  if (!P.isInstance(cls, TypeType) && !isUnionHook(cls)) raise(exc.TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  if (isUnionHook(cls)) return unionArgsHook(cls).some((t) => isInstanceOf(o, t));
  return P.isInstance(o, cls);
}
export function isSubclassOf(c: number, cls: number): boolean {
  if (P.typeOf(cls) === TupleType) {
    for (let i = 0; i < tupleLength(cls); i++) if (isSubclassOf(c, tupleItem(cls, i))) return true;
    return false;
  }
  if (!P.isInstance(c, TypeType)) raise(exc.TypeError, 'issubclass() arg 1 must be a class');
  if (P.typeOf(cls) !== TypeType) {
    const check = typeLookup(P.typeOf(cls), N.__subclasscheck__);
    if (check !== NULL) return P.truthy(P.callDescr(check, cls, [c]));
  }
  if (isUnionHook(cls)) return unionArgsHook(cls).some((t) => isSubclassOf(c, t));
  if (!P.isInstance(cls, TypeType)) raise(exc.TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return isSubtype(c, cls);
}
let isUnionHook: (v: number) => boolean = () => false;
let unionArgsHook: (v: number) => number[] = () => [];
export function setUnionHooks(is: (v: number) => boolean, args: (v: number) => number[]): void { isUnionHook = is; unionArgsHook = args; }
builtin('isinstance(obj, class_or_tuple, /)', (o: number, c: number) => P.bool(isInstanceOf(o, c)));
builtin('issubclass(cls, class_or_tuple, /)', (o: number, c: number) => P.bool(isSubclassOf(o, c)));

function attrName(name: number): number {
  if (!P.isInstance(name, StrType)) raise(exc.TypeError, `attribute name must be string, not '${P.typeName(name)}'`);
  return internStr(P.typeOf(name) === StrType ? name : newStr(strValue(name)));
}
builtin('getattr(object, name, default=<unrepresentable>, /)', (o: number, name: number, dflt: number) => {
  const n = attrName(name);
  if (dflt === NULL) return P.getAttr(o, n);
  const v = P.getAttrOrNull(o, n);
  return v === NULL ? dflt : v;
});
builtin('hasattr(obj, name, /)', (o: number, name: number) => P.bool(P.getAttrOrNull(o, attrName(name)) !== NULL));
builtin('setattr(obj, name, value, /)', (o: number, name: number, v: number) => { P.setAttr(o, attrName(name), v); return P.None; });
builtin('delattr(obj, name, /)', (o: number, name: number) => { P.delAttr(o, attrName(name)); return P.None; });

builtin('iter(object, sentinel=<unrepresentable>, /)', (o: number, sentinel: number) => {
  if (sentinel === NULL) return getIter(o);
  if (!P.isInstance(o, ObjectType) || typeLookup(P.typeOf(o), N.__call__) === NULL) raise(exc.TypeError, 'iter(v, w): v must be callable');
  return newIterator(IterKind.Callable, o, sentinel);
});
builtin('aiter(async_iterable, /)', (o: number) => aiter(o));
builtin('anext(aiterator, default=<unrepresentable>, /)', (it: number, dflt: number) => anext(it, dflt));
builtin('next(iterator, default=<unrepresentable>, /)', (it: number, dflt: number) => {
  if (typeLookup(P.typeOf(it), N.__next__) === NULL) raise(exc.TypeError, `'${P.typeName(it)}' object is not an iterator`);
  if (dflt === NULL) {
    const m = typeLookup(P.typeOf(it), N.__next__);
    return P.callDescr(m, it, []);
  }
  const v = iterNext(it);
  return v === NULL ? dflt : v;
});

// ---- numbers ------------------------------------------------------------------------------
builtin('abs(x, /)', (x: number) => {
  if (x < REF_BASE) return x < 0 ? -x : x; // int or float immediate
  const m = typeLookup(P.typeOf(x), N.__abs__);
  if (m === NULL) raise(exc.TypeError, `bad operand type for abs(): '${P.typeName(x)}'`);
  return P.callDescr(m, x, []);
});
builtin('divmod(x, y, /)', (x: number, y: number) => {
  const t = P.typeOf(x), u = P.typeOf(y);
  const m = typeLookup(t, N.__divmod__);
  if (m !== NULL) { const r = P.callDescr(m, x, [y]); if (r !== P.NotImplemented) return r; }
  const rm = t !== u ? typeLookup(u, N.__rdivmod__) : NULL;
  if (rm !== NULL) { const r = P.callDescr(rm, y, [x]); if (r !== P.NotImplemented) return r; }
  raise(exc.TypeError, `unsupported operand type(s) for divmod(): '${P.typeName(x)}' and '${P.typeName(y)}'`);
});
builtin('pow(base, exp, mod=None)', (b: number, e: number, m: number) => {
  if (m === NULL || m === P.None) return O.pow(b, e);
  const pm = typeLookup(P.typeOf(b), N.__pow__);
  if (pm !== NULL) { const r = P.callDescr(pm, b, [e, m]); if (r !== P.NotImplemented) return r; }
  raise(exc.TypeError, `unsupported operand type(s) for ** or pow(): '${P.typeName(b)}', '${P.typeName(e)}', '${P.typeName(m)}'`);
});
builtin('round(number, ndigits=None)', (x: number, nd: number) => {
  if (x < REF_BASE && Number.isInteger(x) && (nd === NULL || nd === P.None)) return x;
  const m = typeLookup(P.typeOf(x), N.__round__);
  if (m === NULL) raise(exc.TypeError, `type ${P.typeName(x)} doesn't define __round__ method`);
  return nd === NULL || nd === P.None ? P.callDescr(m, x, []) : P.callDescr(m, x, [nd]);
});
function intBase(x: number, base: 2 | 8 | 16): number {
  return newStr(wrapNum(() => num.intToPrefixed(P.index(x), base)));
}
builtin('bin(number, /)', (x: number) => intBase(x, 2));
builtin('oct(number, /)', (x: number) => intBase(x, 8));
builtin('hex(number, /)', (x: number) => intBase(x, 16));
builtin('chr(i, /)', (i: number) => {
  if (!isIntLike(i)) raise(exc.TypeError, `'${P.typeName(i)}' object cannot be interpreted as an integer`);
  const c = intValue(i);
  if (typeof c === 'bigint' || c < 0 || c > 0x10ffff) raise(typeof c === 'bigint' ? exc.OverflowError : exc.ValueError, typeof c === 'bigint' ? 'Python int too large to convert to C int' : 'chr() arg not in range(0x110000)');
  return newStr(fromCodePoint(c));
});
builtin('ord(c, /)', (c: number) => {
  if (P.isInstance(c, StrType)) {
    const s = strValue(c);
    const cps = Array.from(s);
    if (cps.length !== 1) raise(exc.TypeError, `ord() expected a character, but string of length ${cps.length} found`);
    return pythonCodePoint(cps[0].codePointAt(0)!);
  }
  const b = bytesOrdHook(c);
  if (b !== null) return b;
  raise(exc.TypeError, `ord() expected string of length 1, but ${P.typeName(c)} found`);
});
let bytesOrdHook: (v: number) => number | null = () => null;
export function setBytesOrdHook(f: (v: number) => number | null): void { bytesOrdHook = f; }
builtin("format(value, format_spec='', /)", (v: number, spec: number) => {
  if (spec !== NULL && !P.isInstance(spec, StrType)) raise(exc.TypeError, `format() argument 2 must be str, not ${spec === P.None ? 'None' : P.typeName(spec)}`);
  return format(v, spec === NULL ? newStr('') : spec);
});

builtin('sum(iterable, /, start=0)', (it: number, start: number) => {
  let acc = start === NULL ? 0 : start;
  if (P.isInstance(acc, StrType)) raise(exc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (bytesLikeHook(acc)) raise(exc.TypeError, `sum() can't sum ${P.typeName(acc)} [use b''.join(seq) instead]`);
  const mark = rootMark();
  try {
    const iter = getIter(it);
    pushRoot(iter);
    const accSlot = pushRoot(acc);
    // Float accumulation uses compensated summation like CPython's sum() of floats.
    for (;;) {
      const v = iterNext(iter);
      if (v === NULL) return F[accSlot];
      F[accSlot] = O.add(F[accSlot], v);
    }
  } finally { rootRelease(mark); }
});
let bytesLikeHook: (v: number) => boolean = () => false;
export function setBytesLikeHook(f: (v: number) => boolean): void { bytesLikeHook = f; }

function minmax(args: number[], key: number, dflt: number, isMax: boolean): number {
  const name = isMax ? 'max' : 'min';
  let items: number[];
  const mark = rootMark();
  try {
    if (args.length === 0) raise(exc.TypeError, `${name} expected at least 1 argument, got 0`);
    if (args.length === 1) {
      items = iterableToArray(args[0]);
      if (items.length === 0) {
        if (dflt !== NULL) return dflt;
        raise(exc.ValueError, `${name}() arg is an empty sequence`);
      }
    } else {
      if (dflt !== NULL) raise(exc.TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
      items = args;
    }
    const holder = newList(items);
    pushRoot(holder);
    const useKey = key !== NULL && key !== P.None;
    let best = items[0];
    let bestKey = useKey ? callObject(key, [best], null) : best;
    const bk = pushRoot(bestKey);
    for (let i = 1; i < items.length; i++) {
      const k = useKey ? callObject(key, [items[i]], null) : items[i];
      if (P.compareBool(k, F[bk], isMax ? P.Cmp.GT : P.Cmp.LT)) { best = items[i]; F[bk] = k; }
    }
    return best;
  } finally { rootRelease(mark); }
}
builtin('max(*args, key=None, default=<unrepresentable>)', (args: number[], key: number, dflt: number) => minmax(args, key, dflt, true));
builtin('min(*args, key=None, default=<unrepresentable>)', (args: number[], key: number, dflt: number) => minmax(args, key, dflt, false));

builtin('all(iterable, /)', (it: number) => {
  const iter = getIter(it);
  const mark = rootMark(); pushRoot(iter);
  try { for (;;) { const v = iterNext(iter); if (v === NULL) return P.True; if (!P.truthy(v)) return P.False; } } finally { rootRelease(mark); }
});
builtin('any(iterable, /)', (it: number) => {
  const iter = getIter(it);
  const mark = rootMark(); pushRoot(iter);
  try { for (;;) { const v = iterNext(iter); if (v === NULL) return P.False; if (P.truthy(v)) return P.True; } } finally { rootRelease(mark); }
});
// builtin_sorted: one positional argument, the keywords go to list.sort unchecked.
builtin('sorted(*args, **kwargs)', (posArgs: number[], kwargs: Map<string, number>) => {
  if (posArgs.length !== 1) raise(exc.TypeError, `sorted expected 1 argument, got ${posArgs.length}`);
  const l = newList(iterableToArray(posArgs[0]));
  const mark = rootMark(); pushRoot(l);
  try {
    const args: number[] = [];
    const names: number[] = [];
    for (const [k, v] of kwargs) { args.push(v); names.push(intern(k)); }
    const sort = P.getAttr(l, intern('sort'));
    // CPython calls list.sort through vectorcall from C: a level of recursion.
    enterRecursiveCall(' while calling a Python object');
    try { callObject(sort, args, names.length ? names : null); } finally { ts.depth--; }
    return l;
  } finally { rootRelease(mark); }
});
// sorted() checks its positional count like _PyArg_CheckPositional ("sorted expected 1 argument, got 0").
specs[specs.length - 1].argStyle = 'POSITIONAL';

// ---- namespaces ---------------------------------------------------------------------------
/** The frame that called the current native (set by compiled code before such calls). */
function callerFrame(): number { return ts.callerFp; }
export function callerGlobals(): number {
  const fp = callerFrame();
  if (fp <= 0) return moduleDict(getRoot(Root.MainModule));
  return F[((F[fp] - REF_BASE) >> 3) + FN_GLOBALS];
}
export function callerLocals(): number {
  const fp = callerFrame();
  if (fp <= 0) return callerGlobals();
  const fn = F[fp];
  const code = F[((fn - REF_BASE) >> 3) + FN_CODE];
  if (I32[((code - REF_BASE) >> 2) + 3] & CodeFlag.DictLocals) return F[fp + 1];
  const d = newDict();
  const names = tupleItems(codeField(code, C_VARNAMES));
  const cellvars = new Set(tupleItems(codeField(code, 13)).map((n) => jsString(n)));
  names.forEach((n, i) => {
    const nm = jsString(n);
    if (nm.startsWith('.')) return;
    let v = F[fp + 1 + i];
    if (cellvars.has(nm)) v = v === NULL ? NULL : cellGet(v);
    if (v !== NULL) dictSetItem(d, n, v);
  });
  const frees = tupleItems(codeField(code, C_FREEVARS));
  frees.forEach((n, i) => {
    const v = cellGet(F[fp + 1 + names.length + i]);
    if (v !== NULL && !jsString(n).startsWith('.')) dictSetItem(d, n, v);
  });
  return d;
}
builtin('breakpoint(*args, **kws)', (args: number[], kws: Map<string, number>) => {
  const hook = P.getAttrOrNull(getRoot(Root.SysModule), intern('breakpointhook'));
  if (hook === NULL) raise(exc.RuntimeError, 'lost sys.breakpointhook');
  const names: number[] = [];
  const all = args.slice();
  for (const [k, v] of kws) { all.push(v); names.push(intern(k)); }
  return callObject(hook, all, names.length ? names : null);
});
builtin('globals()', () => callerGlobals());
builtin('locals()', () => callerLocals());
builtin('vars(object=<unrepresentable>, /)', (o: number) => {
  if (o === NULL) return callerLocals();
  const d = P.getAttrOrNull(o, N.__dict__);
  if (d === NULL) raise(exc.TypeError, 'vars() argument must have __dict__ attribute');
  return d;
});
builtin('dir(object=<unrepresentable>, /)', (o: number) => {
  let names: number[];
  if (o === NULL) names = iterableToArray(callerLocals());
  else {
    const m = typeLookup(P.typeOf(o), N.__dir__);
    names = iterableToArray(P.callDescr(m, o, []));
  }
  const l = newList(names);
  const mark = rootMark(); pushRoot(l);
  try { callObject(P.getAttr(l, intern('sort')), [], null); } finally { rootRelease(mark); }
  return l;
});

// ---- compile / exec / eval / import (implemented in runtime/exec.ts) ----------------------
let execHooks: {
  compile: (source: number, filename: number, mode: number, flags: number, dontInherit: number, optimize: number) => number;
  exec: (source: number, globals: number, locals: number, isEval: boolean) => number;
  importModule: (name: number, globals: number, locals: number, fromlist: number, level: number) => number;
} = { compile: () => NULL, exec: () => NULL, importModule: () => NULL };
export function setExecHooks(h: typeof execHooks): void { execHooks = h; }
builtin("compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)", (s: number, f: number, m: number, fl: number, di: number, op: number) => execHooks.compile(s, f, m, fl, di, op));
builtin('exec(source, globals=None, locals=None, /)', (s: number, g: number, l: number) => { execHooks.exec(s, orNone(g), orNone(l), false); return P.None; })
  .argStyle = 'KEYWORDS'; // exec() also has the keyword-only closure=None in 3.11
builtin('eval(source, globals=None, locals=None, /)', (s: number, g: number, l: number) => execHooks.exec(s, orNone(g), orNone(l), true));
builtin('__import__(name, globals=None, locals=None, fromlist=(), level=0)', (n: number, g: number, l: number, fl: number, lv: number) => execHooks.importModule(n, orNone(g), orNone(l), fl === NULL ? P.None : fl, lv === NULL ? 0 : lv));

// ---- building the module ------------------------------------------------------------------
const typeNames = ['object', 'type', 'int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'tuple', 'list', 'dict',
  'set', 'frozenset', 'range', 'slice', 'property', 'staticmethod', 'classmethod', 'super', 'enumerate', 'zip', 'map',
  'filter', 'reversed', 'memoryview'];

/** Make the builtins module (world creation only). */
export function createBuiltinsModule(): number {
  const m = newModule(intern('builtins'));
  const d = moduleDict(m);
  for (const s of specs) dictSetItem(d, intern(s.name), newBuiltinFunction(s));
  for (const h of builtinTypes) if (typeNames.includes(h.def.name)) dictSetItem(d, intern(h.def.name), h.ref);
  for (const n of exceptionNames()) dictSetItem(d, intern(n), exc[n]);
  dictSetItem(d, intern('EnvironmentError'), exc.OSError);
  dictSetItem(d, intern('IOError'), exc.OSError);
  dictSetItem(d, intern('None'), P.None);
  dictSetItem(d, intern('True'), P.True);
  dictSetItem(d, intern('False'), P.False);
  dictSetItem(d, intern('Ellipsis'), P.Ellipsis);
  dictSetItem(d, intern('NotImplemented'), P.NotImplemented);
  dictSetItem(d, intern('__debug__'), P.True);
  dictSetItem(d, N.__doc__, newStr("Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices."));
  setRoot(Root.Builtins, m);
  return m;
}
export function builtinsDict(): number { return moduleDict(getRoot(Root.Builtins)); }

void natives; void newFloat; void FloatType; void IntType; void ListType; void listItems; void listSetItems; void dictLookupStr;
void dictKeysList; void DictType; void typeNameJs; void identityHash; void PyException; void instanceDict; void newTuple; void jsString;
