/**
 * Running source code: compile() to code objects, exec/eval, running a module's code, and
 * the import system (sys.path search for .py modules and packages, native modules,
 * relative imports, circular-import-safe registration in sys.modules).
 */
import * as fs from 'fs';
import * as pathLib from 'path';
import { F, REF_BASE, NULL, I32 } from '../heap/memory';
import { getRoot, setRoot, Root } from '../heap/roots';
import { compileSource, CompileError, CompileMode } from '../compiler/compile';
import { PySyntaxError } from '../parser';
import { materializeCode } from './materialize';
import { newFunction, codeField, C_NAME, C_QUALNAME, CodeType, FN_CODE } from '../objects/function';
import { newModule, moduleDict, isModule, ModuleType } from '../objects/module';
import { newStr, jsString, intern, StrType, strValue } from '../objects/str';
import { newDict, dictLookupStr, dictSetItem, dictPop, DictType, dictKeysList, dictItemsList } from '../objects/dict';
import { newList, listItems, listAppend } from '../objects/list';
import { newTuple, tupleItems, TupleType } from '../objects/tuple';
import { raise, PyException } from './errors';
import { exc, setExcField, E_TRACEBACK } from '../objects/exceptions';
import * as P from './protocol';
import { N } from './names';
import { callObject } from './call';
import { compiledFor } from './codeCache';
import { builtinsDict, callerGlobals, callerLocals } from './builtins';
import { iterableToArray } from './iteration';
import { rootMark, pushRoot, rootRelease, ts, beginBlocking, endBlocking } from '../threads/threadState';

/** Turn a parser/compiler error into a Python SyntaxError exception. */
export function syntaxErrorFrom(e: unknown, source: string): PyException | null {
  if (e instanceof PySyntaxError) {
    return makeSyntaxError(e.type, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset);
  }
  if (e instanceof CompileError) {
    const lines = source.split('\n');
    // Like CPython's compiler errors (PyErr_ProgramTextObject), the text is the line of the
    // file named by the filename, when there is such a file.
    let text: string | null = null;
    if (e.lineno > 0 && e.lineno <= lines.length) {
      try {
        const fileLines = fs.readFileSync(currentFilename, 'utf8').split('\n');
        if (e.lineno <= fileLines.length) text = fileLines[e.lineno - 1] + '\n';
      } catch { /* no such file: no text */ }
    }
    const col = text ? byteColToChar(text, e.col - 1) + 1 : e.col;
    const endCol = text && e.endCol ? byteColToChar(lines[(e.endLineno || e.lineno) - 1] ?? '', e.endCol - 1) + 1 : 0;
    return makeSyntaxError(e.type, e.message, currentFilename, e.lineno, col, text, e.endLineno || e.lineno, endCol || col);
  }
  return null;
}
let currentFilename = '<string>';
function byteColToChar(line: string, byteCol: number): number {
  const b = Buffer.from(line, 'utf8');
  return b.subarray(0, Math.max(0, byteCol)).toString('utf8').length;
}
function makeSyntaxError(type: string, msg: string, filename: string, lineno: number, offset: number, text: string | null, endLineno: number, endOffset: number): PyException {
  const t = type === 'IndentationError' ? exc.IndentationError : type === 'TabError' ? exc.TabError : exc.SyntaxError;
  const info = newTuple([newStr(filename), lineno, offset === 0 ? P.None : offset, text === null ? P.None : newStr(text), endLineno, endOffset]);
  const mark = rootMark(); pushRoot(info);
  try { return new PyException(callObject(t, [newStr(msg), info], null)); } finally { rootRelease(mark); }
}

/** Compile source text to a code object (or raise SyntaxError). */
export function compileToCode(source: string, filename: string, mode: CompileMode): number {
  currentFilename = filename;
  try {
    const unit = compileSource(source, filename, mode);
    return materializeCode(unit);
  } catch (e) {
    const se = syntaxErrorFrom(e, source);
    if (se) throw se;
    throw e;
  }
}

/** Run a module-level code object with the given globals and locals dicts. */
export function runCode(code: number, globals: number, locals: number): number {
  if (dictLookupStr(globals, N.__builtins__) === NULL) dictSetItem(globals, N.__builtins__, getRoot(Root.Builtins));
  const fn = newFunction(code, globals, codeField(code, C_NAME), codeField(code, C_QUALNAME), P.None, P.None);
  const mark = rootMark();
  pushRoot(fn);
  try {
    return compiledFor(code)(fn, locals);
  } finally { rootRelease(mark); }
}

// ---- compile / exec / eval builtins -------------------------------------------------------
function sourceText(s: number, what: string): string {
  if (P.isInstance(s, StrType)) return strValue(s);
  const b = bytesTextHook(s);
  if (b !== null) return b;
  raise(exc.TypeError, `${what}() arg 1 must be a string, bytes or code object`);
}
let bytesTextHook: (v: number) => string | null = () => null;
export function setBytesTextHook(f: (v: number) => string | null): void { bytesTextHook = f; }

function builtinCompile(s: number, filename: number, mode: number): number {
  const m = strValue(mode);
  if (m !== 'exec' && m !== 'eval' && m !== 'single') raise(exc.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  if (P.typeOf(s) === CodeType) return s;
  return compileToCode(sourceText(s, 'compile'), P.strJs(filename), m as CompileMode);
}

function builtinExec(s: number, g: number, l: number, isEval: boolean): number {
  let globals = g, locals = l;
  if (globals === P.None) {
    globals = callerGlobals();
    if (locals === P.None) locals = callerLocals();
  } else if (!P.isInstance(globals, DictType)) {
    raise(exc.TypeError, `${isEval ? 'eval' : 'exec'}() globals must be a dict, not ${P.typeName(globals)}`);
  }
  if (locals === P.None) locals = globals;
  const mark = rootMark();
  pushRoot(globals); pushRoot(locals);
  try {
    let code: number;
    if (P.typeOf(s) === CodeType) code = s;
    else {
      let text = sourceText(s, isEval ? 'eval' : 'exec');
      if (isEval) text = text.replace(/^[ \t]+/, '');
      code = compileToCode(text, '<string>', isEval ? 'eval' : 'exec');
    }
    pushRoot(code);
    return runCode(code, globals, locals);
  } finally { rootRelease(mark); }
}

// ---- the import system ----------------------------------------------------------------------
import { nativeModules } from './nativeModules';
export { registerNativeModule } from './nativeModules';

export function sysModules(): number { return getRoot(Root.SysModules); }
const IMPORT_LOCK = () => (getRoot(Root.ImportLock) - REF_BASE + 8) >> 2;

/** Where our own stdlib (lib/) lives. */
export const libDir = pathLib.resolve(__dirname, '..', 'lib');

let sysPathHook: () => number[] = () => [];
export function setSysPathHook(f: () => number[]): void { sysPathHook = f; }

function findSpec(name: string, paths: string[]): { file: string; isPackage: boolean } | null {
  const leaf = name.slice(name.lastIndexOf('.') + 1);
  for (const dir of paths) {
    const base = pathLib.join(dir === '' ? '.' : dir, leaf);
    const init = pathLib.join(base, '__init__.py');
    if (fs.existsSync(init)) return { file: init, isPackage: true };
    const py = base + '.py';
    if (fs.existsSync(py)) return { file: py, isPackage: false };
  }
  return null;
}

/** Import one fully qualified module (its parent already imported). */
function importOne(name: string): number {
  const mods = sysModules();
  const key = intern(name);
  const existing = dictLookupStr(mods, key);
  if (existing !== NULL) {
    if (existing === P.None) raise(exc.ModuleNotFoundError, `import of ${name} halted; None in sys.modules`);
    return existing;
  }
  const dot = name.lastIndexOf('.');
  let paths: string[];
  let parent = NULL;
  if (dot >= 0) {
    parent = dictLookupStr(mods, intern(name.slice(0, dot)));
    const pp = parent === NULL ? NULL : P.getAttrOrNull(parent, N.__path__);
    if (pp === NULL) throw notFound(`No module named '${name}'; '${name.slice(0, dot)}' is not a package`, name);
    paths = iterableToArray(pp).map((p) => P.strJs(p));
  } else {
    const native = nativeModules.get(name);
    if (native) {
      const m = newModule(key);
      dictSetItem(mods, key, m);
      try { native(m); } catch (e) { dictPop(mods, key); throw e; }
      return m;
    }
    paths = sysPathHook().map((p) => P.strJs(p));
  }
  const spec = findSpec(name, paths);
  if (!spec) throw notFound(`No module named '${name}'`, name);
  const m = newModule(key);
  const mark = rootMark();
  pushRoot(m);
  try {
    const d = moduleDict(m);
    dictSetItem(d, N.__file__, newStr(spec.file));
    dictSetItem(d, N.__package__, newStr(spec.isPackage ? name : dot >= 0 ? name.slice(0, dot) : ''));
    if (spec.isPackage) dictSetItem(d, N.__path__, newList([newStr(pathLib.dirname(spec.file))]));
    dictSetItem(d, N.__loader__, newStr('SourceFileLoader'));
    dictSetItem(mods, key, m);
    try {
      const source = fs.readFileSync(spec.file, 'utf8');
      const code = compileToCode(source, spec.file, 'exec');
      pushRoot(code);
      runCode(code, d, d);
    } catch (e) {
      dictPop(mods, key);
      throw e;
    }
    const final = dictLookupStr(mods, key);
    if (parent !== NULL && final !== NULL) P.setAttr(parent, intern(name.slice(dot + 1)), final);
    return final === NULL ? m : final;
  } finally { rootRelease(mark); }
}
function notFound(msg: string, name: string): PyException {
  const e = callObject(exc.ModuleNotFoundError, [newStr(msg)], null);
  dictSetItem(P.ensureInstanceDict(e), N.name, newStr(name));
  return new PyException(e);
}

function resolveName(name: string, level: number, globals: number): string {
  if (level === 0) return name;
  let pkg = globals === NULL || globals === P.None ? NULL : dictLookupStr(globals, N.__package__);
  if (pkg === NULL || pkg === P.None) {
    const mn = globals === NULL || globals === P.None ? NULL : dictLookupStr(globals, N.__name__);
    if (mn === NULL) raise(exc.ImportError, 'attempted relative import with no known parent package');
    const isPkg = dictLookupStr(globals, N.__path__) !== NULL;
    const s = jsString(mn);
    pkg = newStr(isPkg ? s : s.slice(0, Math.max(0, s.lastIndexOf('.'))));
  }
  let base = P.strJs(pkg);
  if (base === '') raise(exc.ImportError, 'attempted relative import with no known parent package');
  const parts = base.split('.');
  if (level - 1 >= parts.length) raise(exc.ImportError, 'attempted relative import beyond top-level package');
  base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

/** The IMPORT_NAME operation: returns the top package, or the leaf module with a fromlist. */
export function importName(nameRef: number, fromlist: number, level: number, globals: number): number {
  const name = P.strJs(nameRef);
  const full = resolveName(name, level, globals);
  if (full === '') raise(exc.ValueError, 'Empty module name');
  const lock = IMPORT_LOCK();
  const { lockReentrant, unlockReentrant } = importLockOps;
  lockReentrant(lock);
  try {
    const parts = full.split('.');
    let m = NULL;
    for (let i = 1; i <= parts.length; i++) m = importOne(parts.slice(0, i).join('.'));
    const hasFrom = fromlist !== NULL && fromlist !== P.None && tupleItems(fromlist).length > 0;
    if (hasFrom) {
      // from pkg import submodule: import submodules named in the fromlist.
      if (P.getAttrOrNull(m, N.__path__) !== NULL) {
        for (const f of tupleItems(fromlist)) {
          const fn = jsString(f);
          if (fn === '*') continue;
          if (P.getAttrOrNull(m, f) === NULL) {
            try { importOne(`${full}.${fn}`); } catch (e) {
              if (!(e instanceof PyException && P.isInstance(e.exc, exc.ModuleNotFoundError))) throw e;
            }
          }
        }
      }
      return m;
    }
    if (level > 0 && name === '') return m;
    return dictLookupStr(sysModules(), intern(level > 0 ? full.split('.').slice(0, full.split('.').length - name.split('.').length + 1).join('.') : parts[0]));
  } finally { unlockReentrant(lock); }
}
/**
 * The import lock: re-entrant (module code imports other modules), owned by a thread id
 * in one shared word. A thread waiting for it counts as blocked, so it never holds up a
 * collection.
 */
let importDepth = 0;
export const importLockOps = {
  lockReentrant: (w: number) => {
    const me = ts.index + 1;
    if (I32[w] === me) { importDepth++; return; }
    while (Atomics.compareExchange(I32, w, 0, me) !== 0) {
      beginBlocking();
      Atomics.wait(I32, w, Atomics.load(I32, w), 20);
      endBlocking();
    }
    importDepth = 1;
  },
  unlockReentrant: (w: number) => {
    if (--importDepth > 0) return;
    Atomics.store(I32, w, 0);
    Atomics.notify(I32, w);
  },
};

export function importFrom(m: number, name: number): number {
  const v = P.getAttrOrNull(m, name);
  if (v !== NULL) return v;
  const mn = P.getAttrOrNull(m, N.__name__);
  if (mn !== NULL && P.isInstance(mn, StrType)) {
    const sub = dictLookupStr(sysModules(), intern(`${jsString(mn)}.${jsString(name)}`));
    if (sub !== NULL) return sub;
  }
  const file = P.getAttrOrNull(m, N.__file__);
  const modName = mn !== NULL ? P.strJs(mn) : '<unknown module name>';
  const where = file !== NULL && file !== P.None ? ` (${P.strJs(file)})` : ' (unknown location)';
  // PyErr_SetImportError(msg, name=module name, path=module file)
  const msg = newStr(`cannot import name '${jsString(name)}' from '${modName}'${where}`);
  const mark = rootMark();
  try {
    pushRoot(msg);
    const e = callObject(exc.ImportError, [msg, mn !== NULL ? mn : P.None, file !== NULL ? file : P.None], [N.name, N.path]);
    throw new PyException(e);
  } finally { rootRelease(mark); }
}

export function importStar(m: number, locals: number): void {
  const all = P.getAttrOrNull(m, N.__all__);
  const d = P.getAttr(m, N.__dict__);
  const names = all !== NULL ? iterableToArray(all) : dictKeysList(d).filter((k) => !jsString(k).startsWith('_'));
  for (const n of names) {
    const v = P.getAttr(m, P.isInstance(n, StrType) ? intern(strValue(n)) : n);
    if (P.typeOf(locals) === DictType) dictSetItem(locals, n, v); else callObject(P.getAttr(locals, intern('__setitem__')), [n, v], null);
  }
}

function builtinImport(name: number, globals: number, _locals: number, fromlist: number, level: number): number {
  if (!P.isInstance(name, StrType)) raise(exc.TypeError, `module name must be str, not ${P.typeName(name)}`);
  const lv = Number(P.index(level));
  return importName(name, fromlist === P.None ? NULL : P.typeOf(fromlist) === TupleType ? fromlist : newTuple(iterableToArray(fromlist)), lv, globals === P.None ? callerGlobals() : globals);
}

export const execHookImpl = {
  compile: (s: number, f: number, m: number) => builtinCompile(s, f, m),
  exec: builtinExec,
  importModule: builtinImport,
};

void F; void isModule; void ModuleType; void listItems; void listAppend; void dictItemsList; void FN_CODE; void setExcField; void E_TRACEBACK; void builtinsDict; void setRoot;
