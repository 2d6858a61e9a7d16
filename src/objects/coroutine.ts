/**
 * Coroutines and asynchronous generators (CPython's Objects/genobject.c, PEP 492 and 525).
 *
 * A coroutine (`async def` without yield) and an async generator (`async def` with yield) are
 * generator objects of their own types over the same heap frames and resume functions
 * (generator.ts). `await x` compiles to the delegation loop of `yield from` over x's
 * awaitable iterator (awaitIter), so a coroutine's send(None) runs until some awaitable deep
 * down yields, and its return value arrives as StopIteration.value.
 *
 * An async generator's items are produced through awaitables: __anext__()/asend() return an
 * async_generator_asend, athrow()/aclose() an async_generator_athrow. Driving one resumes the
 * generator; a suspension of an await inside passes through as the awaitable's own yield, an
 * item (`yield v`, marked by asyncGenWrap) ends the awaitable with StopIteration(v), and the
 * generator's end raises StopAsyncIteration.
 *
 * Heap layouts: coroutine and async_generator use the generator layout (Layout.Generator);
 * the helper awaitables are Layout.Values objects:
 *   coroutine_wrapper        [coroutine]
 *   async_generator_asend    [generator][value to send][state]
 *   async_generator_athrow   [generator][type][value][traceback][state]  (type NULL: aclose())
 *   anext_awaitable          [awaitable iterator][default]
 */
import { F, I32, REF_BASE, NULL } from '../heap/memory';
import { Layout, MAX_THREADS, CTRL_THREAD_HIGH, THREAD_BLOCKS, THREAD_BLOCK_BYTES, TB_UNAWAITED } from '../heap/layout';
import { registerBeforeSweep } from '../heap/collector';
import { writeStderr } from '../runtime/stdio';
import { allocObject } from '../heap/allocator';
import { defineBuiltinType } from './registry';
import { raise, PyException } from '../runtime/errors';
import { exc, excField, E_TRACEBACK } from './exceptions';
import { None, True, False, typeOf, isInstance, callDescr, typeName } from '../runtime/protocol';
import { typeLookup } from './typeobject';
import { N } from '../runtime/names';
import { newStr, jsString } from './str';
import { CodeFlag, codeFlags } from './function';
import { rootMark, pushRoot, rootRelease, afterCollectionHooks } from '../threads/threadState';
import { callObject } from '../runtime/call';
import {
  genResume, lastReturnValue, genClose, genSend, genThrow, normalizeThrown, stopIteration, setCoroutineTypeAddrs,
  isCoroutine, isGenerator, genCode, genFp, genFinished, runningWord, takeAsyncGenYielded, genPc, CORO_NEXT_UNAWAITED,
} from './generator';

export let CoroutineType = 0, AsyncGeneratorType = 0;
let coroutineAddr = -1, asyncGenAddr = -1, wrapperAddr = -1, asendAddr = -1, athrowAddr = -1, anextAddr = -1;

const valuesField = (o: number, k: number): number => F[((o - REF_BASE) >> 3) + 2 + k];
const setValuesField = (o: number, k: number, v: number): void => { F[((o - REF_BASE) >> 3) + 2 + k] = v; };
function newValues(typeAddr: number, values: number[]): number {
  const mark = rootMark();
  try {
    for (const v of values) pushRoot(v);
    const ref = allocObject(16 + 8 * values.length, typeAddr, Layout.Values);
    const a = ref - REF_BASE;
    I32[(a >> 2) + 2] = values.length;
    I32[(a >> 2) + 3] = 0;
    for (let i = 0; i < values.length; i++) F[(a >> 3) + 2 + i] = values[i];
    return ref;
  } finally { rootRelease(mark); }
}
const addr = (v: number): number => (v >= REF_BASE ? I32[(v - REF_BASE) >> 2] : -1);
const hex = (v: number): string => (v - REF_BASE).toString(16).padStart(12, '0');
const genQualname = (g: number): number => F[((g - REF_BASE) >> 3) + 3];
const boolOf = (b: boolean): number => (b ? True : False);

// ---- awaitables ------------------------------------------------------------------------------------
/** A generator made awaitable by types.coroutine (CO_ITERABLE_COROUTINE). */
function isIterableCoroutine(v: number): boolean {
  return isGenerator(v) && (codeFlags(genCode(v)) & CodeFlag.IterableCoroutine) !== 0;
}

/**
 * _PyCoro_GetAwaitableIter: a coroutine (or iterable coroutine) is its own iterator; other
 * objects give the iterator returned by their __await__. `what(v)` words the TypeError for
 * an object without __await__.
 */
function awaitableIter(v: number, what: (v: number) => string): number {
  if (isCoroutine(v) || isIterableCoroutine(v)) return v;
  const m = typeLookup(typeOf(v), N.__await__);
  if (m === NULL || m === None) raise(exc.TypeError, what(v));
  const it = callDescr(m, v, []);
  if (isCoroutine(it) || isIterableCoroutine(it)) raise(exc.TypeError, '__await__() returned a coroutine');
  if (typeLookup(typeOf(it), N.__next__) === NULL) raise(exc.TypeError, `__await__() returned non-iterator of type '${typeName(it)}'`);
  return it;
}

/** `await v` (GET_AWAITABLE). */
export function awaitIter(v: number): number {
  return awaitableIter(v, (x) => `object ${typeName(x)} can't be used in 'await' expression`);
}

/** `async for`: aiter(iterable) (GET_AITER). */
export function asyncForIter(v: number): number {
  const m = typeLookup(typeOf(v), N.__aiter__);
  if (m === NULL) raise(exc.TypeError, `'async for' requires an object with __aiter__ method, got ${typeName(v)}`);
  const it = callDescr(m, v, []);
  if (typeLookup(typeOf(it), N.__anext__) === NULL) {
    raise(exc.TypeError, `'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`);
  }
  return it;
}
/** `async for`: the awaitable iterator of the next item (GET_ANEXT). */
export function asyncForNext(it: number): number {
  const m = typeLookup(typeOf(it), N.__anext__);
  if (m === NULL) raise(exc.TypeError, `'async for' requires an iterator with __anext__ method, got ${typeName(it)}`);
  const aw = callDescr(m, it, []);
  return awaitableIter(aw, (x) => `'async for' received an invalid object from __anext__: ${typeName(x)}`);
}
/** Whether a JS exception is a Python StopAsyncIteration (the end of an async for). */
export function isStopAsyncIteration(e: unknown): boolean {
  return e instanceof PyException && isInstance(e.exc, exc.StopAsyncIteration);
}

/** `async with`: the bound check and __aexit__ (BEFORE_ASYNC_WITH). */
export function asyncWithExit(mgr: number): number {
  const t = typeOf(mgr);
  const enter = typeLookup(t, N.__aenter__);
  if (enter === NULL) raise(exc.TypeError, `'${typeName(mgr)}' object does not support the asynchronous context manager protocol`);
  const exit = typeLookup(t, N.__aexit__);
  if (exit === NULL) raise(exc.TypeError, `'${typeName(mgr)}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  return exit;
}
/** `async with`: the awaitable iterator of mgr.__aenter__(). */
export function asyncWithEnter(mgr: number): number {
  const r = callDescr(typeLookup(typeOf(mgr), N.__aenter__), mgr, []);
  return awaitableIter(r, (x) => `'async with' received an object from __aenter__ that does not implement __await__: ${typeName(x)}`);
}
/** `async with`: the awaitable iterator of mgr.__aexit__(type, value, tb) (e NULL: no exception). */
export function asyncWithExitCall(exit: number, mgr: number, e: number): number {
  const args = e === NULL ? [None, None, None] : [typeOf(e), e, excField(e, E_TRACEBACK)];
  const r = callDescr(exit, mgr, args);
  return awaitableIter(r, (x) => `'async with' received an object from __aexit__ that does not implement __await__: ${typeName(x)}`);
}

// ---- sending into any awaitable iterator ----------------------------------------------------------
/** it.send(v) (or next(it) for None), as the awaitables below forward their own send. */
function iterSend(it: number, v: number): number {
  if (isCoroutine(it) || isGenerator(it)) return genSend(it, v);
  if (v === None) {
    const m = typeLookup(typeOf(it), N.__next__);
    if (m === NULL) raise(exc.TypeError, `'${typeName(it)}' object is not an iterator`);
    return callDescr(m, it, []);
  }
  const m = typeLookup(typeOf(it), N.send);
  if (m === NULL) raise(exc.AttributeError, `'${typeName(it)}' object has no attribute 'send'`);
  return callDescr(m, it, [v]);
}
function iterThrow(it: number, typ: number, val: number, tb: number): number {
  if (isCoroutine(it) || isGenerator(it)) return genThrow(it, typ, val, tb);
  const m = typeLookup(typeOf(it), N.throw);
  if (m === NULL) throw new PyException(normalizeThrown(typ, val, tb));
  const args = [typ];
  if (val !== NULL) args.push(val);
  if (tb !== NULL) args.push(tb);
  return callDescr(m, it, args);
}
function iterClose(it: number): number {
  if (isCoroutine(it) || isGenerator(it)) return genClose(it);
  const m = typeLookup(typeOf(it), N.close);
  return m === NULL ? None : callDescr(m, it, []);
}

// ---- coroutine ---------------------------------------------------------------------------------
function coroRepr(g: number): number { return newStr(`<coroutine object ${jsString(genQualname(g))} at 0x${hex(g)}>`); }

defineBuiltinType({
  name: 'coroutine', layout: Layout.Generator, size: 56, flags: 0,
  setRef: (r) => { CoroutineType = r; coroutineAddr = r - REF_BASE; setCoroutineTypeAddrs(coroutineAddr, asyncGenAddr); },
  methods: [
    { name: 'send', sig: 'send(self, value, /)', fn: genSend, doc: "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration." },
    { name: 'throw', sig: 'throw(self, typ, val=None, tb=None, /)', fn: genThrow },
    { name: 'close', sig: 'close(self, /)', fn: genClose },
    { name: '__await__', sig: '__await__(self, /)', fn: (g: number) => newValues(wrapperAddr, [g]) },
    { name: '__repr__', sig: '__repr__(self, /)', fn: coroRepr },
  ],
  getsets: [
    { name: '__name__', get: (g: number) => F[((g - REF_BASE) >> 3) + 2] },
    { name: '__qualname__', get: (g: number) => genQualname(g) },
    { name: 'cr_running', get: (g: number) => boolOf(I32[runningWord(g)] !== 0) },
    { name: 'cr_frame', get: () => None },
    { name: 'cr_code', get: genCode },
    { name: 'cr_await', get: () => None },
    { name: 'cr_origin', get: () => None },
    { name: 'cr_suspended', get: (g: number) => boolOf(!genFinished(genFp(g)) && I32[runningWord(g)] === 0) },
  ],
});

// coro.__await__(): an iterator over the coroutine (for awaitables written in Python).
defineBuiltinType({
  name: 'coroutine_wrapper', layout: Layout.Values, flags: 0,
  setRef: (r) => { wrapperAddr = r - REF_BASE; },
  methods: [
    { name: '__iter__', sig: '__iter__(self, /)', fn: (w: number) => w },
    { name: '__next__', sig: '__next__(self, /)', fn: (w: number) => genSend(valuesField(w, 0), None) },
    { name: 'send', sig: 'send(self, value, /)', fn: (w: number, v: number) => genSend(valuesField(w, 0), v) },
    { name: 'throw', sig: 'throw(self, typ, val=None, tb=None, /)', fn: (w: number, t: number, v: number, tb: number) => genThrow(valuesField(w, 0), t, v, tb) },
    { name: 'close', sig: 'close(self, /)', fn: (w: number) => genClose(valuesField(w, 0)) },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (w: number) => newStr(`<coroutine_wrapper object at 0x${hex(w)}>`) },
  ],
});

// ---- async generator -----------------------------------------------------------------------------
// Bits of the generator's flags word (I32 at word 9) used by async generators.
const AG_CLOSED = 1 << 30, AG_RUNNING_ASYNC = 1 << 29;
const agFlagsWord = (g: number): number => ((g - REF_BASE) >> 2) + 9;
const agFlag = (g: number, bit: number): boolean => (I32[agFlagsWord(g)] & bit) !== 0;
function setAgFlag(g: number, bit: number, on: boolean): void {
  if (on) Atomics.or(I32, agFlagsWord(g), bit); else Atomics.and(I32, agFlagsWord(g), ~bit);
}

const enum AwaitState { Init = 0, Iter = 1, Closed = 2 }

/**
 * Resume the async generator once (async_gen_unwrap_value): an item ends the awaitable with
 * StopIteration(item), the generator's end with StopAsyncIteration; an await suspending
 * inside is passed through.
 */
function agenStep(g: number, mode: number, value: number, done: () => void): number {
  takeAsyncGenYielded();
  let r: number;
  try {
    r = genResume(g, mode, value);
  } catch (e) {
    if (e instanceof PyException && (isInstance(e.exc, exc.StopAsyncIteration) || isInstance(e.exc, exc.GeneratorExit))) setAgFlag(g, AG_CLOSED, true);
    setAgFlag(g, AG_RUNNING_ASYNC, false);
    done();
    throw e;
  }
  if (r === NULL) {
    lastReturnValue();
    setAgFlag(g, AG_CLOSED, true);
    setAgFlag(g, AG_RUNNING_ASYNC, false);
    done();
    raise(exc.StopAsyncIteration);
  }
  if (takeAsyncGenYielded()) {
    setAgFlag(g, AG_RUNNING_ASYNC, false);
    done();
    stopIteration(r);
  }
  return r;
}

// async_generator_asend: the awaitable of __anext__() and asend(value).
const ASEND_GEN = 0, ASEND_VALUE = 1, ASEND_STATE = 2;
function asendSend(o: number, v: number): number {
  const state = valuesField(o, ASEND_STATE);
  if (state === AwaitState.Closed) raise(exc.RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
  const g = valuesField(o, ASEND_GEN);
  let value = v;
  if (state === AwaitState.Init) {
    if (agFlag(g, AG_RUNNING_ASYNC)) raise(exc.RuntimeError, 'anext(): asynchronous generator is already running');
    if (v === None || v === NULL) value = valuesField(o, ASEND_VALUE);
    setValuesField(o, ASEND_STATE, AwaitState.Iter);
  }
  setAgFlag(g, AG_RUNNING_ASYNC, true);
  return agenStep(g, 0, value, () => setValuesField(o, ASEND_STATE, AwaitState.Closed));
}
function asendThrow(o: number, typ: number, val: number, tb: number): number {
  if (valuesField(o, ASEND_STATE) === AwaitState.Closed) raise(exc.RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
  const g = valuesField(o, ASEND_GEN);
  const e = normalizeThrown(typ, val, tb);
  setValuesField(o, ASEND_STATE, AwaitState.Iter);
  return agenStep(g, 1, e, () => setValuesField(o, ASEND_STATE, AwaitState.Closed));
}
function awaitableMethods(name: string, send: (o: number, v: number) => number, thr: (o: number, t: number, v: number, tb: number) => number, close: (o: number) => number) {
  return [
    { name: '__await__', sig: '__await__(self, /)', fn: (o: number) => o },
    { name: '__iter__', sig: '__iter__(self, /)', fn: (o: number) => o },
    { name: '__next__', sig: '__next__(self, /)', fn: (o: number) => send(o, None) },
    { name: 'send', sig: 'send(self, value, /)', fn: send },
    { name: 'throw', sig: 'throw(self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)', fn: thr },
    { name: 'close', sig: 'close(self, /)', fn: close },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (o: number) => newStr(`<${name} object at 0x${hex(o)}>`) },
  ];
}
defineBuiltinType({
  name: 'async_generator_asend', layout: Layout.Values, flags: 0,
  setRef: (r) => { asendAddr = r - REF_BASE; },
  methods: awaitableMethods('async_generator_asend', asendSend, asendThrow, (o) => { setValuesField(o, ASEND_STATE, AwaitState.Closed); return None; }),
});

// async_generator_athrow: the awaitable of athrow(...) and aclose().
const ATHROW_GEN = 0, ATHROW_TYPE = 1, ATHROW_VALUE = 2, ATHROW_TB = 3, ATHROW_STATE = 4;
function athrowSend(o: number, v: number): number {
  const state = valuesField(o, ATHROW_STATE);
  const closing = valuesField(o, ATHROW_TYPE) === NULL;
  if (state === AwaitState.Closed) raise(exc.RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
  const g = valuesField(o, ATHROW_GEN);
  const done = (): void => setValuesField(o, ATHROW_STATE, AwaitState.Closed);
  let mode = 0, value = v;
  if (state === AwaitState.Init) {
    if (agFlag(g, AG_RUNNING_ASYNC)) raise(exc.RuntimeError, closing ? 'aclose(): asynchronous generator is already running' : 'athrow(): asynchronous generator is already running');
    if (agFlag(g, AG_CLOSED) || genFinished(genFp(g))) { done(); raise(exc.StopIteration); }
    if (v !== None && v !== NULL) raise(exc.RuntimeError, "can't send non-None value to a just-started coroutine");
    setValuesField(o, ATHROW_STATE, AwaitState.Iter);
    mode = 1;
    if (closing) {
      setAgFlag(g, AG_CLOSED, true);
      value = callObject(exc.GeneratorExit, [], null);
    } else value = normalizeThrown(valuesField(o, ATHROW_TYPE), valuesField(o, ATHROW_VALUE), valuesField(o, ATHROW_TB));
  }
  setAgFlag(g, AG_RUNNING_ASYNC, true);
  return athrowStep(o, g, mode, value, closing, done);
}
function athrowStep(o: number, g: number, mode: number, value: number, closing: boolean, done: () => void): number {
  if (!closing) return agenStep(g, mode, value, done);
  // aclose(): the generator must finish; an item means it ignored GeneratorExit.
  takeAsyncGenYielded();
  let r: number;
  try {
    r = genResume(g, mode, value);
  } catch (e) {
    setAgFlag(g, AG_RUNNING_ASYNC, false);
    done();
    if (e instanceof PyException && (isInstance(e.exc, exc.StopAsyncIteration) || isInstance(e.exc, exc.GeneratorExit))) raise(exc.StopIteration);
    throw e;
  }
  if (r === NULL) { lastReturnValue(); setAgFlag(g, AG_RUNNING_ASYNC, false); done(); raise(exc.StopIteration); }
  if (takeAsyncGenYielded()) {
    setAgFlag(g, AG_RUNNING_ASYNC, false);
    done();
    raise(exc.RuntimeError, 'async generator ignored GeneratorExit');
  }
  void o;
  return r;
}
function athrowThrow(o: number, typ: number, val: number, tb: number): number {
  if (valuesField(o, ATHROW_STATE) === AwaitState.Closed) raise(exc.RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
  const g = valuesField(o, ATHROW_GEN);
  const closing = valuesField(o, ATHROW_TYPE) === NULL;
  setValuesField(o, ATHROW_STATE, AwaitState.Iter);
  return athrowStep(o, g, 1, normalizeThrown(typ, val, tb), closing, () => setValuesField(o, ATHROW_STATE, AwaitState.Closed));
}
defineBuiltinType({
  name: 'async_generator_athrow', layout: Layout.Values, flags: 0,
  setRef: (r) => { athrowAddr = r - REF_BASE; },
  methods: awaitableMethods('async_generator_athrow', athrowSend, athrowThrow, (o) => { setValuesField(o, ATHROW_STATE, AwaitState.Closed); return None; }),
});

function agenRepr(g: number): number { return newStr(`<async_generator object ${jsString(genQualname(g))} at 0x${hex(g)}>`); }
defineBuiltinType({
  name: 'async_generator', layout: Layout.Generator, size: 48, flags: 0,
  setRef: (r) => { AsyncGeneratorType = r; asyncGenAddr = r - REF_BASE; setCoroutineTypeAddrs(coroutineAddr, asyncGenAddr); },
  methods: [
    { name: '__aiter__', sig: '__aiter__(self, /)', fn: (g: number) => g },
    { name: '__anext__', sig: '__anext__(self, /)', fn: (g: number) => newValues(asendAddr, [g, None, AwaitState.Init]) },
    { name: 'asend', sig: 'asend(self, value, /)', fn: (g: number, v: number) => newValues(asendAddr, [g, v, AwaitState.Init]) },
    { name: 'athrow', sig: 'athrow(self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)', fn: (g: number, t: number, v: number, tb: number) => newValues(athrowAddr, [g, t, v, tb, AwaitState.Init]) },
    { name: 'aclose', sig: 'aclose(self, /)', fn: (g: number) => newValues(athrowAddr, [g, NULL, NULL, NULL, AwaitState.Init]) },
    { name: '__repr__', sig: '__repr__(self, /)', fn: agenRepr },
  ],
  getsets: [
    { name: '__name__', get: (g: number) => F[((g - REF_BASE) >> 3) + 2] },
    { name: '__qualname__', get: (g: number) => genQualname(g) },
    { name: 'ag_running', get: (g: number) => boolOf(agFlag(g, AG_RUNNING_ASYNC)) },
    { name: 'ag_frame', get: () => None },
    { name: 'ag_code', get: genCode },
    { name: 'ag_await', get: () => None },
  ],
});

// ---- aiter() and anext() ---------------------------------------------------------------------------
export function aiter(v: number): number {
  const m = typeLookup(typeOf(v), N.__aiter__);
  if (m === NULL) raise(exc.TypeError, `'${typeName(v)}' object is not an async iterable`);
  const it = callDescr(m, v, []);
  if (typeLookup(typeOf(it), N.__anext__) === NULL) raise(exc.TypeError, `aiter() returned not an async iterator of type '${typeName(it)}'`);
  return it;
}

// anext_awaitable: anext(it, default) turns the end of the iteration into `default`.
function anextIter(o: number): number {
  let it = valuesField(o, 0);
  if (isCoroutine(it) || isIterableCoroutine(it) || addr(it) === asendAddr || typeLookup(typeOf(it), N.__next__) !== NULL) return it;
  it = awaitableIter(it, (x) => `'${typeName(x)}' object can't be awaited`);
  setValuesField(o, 0, it);
  return it;
}
function anextProxy(o: number, step: (it: number) => number): number {
  try { return step(anextIter(o)); } catch (e) {
    if (e instanceof PyException && isInstance(e.exc, exc.StopAsyncIteration)) stopIteration(valuesField(o, 1));
    throw e;
  }
}
defineBuiltinType({
  name: 'anext_awaitable', layout: Layout.Values, flags: 0,
  setRef: (r) => { anextAddr = r - REF_BASE; },
  methods: awaitableMethods('anext_awaitable',
    (o, v) => anextProxy(o, (it) => iterSend(it, v)),
    (o, t, v, tb) => anextProxy(o, (it) => iterThrow(it, t, v, tb)),
    (o) => iterClose(anextIter(o))),
});

export function anext(it: number, dflt: number): number {
  const m = typeLookup(typeOf(it), N.__anext__);
  if (m === NULL) raise(exc.TypeError, `'${typeName(it)}' object is not an async iterator`);
  const aw = callDescr(m, it, []);
  if (dflt === NULL) return aw;
  return newValues(anextAddr, [aw, dflt]);
}


// ---- "coroutine ... was never awaited" ---------------------------------------------------------
// CPython warns (RuntimeWarning, to stderr) when a coroutine that never started is destroyed:
// at once, by reference counting, located at the line running then. Our collector finds such
// a coroutine only at the next collection (or at exit), when that line is long gone, so the
// warning takes the form CPython itself uses when no Python frame is running (at exit):
// `sys:1: RuntimeWarning: coroutine 'f' was never awaited`, once per message, as the default
// warnings filter shows it. Which coroutines are reported does not depend on when collections
// happen: every one never started, whether it died before the end or lives to it.
//
// Each thread block holds a list (TB_UNAWAITED, linked through CORO_NEXT_UNAWAITED) of the
// coroutines its threads made: pushed at creation by the owning thread only; walked, with
// every thread stopped, by each collection before it sweeps (unlinking the started ones and
// reporting and unlinking the dead ones, still readable then) and by the exit report.
const warnedUnawaited = new Set<string>();
let pendingUnawaited: string[] = [];

function neverStarted(a: number): boolean {
  const fp = genFp(a + REF_BASE);
  return !genFinished(fp) && genPc(fp) === 0 && I32[runningWord(a + REF_BASE)] === 0;
}
function noteUnawaited(a: number): void {
  const msg = `sys:1: RuntimeWarning: coroutine '${jsString(genQualname(a + REF_BASE))}' was never awaited\n`;
  if (!warnedUnawaited.has(msg)) { warnedUnawaited.add(msg); pendingUnawaited.push(msg); }
}
/** Walk every thread block's list; `keep(a)` false unlinks coroutine a. */
function walkUnawaited(keep: (a: number) => boolean): void {
  const high = Math.min(MAX_THREADS, I32[CTRL_THREAD_HIGH >> 2]);
  for (let t = 0; t < high; t++) {
    let link = (THREAD_BLOCKS + t * THREAD_BLOCK_BYTES + TB_UNAWAITED) >> 3;
    for (let a = F[link]; a !== 0; a = F[link]) {
      if (keep(a)) link = (a >> 3) + CORO_NEXT_UNAWAITED;
      else F[link] = F[(a >> 3) + CORO_NEXT_UNAWAITED];
    }
  }
}
registerBeforeSweep((isLive) => walkUnawaited((a) => {
  if (!neverStarted(a)) return false;
  if (isLive(a)) return true;
  noteUnawaited(a);
  return false;
}));
afterCollectionHooks.push(() => { if (pendingUnawaited.length) flushUnawaited(); });
function flushUnawaited(): void {
  const msgs = pendingUnawaited;
  pendingUnawaited = [];
  for (const m of msgs) writeStderr(m);
}
/**
 * At exit: report the never-started coroutines still on the lists (alive or not yet swept),
 * oldest first (a list is newest first).
 */
export function reportUnawaitedAtExit(): void {
  const found: number[] = [];
  walkUnawaited((a) => { if (neverStarted(a)) found.push(a); return false; });
  for (let i = found.length - 1; i >= 0; i--) noteUnawaited(found[i]);
  flushUnawaited();
}
