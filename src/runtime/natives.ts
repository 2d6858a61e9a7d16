/**
 * Native (TypeScript) functions callable from Python: builtins, methods of builtin types,
 * functions of native modules.
 *
 * Every worker loads the same bundle and registers natives in the same order at module
 * load, so a native's index is the same in every worker: a heap builtin-function object
 * stores the index, and any thread can call it.
 *
 * A native declares a Python signature, e.g. `'split(self, /, sep=None, maxsplit=-1)'`.
 * Callers bind positional and keyword arguments to that signature; the JS function then
 * receives one JS argument per parameter, NULL for an omitted optional one, a JS array for
 * `*args` and a JS Map from name to value for `**kwargs`.
 */
import { NULL } from '../heap/memory';

export type NativeFn = (...args: any[]) => number;

export interface NativeSpec {
  index: number;
  name: string; //            __name__
  qualname: string; //        e.g. 'str.split'
  params: string[]; //        names of the named parameters, in order
  required: number; //        how many leading parameters are required
  positionalOnly: number; //  parameters before '/'
  keywordOnlyFrom: number; // index of the first keyword-only parameter (params.length if none)
  varargs: boolean; //        has *args (passed after the positional parameters)
  varkw: boolean; //          has **kwargs (passed last)
  fn: NativeFn;
  textSignature: string;
  doc: string | null;
  /** A getter standing for a read-only member: setting it says 'readonly attribute'. */
  readonlyMember?: boolean;
  /** Overrides the wording of argument errors derived from the signature (call.ts argStyle). */
  argStyle?: 'O' | 'NOARGS' | 'POSITIONAL' | 'KEYWORDS';
  /** Cached by call.ts nativeCallCounts. */
  countsCall?: boolean;
  /** Cached by call.ts nativeEntry: direct entries by (argument count, self or not). */
  entries?: (((self: number, a: number, b: number, c: number) => number) | null)[];
  /** Cached by call.ts objectEntry: entries taking the builtin object (bound: self inside it). */
  objectEntries?: ((f: number, a: number, b: number, c: number) => number)[];
  /** Cached by call.ts methodEntry: entries taking the descriptor, then self. */
  methodEntries?: ((d: number, self: number, a: number, b: number, c: number) => number)[];
  /** Cached by call.ts nativeNames: the names its argument errors use. */
  names?: { name: string; func: string };
}

export const natives: NativeSpec[] = [];

/**
 * Register a native. `signature` is 'name(params)' in Python syntax restricted to names,
 * '/', '*', '*args', '**kwargs' and defaults written as '=...' (defaults are applied by the
 * function itself: an omitted optional parameter arrives as NULL).
 */
export function defineNative(qualname: string, signature: string, fn: NativeFn, doc: string | null = null): NativeSpec {
  const open = signature.indexOf('(');
  const name = signature.slice(0, open);
  const inner = signature.slice(open + 1, signature.lastIndexOf(')')).trim();
  const params: string[] = [];
  let required = 0;
  let positionalOnly = 0;
  let keywordOnlyFrom = -1;
  let varargs = false;
  let varkw = false;
  let sawDefault = false;
  if (inner.length > 0) {
    for (const raw of inner.split(',')) {
      const p = raw.trim();
      if (p === '/') { positionalOnly = params.length; continue; }
      if (p === '*') { keywordOnlyFrom = params.length; continue; }
      if (p.startsWith('**')) { varkw = true; continue; }
      if (p.startsWith('*')) { varargs = true; keywordOnlyFrom = params.length; continue; }
      const eq = p.indexOf('=');
      if (eq >= 0) { sawDefault = true; params.push(p.slice(0, eq).trim()); }
      else {
        params.push(p);
        if (!sawDefault && keywordOnlyFrom < 0) required = params.length;
      }
    }
  }
  const spec: NativeSpec = {
    index: natives.length, name, qualname, params, required, positionalOnly,
    keywordOnlyFrom: keywordOnlyFrom < 0 ? params.length : keywordOnlyFrom,
    varargs, varkw, fn, textSignature: signature, doc,
  };
  natives.push(spec);
  return spec;
}

export { NULL };
