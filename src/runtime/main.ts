/**
 * Running the main program in the main Python thread: build the world, make sys and
 * __main__, run the script / -c code / -m module / stdin, and turn the outcome into an exit
 * status the way CPython does (SystemExit codes, tracebacks on stderr and status 1).
 */
import * as fs from 'fs';
import * as pathLib from 'path';
import { NULL, REF_BASE } from '../heap/memory';
import { setRoot, getRoot, Root } from '../heap/roots';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { createWorld } from './bootstrap';
import { createBuiltinsModule } from './builtins';
import { createSysModule } from '../modules/sys';
import { newModule, moduleDict } from '../objects/module';
import { newDict, dictSetItem } from '../objects/dict';
import { intern, newStr, StrType } from '../objects/str';
import { PyException, toPyException } from './errors';
import { exc, excField, E_TRACEBACK } from '../objects/exceptions';
import * as P from './protocol';
import { N } from './names';
import { compileToCode, runCode, importName } from './exec';
import { callObject } from './call';
import { formatException, registerSource } from './traceback';
import { writeStderr, flushStdout, readStdinAll, useStdinChannel } from './stdio';
import { isIntLike, intValue } from '../objects/int';
import { setRuntimeObject } from './codeCache';
import { makeRuntimeObject } from './rt';
import { setStressMode, collectNow, rootMark, pushRoot, rootRelease } from '../threads/threadState';
import { loadNativeModules } from '../modules';
import { newTuple } from '../objects/tuple';
import { sealHeap } from '../heap/collector';
import { runInstallers } from './hooks';
import { reportUnawaitedAtExit } from '../objects/coroutine';
import { closeGeneratorsAtExit } from '../objects/generatorFinalizer';

export interface MainOptions {
  mode: 'file' | 'command' | 'module' | 'stdin';
  target: string; //   file path, command text or module name
  argv: string[]; //   sys.argv
  gcStress: boolean;
}

/** runMain's status for "die by SIGINT" (an uncaught KeyboardInterrupt, as CPython exits). */
export const EXIT_BY_SIGINT = -2;

/** Run the program; returns the process exit status. */
export function runMain(opts: MainOptions): number {
  useStdinChannel(true);
  setRuntimeObject(makeRuntimeObject());
  createWorld();
  loadNativeModules();
  setStressMode(opts.gcStress);
  setRoot(Root.SysModules, newDict());
  const lock = allocObject(16, 0, Layout.Raw);
  setRoot(Root.ImportLock, lock);
  const builtins = createBuiltinsModule();
  const scriptDir = opts.mode === 'file' ? pathLib.dirname(pathLib.resolve(opts.target)) : opts.mode === 'module' ? process.cwd() : '';
  const sys = createSysModule(opts.argv, scriptDir);
  const mods = getRoot(Root.SysModules);
  dictSetItem(mods, intern('builtins'), builtins);
  dictSetItem(mods, intern('sys'), sys);
  runInstallers();
  const main = newModule(intern('__main__'));
  setRoot(Root.MainModule, main);
  dictSetItem(mods, intern('__main__'), main);
  const g = moduleDict(main);
  dictSetItem(g, N.__builtins__, builtins);
  dictSetItem(g, N.__loader__, newStr('SourceFileLoader'));
  sealHeap();
  try {
    try {
      if (opts.mode === 'module') {
        runModuleAsMain(opts.target, g);
      } else {
        let source: string;
        let filename: string;
        if (opts.mode === 'file') {
          filename = pathLib.resolve(opts.target); // CPython makes the script's path absolute
          try { source = fs.readFileSync(opts.target, 'utf8'); } catch (e) {
            const err = e as NodeJS.ErrnoException;
            writeStderr(`${process.argv0 === 'node' ? 'pyrallel' : 'pyrallel'}: can't open file '${pathLib.resolve(opts.target)}': [Errno ${err.code === 'ENOENT' ? 2 : 13}] ${err.code === 'ENOENT' ? 'No such file or directory' : 'Permission denied'}\n`);
            return 2;
          }
          dictSetItem(g, N.__file__, newStr(filename));
        } else if (opts.mode === 'command') {
          filename = '<string>';
          source = opts.target;
        } else {
          filename = '<stdin>';
          source = readStdinAll();
        }
        registerSource(filename, source);
        const code = compileToCode(source, filename, 'exec');
        runCode(code, g, g);
      }
      flushStdout();
      return 0;
    } catch (e) {
      return handleUncaught(e);
    }
  } finally {
    // What CPython's finalization does as it frees the last objects: suspended generators
    // are closed (their finally blocks run), never-awaited coroutines reported.
    try { closeGeneratorsAtExit(); } catch (e) { handleUncaught(e); }
    reportUnawaitedAtExit();
    flushStdout();
  }
}

function runModuleAsMain(name: string, g: number): void {
  // -m: find the module's file through the import system's search, run it as __main__.
  const parts = name.split('.');
  if (parts.length > 1) importName(newStr(parts.slice(0, -1).join('.')), NULL, 0, g);
  const spec = require('./exec') as typeof import('./exec');
  void spec;
  const paths = P.getAttr(getRoot(Root.SysModule), intern('path'));
  for (const p of require('./iteration').iterableToArray(paths) as number[]) {
    const dir = P.strJs(p);
    const base = pathLib.join(dir, ...parts);
    const file = fs.existsSync(pathLib.join(base, '__main__.py')) ? pathLib.join(base, '__main__.py') : fs.existsSync(base + '.py') ? base + '.py' : null;
    if (file) {
      dictSetItem(g, N.__file__, newStr(file));
      P.setAttr(getRoot(Root.SysModule), intern('argv'), P.getAttr(getRoot(Root.SysModule), intern('argv')));
      const source = fs.readFileSync(file, 'utf8');
      registerSource(file, source);
      runCode(compileToCode(source, file, 'exec'), g, g);
      return;
    }
  }
  writeStderr(`${process.execPath}: No module named ${name}\n`);
  throw new ExitRequest(1);
}
class ExitRequest { constructor(readonly status: number) {} }

/**
 * The report of an uncaught exception (CPython's _PyErr_PrintEx): sys.excepthook(type,
 * value, tb), whose own failure is reported before the original exception. The builtin
 * hook's text goes straight to fd 2, as it always did (it cannot fail halfway).
 */
function reportUncaught(v: number): PyException | null {
  const sys = getRoot(Root.SysModule);
  const hook = P.getAttrOrNull(sys, intern('excepthook'));
  if (hook === NULL) {
    writeStderr(`sys.excepthook is missing\n${formatException(v)}`);
    return null;
  }
  if (hook === P.getAttrOrNull(sys, intern('__excepthook__'))) {
    try {
      writeStderr(formatException(v));
    } catch (inner) {
      writeStderr(`Error in sys.excepthook:\n${String(inner)}\n`);
    }
    return null;
  }
  try {
    callObject(hook, [P.typeOf(v), v, excField(v, E_TRACEBACK)], null);
  } catch (inner) {
    const pe = toPyException(inner);
    if (P.isInstance(pe.exc, exc.SystemExit)) return pe; // the hook decides the exit status
    pushRoot(pe.exc);
    writeStderr(`Error in sys.excepthook:\n${formatException(pe.exc)}\nOriginal exception was:\n${formatException(v)}`);
  }
  return null;
}

/** Exit status for an exception that reached the top (printing what CPython prints). */
export function handleUncaught(e: unknown): number {
  if (e instanceof ExitRequest) return e.status;
  let pe: PyException;
  try { pe = toPyException(e); } catch (inner) {
    writeStderr(`Fatal Python error: ${String(inner)}\n`);
    return 1;
  }
  const v = pe.exc;
  // Reporting runs Python code (__str__, __repr__, a code property): keep the exception,
  // and whatever it refers to, reachable meanwhile.
  const mark = rootMark();
  try {
    pushRoot(v);
    if (P.isInstance(v, exc.SystemExit)) {
      flushStdout();
      const code = P.getAttrOrNull(v, N.code);
      if (code === NULL || code === P.None) return 0;
      if (isIntLike(code)) { const n = intValue(code); return Number(BigInt.asIntN(32, BigInt(n))) & 0xff; }
      pushRoot(code);
      writeStderr(`${P.strJs(code)}\n`);
      return 1;
    }
    flushStdout();
    if (P.isInstance(v, exc.MemoryError)) {
      // The program's data is garbage now: make room to format the report.
      try { collectNow(); } catch { /* report anyway */ }
    }
    const hookExit = reportUncaught(v);
    if (hookExit !== null) return handleUncaught(hookExit);
    // CPython re-raises SIGINT after the traceback of an uncaught KeyboardInterrupt, so that
    // the parent sees a death by signal (status 130 in a shell).
    if (P.isInstance(v, exc.KeyboardInterrupt)) return EXIT_BY_SIGINT;
    return 1;
  } finally {
    rootRelease(mark);
  }
}

void REF_BASE; void StrType; void newTuple;
