/**
 * Per-worker cache of compiled code: code id -> JS function built with `new Function` from
 * the JS source stored in the code object. Any worker can build any code object's function,
 * which is how a function defined on one thread runs on another.
 *
 * The cached function closes over a JS array of the code's constants (numbers); they stay
 * alive because the running function object (frame slot 0) keeps its code object alive.
 */
import { I32, REF_BASE } from '../heap/memory';
import { C_CONSTS, C_SOURCE, C_QUALNAME, codeField } from '../objects/function';
import { tupleItems } from '../objects/tuple';
import { jsString } from '../objects/str';

export type CompiledFunction = (...args: number[]) => number;
const cache: CompiledFunction[] = [];
/** PYRALLEL_DUMP_JS=1 (or --dump-js) prints every code object's JS when first compiled. */
const dumpJs = process.env.PYRALLEL_DUMP_JS === '1';
let runtimeObject: unknown = null;
export function setRuntimeObject(r: unknown): void { runtimeObject = r; }

export function compiledFor(code: number): CompiledFunction {
  const id = I32[((code - REF_BASE) >> 2) + 2];
  const f = cache[id];
  if (f !== undefined) return f;
  return compileCode(code, id);
}

function compileCode(code: number, id: number): CompiledFunction {
  const src = jsString(codeField(code, C_SOURCE));
  if (dumpJs) process.stderr.write(`// ---- code ${jsString(codeField(code, C_QUALNAME))} (id ${id})\n${src}\n`);
  const consts = tupleItems(codeField(code, C_CONSTS));
  const factory = new Function('R', 'K', src) as (r: unknown, k: number[]) => CompiledFunction;
  const fn = factory(runtimeObject, consts);
  cache[id] = fn;
  return fn;
}
