/**
 * Call-site caches for `f(a, b, c)` in compiled code (and for the callee of a method-call
 * site that found a plain callable, such as a module's function): how the callee seen last
 * is entered, so that the next call of a like callee skips the general dispatch.
 *
 * The test is on the callee's contents, not its identity:
 *   - a Python function: its code object (the compiled JS depends on the code only, and
 *     takes the function itself as first argument), which also notices `f.__code__ = ...`;
 *     in the collection epoch of the fill, because a collected code object's address can
 *     be reused by another code object;
 *   - a builtin function or bound builtin method: its native index and kind (natives never
 *     change; a bound one's self is read from the object at each call).
 * A cache is a JS object of one worker (never shared).
 *
 * Compiled code tests the cache itself before calling the runtime (codegen `cachedCall`):
 * the callee's type word and the two words after its header (a function's code address, a
 * builtin's index and kind words) against `t`, `i`, `k`, in the collection epoch `epoch`
 * (a code object's address can be reused once it is collected), then calls `direct` with
 * the callee first: the code's JS for a function, objectEntry's for a builtin. That call
 * site is in the caller's own JS, so V8 sees one target there and can inline it; through
 * callCached every site shares one megamorphic call.
 */
import { I32, F, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { FN_CODE, functionTypeAddress, takesExactly } from '../objects/function';
import { nativeIndex, nativeKind, NativeKind } from '../objects/typeobject';
import { natives } from './natives';
import { nativeEntry, NativeEntry, callObject, fixedArgs, objectEntry, methodEntry, callFunctionWithSelf, callNativeExplicitFixed } from './call';
import { ts } from '../threads/threadState';
import { compiledFor, CompiledFunction } from './codeCache';

export class CallCache {
  /** Python callee: its code object (NULL: none) and that code's JS. */
  code = NULL;
  js: CompiledFunction | null = null;
  /** Native callee: the index and kind words of the builtin object (-1: none) and its entry. */
  index = -1;
  kindWord = -1;
  bound = false;
  entry: NativeEntry | null = null;
  /** What compiled code tests and calls (see above); t = -1 matches no callee. */
  t = -1;
  i = 0;
  k = 0;
  epoch = -1;
  // (callWithSelf's caches call it with self after the callee: direct(f, self, a, b, c))
  direct: ((...args: number[]) => number) | null = null;
}
export function newCallCache(): CallCache { return new CallCache(); }

/** f(a, b, c) with argc <= 3 positional arguments (unused ones NULL). */
export function callCached(f: number, ic: CallCache, argc: number, a: number, b: number, c: number): number {
  if (f >= REF_BASE) {
    const w = (f - REF_BASE) >> 2;
    if (I32[w] === functionTypeAddress()) {
      if (F[((f - REF_BASE) >> 3) + FN_CODE] === ic.code && ic.epoch === ts.gcEpoch) {
        switch (argc) {
          case 0: return ic.js!(f);
          case 1: return ic.js!(f, a);
          case 2: return ic.js!(f, a, b);
          default: return ic.js!(f, a, b, c);
        }
      }
    } else if (I32[w + 2] === ic.index && I32[w + 3] === ic.kindWord && (I32[w + 1] & 0xff) === Layout.Builtin) {
      // Natives are never collected: a new epoch only renews compiled code's test.
      ic.epoch = ts.gcEpoch;
      return ic.entry!(ic.bound ? F[((f - REF_BASE) >> 3) + 2] : NULL, a, b, c);
    }
  }
  return callAndFill(f, ic, argc, a, b, c);
}
export function call0(f: number, ic: CallCache): number { return callCached(f, ic, 0, NULL, NULL, NULL); }
export function call1(f: number, ic: CallCache, a: number): number { return callCached(f, ic, 1, a, NULL, NULL); }
export function call2(f: number, ic: CallCache, a: number, b: number): number { return callCached(f, ic, 2, a, b, NULL); }
export function call3(f: number, ic: CallCache, a: number, b: number, c: number): number { return callCached(f, ic, 3, a, b, c); }

function fillDirect(ic: CallCache, w: number, direct: (...args: number[]) => number): void {
  ic.t = I32[w]; ic.i = I32[w + 2]; ic.k = I32[w + 3]; ic.epoch = ts.gcEpoch;
  ic.direct = direct;
}

/** Record how f is entered with argc arguments (when it needs no binding), then call it. */
function callAndFill(f: number, ic: CallCache, argc: number, a: number, b: number, c: number): number {
  if (f >= REF_BASE) {
    const w = (f - REF_BASE) >> 2;
    const layout = I32[w + 1] & 0xff;
    if (layout === Layout.Function && I32[w] === functionTypeAddress()) {
      const code = F[((f - REF_BASE) >> 3) + FN_CODE];
      if (takesExactly(code, argc)) {
        ic.js = compiledFor(code);
        ic.code = code;
        fillDirect(ic, w, ic.js);
        return callCached(f, ic, argc, a, b, c);
      }
    } else if (layout === Layout.Builtin) {
      const kind = nativeKind(f);
      if (kind === NativeKind.Function || kind === NativeKind.Bound) {
        const entry = nativeEntry(natives[nativeIndex(f)], kind === NativeKind.Bound, argc);
        if (entry !== null) {
          ic.entry = entry; ic.bound = kind === NativeKind.Bound;
          ic.index = I32[w + 2]; ic.kindWord = I32[w + 3];
          fillDirect(ic, w, objectEntry(natives[nativeIndex(f)], ic.bound, argc, entry));
          return entry(ic.bound ? F[((f - REF_BASE) >> 3) + 2] : NULL, a, b, c);
        }
      }
    }
  }
  return callObject(f, fixedArgs(argc, a, b, c), null);
}

/**
 * m(a, b, c) for a method local that holds an unbound method (compiler/methodLocals.ts):
 * `f` is what loadMethod returned, a Python function or a native method descriptor, and
 * `self` the object it was looked up on. Compiled code tests the cache as for cachedCall
 * (codegen methodLocalCall) and calls `direct(f, self, a, b, c)`; this fills it.
 */
export function callWithSelf(f: number, self: number, ic: CallCache, argc: number, a: number, b: number, c: number): number {
  const w = (f - REF_BASE) >> 2;
  if (I32[w] === functionTypeAddress()) {
    const code = F[((f - REF_BASE) >> 3) + FN_CODE];
    if (takesExactly(code, argc + 1)) {
      const js = compiledFor(code);
      fillDirect(ic, w, js);
      return js(f, self, a, b, c);
    }
    return callFunctionWithSelf(f, self, fixedArgs(argc, a, b, c), null);
  }
  // A method descriptor: loadMethod returns nothing else with a self.
  const spec = natives[nativeIndex(f)];
  const entry = nativeEntry(spec, true, argc);
  if (entry === null) return callNativeExplicitFixed(spec, self, argc, a, b, c);
  fillDirect(ic, w, methodEntry(spec, argc, entry));
  return entry(self, a, b, c);
}
export function callWithSelf0(f: number, self: number, ic: CallCache): number { return callWithSelf(f, self, ic, 0, NULL, NULL, NULL); }
export function callWithSelf1(f: number, self: number, ic: CallCache, a: number): number { return callWithSelf(f, self, ic, 1, a, NULL, NULL); }
export function callWithSelf2(f: number, self: number, ic: CallCache, a: number, b: number): number { return callWithSelf(f, self, ic, 2, a, b, NULL); }
export function callWithSelf3(f: number, self: number, ic: CallCache, a: number, b: number, c: number): number { return callWithSelf(f, self, ic, 3, a, b, c); }
