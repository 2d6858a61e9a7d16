/**
 * Raising Python exceptions from TypeScript, and turning JS failures into Python ones.
 *
 * A raised exception travels as a JS `PyException` holding the exception object's
 * reference. No safepoint can occur while it unwinds through JS frames (unwinding runs no
 * Python code); every compiled `except`/`finally` stores the reference in a frame slot
 * before running Python code, so the exception stays reachable for the collector.
 */
import { NULL } from '../heap/memory';
import { HeapExhausted } from '../heap/allocator';
import { PyErrorSpec } from '../numeric/errors';
import { ts } from '../threads/threadState';

export class PyException {
  /** Shadow-stack fp of the last frame that added a traceback entry (-1: none yet). */
  lastFp = -1;
  /**
   * Set when the attribute lookup of a method call (rt.methodCall) failed: the calling
   * frame's entry then takes the position after the call's (the attribute's, LOAD_METHOD).
   */
  lookupFailed = false;
  /** When >= 0, the position entry of the calling frame's traceback entry (instead of its `ln`). */
  at = -1;
  constructor(public exc: number) {}
}

/** Installed by objects/exceptions.ts: build an exception instance of type `t` from a message. */
let makeException: (type: number, message: string | null) => number = () => NULL;
let recursionErrorType = 0, memoryErrorType = 0, systemErrorType = 0;
let spareMemoryError: () => number = () => NULL;
/** The preallocated MemoryError (objects/exceptions.ts), reset for another raise. */
export function setSpareMemoryError(f: () => number): void { spareMemoryError = f; }
/** Exception types by name (PyErrorSpec from the numeric algorithms), set with the factory. */
let typeByName: (name: string) => number = () => 0;
export function setExceptionTypesByName(f: (name: string) => number): void { typeByName = f; }
export function setExceptionFactory(
  f: (type: number, message: string | null) => number,
  recursionError: number, memoryError: number, systemError: number,
): void {
  makeException = f;
  recursionErrorType = recursionError;
  memoryErrorType = memoryError;
  systemErrorType = systemError;
}

/** Throw a new exception of type `t` (a type reference) with a message. */
export function raise(t: number, message: string | null = null): never {
  const e = makeException(t, message);
  onRaise(e);
  throw new PyException(e);
}
/** Throw an exception object (with implicit chaining, like raise()). */
export function raiseObject(e: number): never {
  onRaise(e);
  throw new PyException(e);
}
/** raise(), with the calling frame's traceback entry at position entry `at` (PyException.at). */
export function raiseAt(t: number, message: string | null, at: number): never {
  raiseWith(t, message, () => {}, at);
}
/** raise() after `init` has set attributes on the new exception (NameError.name, say); `at` as in raiseAt. */
export function raiseWith(t: number, message: string | null, init: (e: number) => void, at = -1): never {
  const e = makeException(t, message);
  init(e);
  onRaise(e);
  const pe = new PyException(e);
  pe.at = at;
  throw pe;
}
/**
 * CPython's _Py_EnterRecursiveCall: one more level of the thread's call depth (shared with
 * Python frames, which count themselves in their prologue) or RecursionError. The caller
 * decrements ts.depth when the level ends (try/finally). CPython counts native calls, repr,
 * str and rich comparisons this way, which is what bounds recursion that goes through them.
 */
export function enterRecursiveCall(where: string): void {
  if (ts.depth >= ts.recursionLimit) raise(recursionErrorType, `maximum recursion depth exceeded${where}`);
  ts.depth++;
}
/** Implicit exception chaining (__context__), installed by the runtime. */
let onRaise: (e: number) => void = () => {};
export function setOnRaise(f: (e: number) => void): void { onRaise = f; }

export function newException(t: number, message: string | null = null): PyException {
  return new PyException(makeException(t, message));
}

export const debugInternalErrors = !!process.env.PYRALLEL_DEBUG;

/** Convert anything thrown into a PyException (JS stack overflow -> RecursionError, ...). */
export function toPyException(e: unknown): PyException {
  if (e instanceof PyException) return e;
  if (e instanceof RangeError && /call stack|Invalid array length/.test(e.message)) {
    const ex = makeException(recursionErrorType, 'maximum recursion depth exceeded');
    onRaise(ex);
    return new PyException(ex);
  }
  if (e instanceof HeapExhausted) {
    // The heap is full: the new exception may not fit either; then the spare one is raised.
    let ex: number;
    try { ex = makeException(memoryErrorType, null); } catch (again) {
      if (!(again instanceof HeapExhausted)) throw again;
      ex = spareMemoryError();
    }
    return new PyException(ex);
  }
  if (e instanceof PyErrorSpec && typeByName(e.pyType)) {
    // A numeric algorithm's error that no caller converted: the Python exception it names.
    const ex = makeException(typeByName(e.pyType), e.message);
    onRaise(ex);
    return new PyException(ex);
  }
  if (debugInternalErrors) console.error('internal error:', e);
  const msg = e instanceof Error ? `internal error: ${e.message}` : `internal error: ${String(e)}`;
  return new PyException(makeException(systemErrorType, msg));
}
