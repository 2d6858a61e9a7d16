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
  FN_CODE, FN_DEFAULTS, FN_KWDEFAULTS, FN_QUALNAME, CodeFlag, C_ARGCOUNT, C_POSONLY, C_KWONLY, C_VARNAMES,
  codeFlags, codeField, codeId, functionTypeAddress, methodFunc, methodSelf, MethodType,
} from '../objects/function';
import { NativeSpec, natives } from './natives';
import { nativeIndex, nativeKind, nativeSelf, NativeKind, typeLookup, isSubtype, typeNameJs, TypeType } from '../objects/typeobject';
import { tupleLength, tupleItem, newTuple } from '../objects/tuple';
import { newDict, dictSetItem, dictLookupStr, dictItemsList } from '../objects/dict';
import { jsString, strEquals } from '../objects/str';
import { raise } from './errors';
import { N } from './names';
import { typeOf, typeName } from './protocol';
import { exc } from '../objects/exceptions';
import { compiledFor } from './codeCache';
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
    if (layout === Layout.Type && t === TypeType - REF_BASE) return constructInstance(f, args, kwnames);
  }
  const type = typeOf(f);
  const call = typeLookup(type, N.__call__);
  if (call === NULL) raise(exc.TypeError, `'${typeNameJs(type)}' object is not callable`);
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
    const cw = (code - REF_BASE) >> 2;
    if ((I32[cw + 3] & CodeFlag.Simple) && F[((code - REF_BASE) >> 3) + C_ARGCOUNT] === args.length + 1) {
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
  if (kwnames === null && (I32[((code - REF_BASE) >> 2) + 3] & CodeFlag.Simple) && F[((code - REF_BASE) >> 3) + C_ARGCOUNT] === args.length) {
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
  if (kind === NativeKind.Bound) return callNativeSpec(spec, nativeSelf(f), args, kwnames);
  if (kind === NativeKind.MethodDescriptor || kind === NativeKind.ClassMethod) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (args.length - nkw < 1) {
      raise(exc.TypeError, `unbound method ${spec.qualname}() needs an argument`);
    }
    const self = args[0];
    const owner = nativeSelf(f);
    if (kind === NativeKind.MethodDescriptor && !isSubtype(typeOf(self), owner)) {
      raise(exc.TypeError, `descriptor '${spec.name}' for '${typeNameJs(owner)}' objects doesn't apply to a '${typeName(self)}' object`);
    }
    return callNativeSpec(spec, self, args.slice(1), kwnames);
  }
  return callNativeSpec(spec, NULL, args, kwnames);
}

/**
 * Call a native with `self` (NULL for plain functions) and Python arguments: bind them to
 * the declared signature and call the JS function with one argument per parameter.
 */
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
  const bound = bindNative(spec, first, args, kwnames);
  return hasSelf ? fn(self, ...bound) : fn(...bound);
}

/** callNativeSpec(spec, self, [a]) without the array when no binding is needed. */
export function callNativeSpec1(spec: NativeSpec, self: number, a: number): number {
  if (!spec.varargs && !spec.varkw && spec.required <= 2 && spec.keywordOnlyFrom >= 2) {
    switch (spec.params.length) {
      case 2: return spec.fn(self, a);
      case 3: return spec.fn(self, a, NULL);
      case 4: return spec.fn(self, a, NULL, NULL);
      case 5: return spec.fn(self, a, NULL, NULL, NULL);
    }
  }
  return callNativeSpec(spec, self, [a], null);
}
/** callNativeSpec(spec, self, [a, b]) without the array when no binding is needed. */
export function callNativeSpec2(spec: NativeSpec, self: number, a: number, b: number): number {
  if (!spec.varargs && !spec.varkw && spec.required <= 3 && spec.keywordOnlyFrom >= 3) {
    switch (spec.params.length) {
      case 3: return spec.fn(self, a, b);
      case 4: return spec.fn(self, a, b, NULL);
      case 5: return spec.fn(self, a, b, NULL, NULL);
    }
  }
  return callNativeSpec(spec, self, [a, b], null);
}

function bindNative(spec: NativeSpec, first: number, args: number[], kwnames: number[] | null): any[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const params = spec.params;
  const nparams = params.length - first;
  const positionalMax = spec.keywordOnlyFrom - first;
  const out: any[] = new Array(nparams).fill(NULL);
  const name = spec.name;
  if (npos > positionalMax && !spec.varargs) {
    if (spec.required - first === positionalMax && nkw === 0) {
      if (positionalMax === 0) raise(exc.TypeError, nparams > 0 ? `${name}() takes no positional arguments` : `${name}() takes no arguments (${npos} given)`);
      if (positionalMax === 1) raise(exc.TypeError, `${name}() takes exactly one argument (${npos} given)`);
      raise(exc.TypeError, `${name} expected ${positionalMax} arguments, got ${npos}`);
    }
    raise(exc.TypeError, `${name}() takes at most ${positionalMax} argument${positionalMax === 1 ? '' : 's'} (${npos} given)`);
  }
  for (let i = 0; i < Math.min(npos, positionalMax); i++) out[i] = args[i];
  let varargs: number[] = [];
  if (spec.varargs) varargs = args.slice(positionalMax, npos);
  let varkw: Map<string, number> | null = spec.varkw ? new Map() : null;
  for (let k = 0; k < nkw; k++) {
    const kn = jsString(kwnames![k]);
    const idx = params.indexOf(kn, first);
    if (idx < 0 || idx - first < spec.positionalOnly - first) {
      if (varkw) { varkw.set(kn, args[npos + k]); continue; }
      if (spec.positionalOnly > first && idx >= 0) raise(exc.TypeError, `${name}() takes no keyword arguments`);
      if (nparams === 0 || spec.keywordOnlyFrom === first && spec.positionalOnly >= params.length) raise(exc.TypeError, `${name}() takes no keyword arguments`);
      raise(exc.TypeError, `'${kn}' is an invalid keyword argument for ${name}()`);
    }
    if (out[idx - first] !== NULL) raise(exc.TypeError, `argument for ${name}() given by name ('${kn}') and position (${idx - first + 1})`);
    out[idx - first] = args[npos + k];
  }
  for (let i = 0; i < spec.required - first; i++) {
    if (out[i] === NULL) {
      if (spec.required - first === 1 && nparams === 1 && i === 0 && npos === 0) raise(exc.TypeError, `${name}() takes exactly one argument (0 given)`);
      raise(exc.TypeError, `${name}() missing required argument '${params[i + first]}' (pos ${i + 1})`);
    }
  }
  if (spec.varargs) {
    // *args sits after the positional parameters: [positional..., varargs, keyword-only...]
    out.splice(positionalMax, 0, varargs);
  }
  if (varkw) out.push(varkw);
  return out;
}

export { newTuple, dictItemsList, TypeType, MethodType, codeId };
