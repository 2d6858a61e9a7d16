/**
 * module objects: [header][dict]. The dict is the module's globals.
 */
import { nativeModules } from '../runtime/nativeModules';
import { F, I32, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { registerTracer } from '../heap/collector';
import { defineBuiltinType } from './registry';
import { None, isInstance, reprJs, typeName } from '../runtime/protocol';
import { newStr, jsString, StrType } from './str';
import { newDict, dictLookupStr, dictSetItem, dictKeysList } from './dict';
import { newList } from './list';
import { N } from '../runtime/names';
import { builtinAllocators } from './object';

export let ModuleType = 0;
let moduleTypeAddr = 0;
registerTracer(Layout.Module, (a, visit) => visit(F[(a >> 3) + 1]));

export function newModuleOfType(type: number, name: number): number {
  const ref = allocObject(16, type - REF_BASE, Layout.Module);
  const d = newDict();
  F[((ref - REF_BASE) >> 3) + 1] = d;
  dictSetItem(d, N.__name__, name);
  dictSetItem(d, N.__doc__, None);
  dictSetItem(d, N.__package__, None);
  dictSetItem(d, N.__loader__, None);
  dictSetItem(d, N.__spec__, None);
  return ref;
}
export function newModule(name: number): number { return newModuleOfType(ModuleType, name); }
export function moduleDict(m: number): number { return F[((m - REF_BASE) >> 3) + 1]; }
export function isModule(v: number): boolean { return v >= REF_BASE && (I32[((v - REF_BASE) >> 2) + 1] & 0xff) === Layout.Module; }

function moduleRepr(m: number): number {
  const d = moduleDict(m);
  const name = dictLookupStr(d, N.__name__);
  const nm = name !== NULL && isInstance(name, StrType) ? jsString(name) : '?';
  const file = dictLookupStr(d, N.__file__);
  if (file !== NULL && isInstance(file, StrType)) return newStr(`<module '${nm}' from '${jsString(file)}'>`);
  const builtin = dictLookupStr(d, N.__loader__);
  // Native modules stand for CPython's built-in ones (spec origin 'built-in'); a bare
  // ModuleType('x') has neither file nor loader.
  if ((builtin === NULL || builtin === None) && (nativeModules.has(nm) || nm === 'builtins' || nm === 'sys')) return newStr(`<module '${nm}' (built-in)>`);
  return newStr(`<module '${nm}'>`);
}

const moduleHandle = defineBuiltinType({
  name: 'module', layout: Layout.Module, size: 16,
  setRef: (r) => { ModuleType = r; moduleTypeAddr = r - REF_BASE; },
  methods: [
    { name: '__init__', sig: '__init__(self, name, doc=None)', fn: (s: number, name: number, doc: number) => { const d = moduleDict(s); dictSetItem(d, N.__name__, name); dictSetItem(d, N.__doc__, doc === NULL ? None : doc); return None; } },
    { name: '__repr__', sig: '__repr__(self, /)', fn: moduleRepr },
    { name: '__dir__', sig: '__dir__(self, /)', fn: (s: number) => newList(dictKeysList(moduleDict(s))) },
  ],
  getsets: [{ name: '__dict__', get: (s: number) => moduleDict(s) }],
});
builtinAllocators.set(moduleHandle.index, (cls) => newModuleOfType(cls, newStr('?')));
void reprJs; void typeName; void moduleTypeAddr;
