/**
 * Generators (and the frames they own).
 *
 * frame:     [header][i32 slot count, i32 pc][i32 line, i32 finished][slots...]
 *            (Layout.Frame; fp = F index of slot 0; every slot is traced)
 * generator: [header][frame][name][qualname][i32 running, i32 flags][handled exception]
 *            [byte address of the next generator on its thread's list to finalize] (not
 *            traced; see generatorFinalizer.ts)
 * coroutine: the same, the link in the list of never-started coroutines (coroutine.ts,
 *            "never awaited"); an async generator stops after the handled exception
 *
 * The frame lives in the heap, not on a thread's stack, so a generator made on one thread
 * can be resumed on another: the resume function is found through the code object of the
 * function in slot 0, compiled per worker like any code.
 * Invariant: `running` is set while some thread executes the generator; a second thread
 * (or a recursive call) resuming it gets ValueError, as in CPython.
 * The handled exception (sys.exception() inside an except block) belongs to the generator,
 * as CPython's gi_exc_state does: genResume puts the generator's own (NULL when none) in the
 * thread's TB_EXC word for the run and saves it back when the generator suspends, so a
 * handler that yields neither leaks its exception to the caller nor loses it; the caller's
 * stays visible through ts.excOuter (threadState.topHandled).
 *
 * Coroutines and async generators (coroutine.ts) are generator objects of other types over
 * the same frames and resume machinery; `yield v` in an async generator marks its value as
 * yielded (asyncGenWrap) so that the awaitables driving it can tell a produced item from an
 * await that suspended.
 */
import { I32, F, REF_BASE, NULL } from '../heap/memory';
import { Layout, TB_EXC, TB_UNAWAITED, TB_GENERATORS } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { registerTracer, visitRange } from '../heap/collector';
import { defineBuiltinType } from './registry';
import { raise, PyException } from '../runtime/errors';
import { exc, excField, E_TRACEBACK } from './exceptions';
import { None, typeOf, isInstance, callDescr, typeName } from '../runtime/protocol';
import { typeLookup, isSubtype, TypeType } from './typeobject';
import { N } from '../runtime/names';
import { newStr, jsString } from './str';
import { FN_CODE, FN_NAME, FN_QUALNAME, fnField } from './function';
import { compiledFor } from '../runtime/codeCache';
import { ts, rootMark, pushRoot, rootRelease } from '../threads/threadState';
import { getIter, iterNext, setGeneratorNext } from '../runtime/iteration';
import { callObject } from '../runtime/call';
import { CodeFlag, codeFlags } from './function';

export let GeneratorType = 0;
let generatorTypeAddr = 0;
let frameTypeAddr = 0;

registerTracer(Layout.Frame, (a, visit) => visitRange((a >> 3) + 3, I32[(a >> 2) + 2], visit));
registerTracer(Layout.Generator, (a, visit) => { visitRange((a >> 3) + 1, 3, visit); visit(F[(a >> 3) + GEN_EXC]); });
/** F offset of a generator's saved handled exception (NULL: none). */
const GEN_EXC = 5;
/**
 * F offset of the link in a thread block's list (not traced): a coroutine's in the list of
 * never-started coroutines, a plain generator's in the list of generators to finalize.
 */
export const GEN_NEXT = 6;
export const CORO_NEXT_UNAWAITED = GEN_NEXT;
/** I32 offset of the flags word; GEN_PENDING_CLOSE there: found dead while suspended. */
export const GEN_FLAGS_WORD = 9;
export const GEN_PENDING_CLOSE = 1 << 30;

const frameWord = (fp: number) => (fp - 3) * 2; // I32 index of the frame's header word 0

export function genNewFrame(nslots: number, fn: number, line: number): number {
  const ref = allocObject(24 + 8 * nslots, frameTypeAddr, Layout.Frame);
  const a = ref - REF_BASE;
  I32[(a >> 2) + 2] = nslots;
  I32[(a >> 2) + 3] = 0;
  I32[(a >> 2) + 4] = line;
  I32[(a >> 2) + 5] = 0;
  const fp = (a >> 3) + 3;
  F.fill(NULL, fp, fp + nslots);
  F[fp] = fn;
  return fp;
}
export function genPc(fp: number): number { return I32[frameWord(fp) + 3]; }
export function genLine(fp: number): number { return I32[frameWord(fp) + 4]; }
export function genSaveLine(fp: number, ln: number): void { I32[frameWord(fp) + 4] = ln; }
export function genSuspend(fp: number, pc: number): void { I32[frameWord(fp) + 3] = pc; }
export function genFinished(fp: number): boolean { return I32[frameWord(fp) + 5] !== 0; }
let returnValue = NULL;
/** The generator returned: mark it finished; the value becomes StopIteration.value. */
export function genReturn(fp: number, v: number): number {
  I32[frameWord(fp) + 5] = 1;
  returnValue = v;
  return NULL;
}
export function genAbort(fp: number, _ln: number): void { I32[frameWord(fp) + 5] = 1; }
/** An exception thrown in at a yield: the generator's handled exception is its context. */
export function genThrowIn(e: number): never {
  chainThrownIn(e);
  const pe = new PyException(e);
  throw pe;
}
let chainThrownIn: (e: number) => void = () => { throw new Error('unset'); };
/** Set by runtime/rt.ts: implicit chaining with the running frame's own handled exception. */
export function setThrowInChaining(f: (e: number) => void): void { chainThrownIn = f; }

let coroutineTypeAddr = -1, asyncGenTypeAddr = -1;
/** Set by coroutine.ts: the types of coroutine and async generator objects. */
export function setCoroutineTypeAddrs(coroutine: number, asyncGen: number): void { coroutineTypeAddr = coroutine; asyncGenTypeAddr = asyncGen; }

export function newGenerator(fn: number, fp: number, _resume: unknown, flags: number): number {
  const t = flags & CodeFlag.Coroutine ? coroutineTypeAddr : flags & CodeFlag.AsyncGenerator ? asyncGenTypeAddr : generatorTypeAddr;
  const coroutine = t === coroutineTypeAddr;
  const plain = t === generatorTypeAddr && (flags & CodeFlag.YieldInHandler) !== 0;
  const ref = allocObject(coroutine || plain ? 56 : 48, t, Layout.Generator);
  // Only generators whose close() can run code are watched (CodeFlag.YieldInHandler).
  const f = (ref - REF_BASE) >> 3;
  F[f + GEN_EXC] = NULL;
  if (coroutine || plain) {
    // Pushed on this thread's list of never-started coroutines, or of generators to close
    // when they die suspended (generatorFinalizer.ts); only this thread writes the head, and
    // the collector, with this thread stopped, unlinks the ones that need no more watching.
    const head = (ts.tb + (coroutine ? TB_UNAWAITED : TB_GENERATORS)) >> 3;
    F[f + GEN_NEXT] = F[head];
    F[head] = ref - REF_BASE;
  }
  F[f + 1] = fp * 8 - 24 + REF_BASE; // the frame object reference
  F[f + 2] = fnField(fn, FN_NAME);
  F[f + 3] = fnField(fn, FN_QUALNAME);
  I32[((ref - REF_BASE) >> 2) + 8] = 0;
  I32[((ref - REF_BASE) >> 2) + GEN_FLAGS_WORD] = flags;
  return ref;
}
/** Attach the resume function to the entry function (per worker). */
export function generatorEntry(entry: { resume?: unknown }, resume: unknown): unknown { entry.resume = resume; return entry; }

export const genFp = (g: number) => ((F[((g - REF_BASE) >> 3) + 1] - REF_BASE) >> 3) + 3;
export const runningWord = (g: number) => ((g - REF_BASE) >> 2) + 8;
export function isGenerator(v: number): boolean { return v >= REF_BASE && I32[(v - REF_BASE) >> 2] === generatorTypeAddr; }
export function isCoroutine(v: number): boolean { return v >= REF_BASE && I32[(v - REF_BASE) >> 2] === coroutineTypeAddr; }
export function isAsyncGenerator(v: number): boolean { return v >= REF_BASE && I32[(v - REF_BASE) >> 2] === asyncGenTypeAddr; }
/** Any object driven by genResume: generator, coroutine or async generator. */
export function isGenLike(v: number): boolean {
  if (v < REF_BASE) return false;
  const t = I32[(v - REF_BASE) >> 2];
  return t === generatorTypeAddr || t === coroutineTypeAddr || t === asyncGenTypeAddr;
}
function kindName(g: number): string {
  const t = I32[(g - REF_BASE) >> 2];
  return t === coroutineTypeAddr ? 'coroutine' : t === asyncGenTypeAddr ? 'async generator' : 'generator';
}
/** The code object of a generator-like object's function. */
export function genCode(g: number): number { return fnField(F[genFp(g)], FN_CODE); }

// ---- values yielded by async generators -----------------------------------------------------
let asyncGenYielded = false;
/** `yield v` in an async generator: v is an item of the iteration, not an await suspending. */
export function asyncGenWrap(v: number): number { asyncGenYielded = true; return v; }
/** Whether the last resume of an async generator ended in `yield` (read once). */
export function takeAsyncGenYielded(): boolean { const y = asyncGenYielded; asyncGenYielded = false; return y; }

type Resume = (fp: number, mode: number, sent: number) => number;

/**
 * Run the generator one step. mode 0: send `value`; mode 1: throw exception `value` in.
 * Returns the yielded value, or NULL when the generator finished (the return value is
 * then in lastReturnValue()).
 */
export function genResume(g: number, mode: number, value: number): number {
  const fp = genFp(g);
  if (genFinished(fp)) {
    if (isCoroutine(g)) raise(exc.RuntimeError, 'cannot reuse already awaited coroutine');
    if (mode === 1) throw new PyException(value);
    returnValue = None;
    return NULL;
  }
  if (Atomics.compareExchange(I32, runningWord(g), 0, 1) !== 0) raise(exc.ValueError, `${kindName(g)} already executing`);
  if (genPc(fp) === 0 && mode === 0 && value !== None) {
    Atomics.store(I32, runningWord(g), 0);
    raise(exc.TypeError, `can't send non-None value to a just-started ${kindName(g)}`);
  }
  const resume = (compiledFor(fnField(F[fp], FN_CODE)) as unknown as { resume: Resume }).resume;
  const mark = rootMark();
  pushRoot(g);
  pushRoot(value);
  if (ts.depth >= ts.recursionLimit) { Atomics.store(I32, runningWord(g), 0); rootRelease(mark); raise(exc.RecursionError, 'maximum recursion depth exceeded'); }
  ts.depth++;
  // Swap in the generator's handled exception; the caller's is kept (rooted) until it ends.
  const excWord = (ts.tb + TB_EXC) >> 3, genExc = ((g - REF_BASE) >> 3) + GEN_EXC;
  const callerExc = F[excWord], outerExc = ts.excOuter;
  if (callerExc !== NULL) { pushRoot(callerExc); ts.excOuter = callerExc; }
  F[excWord] = F[genExc];
  try {
    const r = resume(fp, mode, value);
    if (genFinished(fp)) return NULL;
    return r;
  } catch (e) {
    I32[frameWord(fp) + 5] = 1;
    if (e instanceof PyException && isInstance(e.exc, exc.StopIteration)) {
      // PEP 479: StopIteration raised inside a generator becomes RuntimeError.
      throw makeRuntimeError(`${kindName(g)} raised StopIteration`, e.exc);
    }
    if (e instanceof PyException && isInstance(e.exc, exc.StopAsyncIteration) && isAsyncGenerator(g)) {
      throw makeRuntimeError('async generator raised StopAsyncIteration', e.exc);
    }
    throw e;
  } finally {
    // What the generator handles when it suspends (its handlers restore NULL before it ends).
    F[genExc] = F[excWord];
    F[excWord] = callerExc;
    ts.excOuter = outerExc;
    ts.depth--;
    rootRelease(mark);
    Atomics.store(I32, runningWord(g), 0);
  }
}
export function lastReturnValue(): number { const v = returnValue; returnValue = NULL; return v === NULL ? None : v; }

let makeRuntimeError: (msg: string, cause: number) => PyException = () => { throw new Error('unset'); };
export function setGeneratorErrorFactory(f: (msg: string, cause: number) => PyException): void { makeRuntimeError = f; }

export function stopIteration(value: number): never {
  if (value === None) raise(exc.StopIteration);
  throw stopIterationWith(value);
}
let stopIterationWith: (v: number) => PyException = () => { throw new Error('unset'); };
export function setStopIterationFactory(f: (v: number) => PyException): void { stopIterationWith = f; }

/** next(g) for a loop: the value, or NULL when g ends (its return value dropped). */
function genNextOrNull(g: number): number {
  const r = genResume(g, 0, None);
  if (r === NULL) lastReturnValue();
  return r;
}

export function genSend(g: number, v: number): number {
  const r = genResume(g, 0, v);
  if (r === NULL) stopIteration(lastReturnValue());
  return r;
}

/** generator.throw(typ[, val[, tb]]) */
export function genThrow(g: number, typ: number, val: number, tb: number): number {
  const e = normalizeThrown(typ, val, tb);
  const r = genResume(g, 1, e);
  if (r === NULL) stopIteration(lastReturnValue());
  return r;
}
export function normalizeThrown(typ: number, val: number, tb: number): number {
  let e: number;
  if (isInstance(typ, TypeType) && isSubtype(typ, exc.BaseException)) {
    e = val === NULL || val === None ? callObject(typ, [], null) : isInstance(val, typ) ? val : callObject(typ, [val], null);
  } else if (isInstance(typ, exc.BaseException)) {
    if (val !== NULL && val !== None) raise(exc.TypeError, 'instance exception may not have a separate value');
    e = typ;
  } else raise(exc.TypeError, `exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`);
  if (tb !== NULL && tb !== None) F[((e - REF_BASE) >> 3) + E_TRACEBACK] = tb;
  void excField;
  return e;
}

export function genClose(g: number): number {
  const fp = genFp(g);
  if (genFinished(fp)) return None;
  if (genPc(fp) === 0) { I32[frameWord(fp) + 5] = 1; return None; }
  const ge = callObject(exc.GeneratorExit, [], null);
  try {
    const r = genResume(g, 1, ge);
    if (r !== NULL) raise(exc.RuntimeError, `${kindName(g)} ignored GeneratorExit`);
  } catch (e) {
    if (e instanceof PyException && (isInstance(e.exc, exc.GeneratorExit) || isInstance(e.exc, exc.StopIteration))) return None;
    throw e;
  }
  lastReturnValue();
  return None;
}

// ---- yield from ---------------------------------------------------------------------------
let yieldFromValue = NULL;
export function yieldFromIter(v: number, fp: number): number {
  if (isCoroutine(v) && !(codeFlags(fnField(F[fp], FN_CODE)) & (CodeFlag.Coroutine | CodeFlag.IterableCoroutine))) {
    raise(exc.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
  }
  return isGenerator(v) ? v : getIter(v);
}
/** One delegation step: the yielded value, or NULL when the sub-iterator finished. */
export function yieldFromStep(it: number, sent: number, mode: number): number {
  if (isGenerator(it) || isCoroutine(it)) {
    const r = genResume(it, mode, sent);
    if (r === NULL) { yieldFromValue = lastReturnValue(); return NULL; }
    return r;
  }
  try {
    if (mode === 1) {
      const m = typeLookup(typeOf(it), N.throw);
      if (m === NULL) throw new PyException(sent);
      return callDescr(m, it, [sent]);
    }
    if (sent === None) {
      // __next__ itself: its StopIteration carries the return value (awaitables, PEP 380).
      const m = typeLookup(typeOf(it), N.__next__);
      if (m === NULL) raise(exc.TypeError, `'${typeName(it)}' object is not an iterator`);
      return callDescr(m, it, []);
    }
    const m = typeLookup(typeOf(it), N.send);
    if (m === NULL) raise(exc.AttributeError, `'${typeName(it)}' object has no attribute 'send'`);
    return callDescr(m, it, [sent]);
  } catch (e) {
    if (e instanceof PyException && isInstance(e.exc, exc.StopIteration)) {
      yieldFromValue = stopIterationValue(e.exc);
      return NULL;
    }
    throw e;
  }
}
export function yieldFromResult(): number { const v = yieldFromValue; yieldFromValue = NULL; return v === NULL ? None : v; }
let stopIterationValue: (e: number) => number = () => None;
export function setStopIterationValueHook(f: (e: number) => number): void { stopIterationValue = f; }

export function genRepr(g: number): number {
  return newStr(`<generator object ${jsString(F[((g - REF_BASE) >> 3) + 3])} at 0x${(g - REF_BASE).toString(16).padStart(12, '0')}>`);
}

defineBuiltinType({ name: 'frame_block', layout: Layout.Frame, flags: 0, setRef: (r) => { frameTypeAddr = r - REF_BASE; } });
defineBuiltinType({
  name: 'generator', layout: Layout.Generator, size: 48, flags: 0,
  setRef: (r) => { GeneratorType = r; generatorTypeAddr = r - REF_BASE; setGeneratorNext(generatorTypeAddr, genNextOrNull); },
  methods: [
    { name: '__iter__', sig: '__iter__(self, /)', fn: (g: number) => g },
    { name: '__next__', sig: '__next__(self, /)', fn: (g: number) => genSend(g, None) },
    { name: 'send', sig: 'send(self, value, /)', fn: genSend },
    { name: 'throw', sig: 'throw(self, typ, val=None, tb=None, /)', fn: genThrow },
    { name: 'close', sig: 'close(self, /)', fn: genClose },
    { name: '__repr__', sig: '__repr__(self, /)', fn: genRepr },
  ],
  getsets: [
    { name: '__name__', get: (g: number) => F[((g - REF_BASE) >> 3) + 2] },
    { name: '__qualname__', get: (g: number) => F[((g - REF_BASE) >> 3) + 3] },
    { name: 'gi_running', get: (g: number) => I32[runningWord(g)] !== 0 ? trueHook() : falseHook() },
    { name: 'gi_frame', get: (g: number) => genFinished(genFp(g)) ? None : None },
    { name: 'gi_code', get: genCode },
    { name: 'gi_yieldfrom', get: () => None },
  ],
});
let trueHook = () => None, falseHook = () => None;
export function setGeneratorBoolHooks(t: () => number, f: () => number): void { trueHook = t; falseHook = f; }

/** next() fast path used by the iteration protocol. */
export function generatorNext(g: number): number {
  const r = genResume(g, 0, None);
  if (r === NULL) { lastReturnValue(); return NULL; }
  return r;
}
