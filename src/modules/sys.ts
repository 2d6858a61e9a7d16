/**
 * The sys module.
 */
import * as pathLib from 'path';
import { F, REF_BASE, NULL, I32 } from '../heap/memory';
import { CTRL_GIL_ENABLED } from '../heap/layout';
import { getRoot, setRoot, Root } from '../heap/roots';
import { defineNative } from '../runtime/natives';
import { newBuiltinFunction } from '../objects/typeobject';
import { newModule, moduleDict } from '../objects/module';
import { newStr, intern, internStr, StrType, jsString } from '../objects/str';
import { newDict, dictSetItem, dictLookupStr } from '../objects/dict';
import { newList, listItems } from '../objects/list';
import { newTuple, tupleItem } from '../objects/tuple';
import { newInt } from '../objects/int';
import { newFloat } from '../objects/float';
import { raise, PyException } from '../runtime/errors';
import { exc } from '../objects/exceptions';
import * as P from '../runtime/protocol';
import { N } from '../runtime/names';
import { callObject } from '../runtime/call';
import { ts, rootMark, pushRoot, rootRelease, topHandled } from '../threads/threadState';
import { newFrameObject } from '../objects/frame';
import { FN_CODE, C_POSITIONS, codeField } from '../objects/function';
import { callerGlobals, callerLocals } from '../runtime/builtins';
import { newStdStream } from './stdstreams';
import { libDir, importName } from '../runtime/exec';
import { registerNativeModule } from '../runtime/nativeModules';
import { displayException } from '../runtime/traceback';
import { flushStdout, writeStderr } from '../runtime/stdio';
import { defineStructSeq } from '../objects/structseq';

import { VERSION, VERSION_INFO } from '../version';
export { VERSION };

const sysFunctions: { name: string; spec: ReturnType<typeof defineNative> }[] = [];
function fn(signature: string, f: (...a: any[]) => number): void {
  const name = signature.slice(0, signature.indexOf('('));
  sysFunctions.push({ name, spec: defineNative(`sys.${name}`, signature, f) });
}

let switchInterval = 0.005;
fn('exit(status=None, /)', (status: number) => {
  const e = callObject(exc.SystemExit, status === NULL ? [] : [status], null);
  throw new PyException(e);
});
/** sys.breakpointhook: $PYTHONBREAKPOINT names the callable ('0' disables; default pdb.set_trace). */
fn('breakpointhook(*args, **kwargs)', (args: number[], kwargs: Map<string, number>) => {
  const hookName = process.env.PYTHONBREAKPOINT || 'pdb.set_trace';
  if (hookName === '0') return P.None;
  const dot = hookName.lastIndexOf('.');
  const modName = dot < 0 ? 'builtins' : hookName.slice(0, dot);
  const attr = dot < 0 ? hookName : hookName.slice(dot + 1);
  let hook = NULL;
  try {
    const top = importName(newStr(modName), newTuple([newStr(attr)]), 0, NULL);
    hook = P.getAttr(top, intern(attr));
  } catch (e) {
    if (!(e instanceof PyException) || !(P.isInstance(e.exc, exc.ImportError) || P.isInstance(e.exc, exc.AttributeError))) throw e;
    flushStdout();
    writeStderr(`RuntimeWarning: Ignoring unimportable $PYTHONBREAKPOINT: "${hookName}"\n`);
    return P.None;
  }
  const names: number[] = [];
  const all = args.slice();
  for (const [k, v] of kwargs) { all.push(v); names.push(intern(k)); }
  return callObject(hook, all, names.length ? names : null);
});
fn('getrecursionlimit()', () => ts.recursionLimit);
fn('setrecursionlimit(limit, /)', (n: number) => {
  const v = Number(P.index(n));
  if (v < 1) raise(exc.ValueError, 'recursion limit must be greater or equal than 1');
  if (v <= ts.depth) raise(exc.RecursionError, `cannot set the recursion limit to ${v} at the recursion depth ${ts.depth}: the limit is too low`);
  ts.recursionLimit = v;
  return P.None;
});
fn('getsizeof(object, default=<unrepresentable>, /)', (o: number) => {
  const m = P.getAttrOrNull(o, N.__sizeof__);
  return m === NULL ? 16 : callObject(m, [], null);
});
fn('intern(string, /)', (s: number) => {
  if (P.typeOf(s) !== StrType) raise(exc.TypeError, `intern() argument must be str, not ${P.typeName(s)}`);
  return internStr(s);
});
fn('exc_info()', () => {
  const h = topHandled();
  if (h === NULL) return newTuple([P.None, P.None, P.None]);
  return newTuple([P.typeOf(h), h, P.getAttr(h, N.__traceback__)]);
});
fn('exception()', () => { const h = topHandled(); return h === NULL ? P.None : h; });
fn('getdefaultencoding()', () => newStr('utf-8'));
fn('getfilesystemencoding()', () => newStr('utf-8'));
fn('setswitchinterval(interval, /)', (v: number) => {
  const x = P.asFloat(v);
  if (x <= 0) raise(exc.ValueError, 'switch interval must be strictly positive');
  switchInterval = x;
  setSwitchIntervalHook(x);
  return P.None;
});
fn('getswitchinterval()', () => newFloat(switchInterval));
fn('_is_gil_enabled()', () => P.bool(I32[CTRL_GIL_ENABLED >> 2] !== 0));
fn('getrefcount(object, /)', () => 2);
// Frames are not linked (frame.ts): only the caller's own frame can be shown.
fn('_getframe(depth=0, /)', (depth: number) => {
  if (depth !== NULL && P.index(depth) !== 0) raise(exc.ValueError, 'call stack is not deep enough');
  const fp = ts.callerFp;
  if (fp <= 0) raise(exc.ValueError, 'call stack is not deep enough');
  const mark = rootMark();
  try {
    const globals = callerGlobals();
    const locals = callerLocals();
    pushRoot(locals);
    // ts.callerLine is the call's entry in the code's position table: its line.
    const code = F[((F[fp] - REF_BASE) >> 3) + FN_CODE];
    return newFrameObject(code, globals, locals, tupleItem(codeField(code, C_POSITIONS), 4 * ts.callerLine));
  } finally { rootRelease(mark); }
});
// The default hook for uncaught exceptions (also sys.__excepthook__; runtime/main.ts calls
// whatever sys.excepthook holds).
fn('excepthook(exctype, value, traceback, /)', (_t: number, value: number, tb: number) => { displayException(value, tb); return P.None; });
let setSwitchIntervalHook: (x: number) => void = () => {};
export function setSwitchIntervalHookFn(f: (x: number) => void): void { setSwitchIntervalHook = f; }

const versionInfoType = defineStructSeq('sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
const floatInfoType = defineStructSeq('sys.float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);
const intInfoType = defineStructSeq('sys.int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
const hashInfoType = defineStructSeq('sys.hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']);
const flagsType = defineStructSeq('sys.flags', ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site',
  'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode',
  'warn_default_encoding', 'safe_path', 'int_max_str_digits']);

/** Create the sys module at world creation. */
export function createSysModule(argv: string[], scriptDir: string | null): number {
  const m = newModule(intern('sys'));
  const d = moduleDict(m);
  for (const { name, spec } of sysFunctions) dictSetItem(d, intern(name), newBuiltinFunction(spec, m));
  dictSetItem(d, intern('__breakpointhook__'), dictLookupStr(d, intern('breakpointhook')));
  dictSetItem(d, intern('argv'), newList(argv.map((a) => newStr(a))));
  const paths: string[] = [];
  if (scriptDir !== null) paths.push(scriptDir);
  for (const p of (process.env.PYTHONPATH ?? '').split(':')) if (p) paths.push(pathLib.resolve(p));
  paths.push(libDir);
  dictSetItem(d, intern('path'), newList(paths.map((p) => newStr(p))));
  dictSetItem(d, intern('modules'), getRoot(Root.SysModules));
  dictSetItem(d, intern('stdin'), newStdStream(0));
  dictSetItem(d, intern('stdout'), newStdStream(1));
  dictSetItem(d, intern('stderr'), newStdStream(2));
  dictSetItem(d, intern('__stdin__'), P.getAttr(m, intern('stdin')));
  dictSetItem(d, intern('__stdout__'), P.getAttr(m, intern('stdout')));
  dictSetItem(d, intern('__stderr__'), P.getAttr(m, intern('stderr')));
  dictSetItem(d, intern('__excepthook__'), P.getAttr(m, intern('excepthook')));
  dictSetItem(d, intern('maxsize'), newInt(2n ** 63n - 1n));
  dictSetItem(d, intern('maxunicode'), 0x10ffff);
  dictSetItem(d, intern('version'), newStr(`${VERSION} (pyrallel 0.1.0, free-threaded) [Node.js ${process.versions.node}]`));
  dictSetItem(d, intern('version_info'), versionInfo());
  dictSetItem(d, intern('hexversion'), 0x030c00f0);
  dictSetItem(d, intern('platform'), newStr(process.platform === 'win32' ? 'win32' : process.platform));
  dictSetItem(d, intern('byteorder'), newStr('little'));
  dictSetItem(d, intern('executable'), newStr(process.execPath));
  dictSetItem(d, intern('prefix'), newStr(pathLib.dirname(libDir)));
  dictSetItem(d, intern('base_prefix'), newStr(pathLib.dirname(libDir)));
  dictSetItem(d, intern('exec_prefix'), newStr(pathLib.dirname(libDir)));
  dictSetItem(d, intern('builtin_module_names'), newTuple(['builtins', 'sys', 'math', 'time', '_random', '_thread', 'posix', 'gc'].map((s) => newStr(s))));
  dictSetItem(d, intern('dont_write_bytecode'), P.True);
  dictSetItem(d, intern('float_info'), floatInfoType.make([newFloat(Number.MAX_VALUE), 1024, 308, newFloat(2.2250738585072014e-308), -1021, -307, 15, 53, newFloat(Number.EPSILON), 2, 1]));
  dictSetItem(d, intern('int_info'), intInfoType.make([30, 4, 4300, 640]));
  dictSetItem(d, intern('hash_info'), hashInfoType.make([64, newInt(2n ** 61n - 1n), 314159, 0, 1000003, newStr('siphash13'), 64, 128, 0]));
  dictSetItem(d, intern('flags'), flagsType.make([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, P.False, 0, 0, P.False, -1]));
  dictSetItem(d, intern('implementation'), newStr('pyrallel'));
  dictSetItem(d, N.__doc__, newStr('This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.'));
  setRoot(Root.SysModule, m);
  return m;
}

/** sys.version_info as a named structure (a tuple subclass would be closer; a tuple is enough for indexing). */
function versionInfo(): number {
  const [a, b, c, level, serial] = VERSION_INFO;
  return versionInfoType.make([a, b, c, newStr(level), serial]);
}

registerNativeModule('sys', () => { throw new Error('sys is created at start-up'); });

void REF_BASE; void listItems; void dictLookupStr; void newDict; void jsString; void flushStdout;
