/**
 * The registry of builtin types, filled at module load by each object file (in bundle order,
 * identical in every worker). A leaf module: object files call it at top level, so it must
 * not import anything that imports them.
 */
import { Layout } from '../heap/layout';
import { NativeSpec, defineNative, NativeFn } from '../runtime/natives';

export interface MethodDef { name: string; sig: string; fn: NativeFn; kind?: 'method' | 'classmethod' | 'staticmethod'; doc?: string }
export interface GetSetDef { name: string; get: (self: number) => number; set?: (self: number, v: number) => void; doc?: string; readonlyMember?: boolean }
export interface BuiltinTypeDef {
  name: string;
  module?: string; //      __module__ when not 'builtins'
  base?: BuiltinTypeHandle | null; // default: object
  /** Further bases after `base` (multiple inheritance, e.g. ExceptionGroup); MRO by C3. */
  extraBases?: BuiltinTypeHandle[];
  layout: Layout; //       layout of instances
  size?: number; //        instance size in bytes for fixed-size layouts
  flags?: number;
  doc?: string;
  methods?: MethodDef[];
  getsets?: GetSetDef[];
  setRef?: (ref: number) => void; // the object file's own `let XType` setter
}
export interface BuiltinTypeHandle { def: BuiltinTypeDef; index: number; ref: number; natives: NativeSpec[]; getsets: NativeSpec[][] }
export const builtinTypes: BuiltinTypeHandle[] = [];

export function defineBuiltinType(def: BuiltinTypeDef): BuiltinTypeHandle {
  const handle: BuiltinTypeHandle = { def, index: builtinTypes.length, ref: 0, natives: [], getsets: [] };
  for (const m of def.methods ?? []) handle.natives.push(defineNative(`${def.name}.${m.name}`, m.sig, m.fn, m.doc ?? null));
  for (const g of def.getsets ?? []) {
    const pair = [defineNative(`${def.name}.${g.name}`, `${g.name}(self)`, g.get, g.doc ?? null)];
    if (g.readonlyMember) pair[0].readonlyMember = true;
    if (g.set) pair.push(defineNative(`${def.name}.${g.name}`, `${g.name}(self, value)`, g.set as NativeFn));
    handle.getsets.push(pair);
  }
  builtinTypes.push(handle);
  return handle;
}

/** Extra methods added to a builtin type by another file (e.g. object's comparison slots). */
export function addMethods(handle: BuiltinTypeHandle, methods: MethodDef[]): void {
  for (const m of methods) {
    handle.def.methods = handle.def.methods ?? [];
    handle.def.methods.push(m);
    handle.natives.push(defineNative(`${handle.def.name}.${m.name}`, m.sig, m.fn, m.doc ?? null));
  }
}


/**
 * Constructors of exact builtin types called with positional arguments only, skipping the
 * generic __new__/__init__ protocol (CPython's vectorcall for int, float, str...): by builtin
 * index; a constructor returns NULL (2^53) to decline and let the generic path run.
 */
export const fastConstructors: (((args: number[]) => number) | undefined)[] = [];

/** Allocators for empty instances of builtin layouts, by builtin index (list, dict, ...). */
export const builtinAllocators = new Map<number, (cls: number) => number>();
