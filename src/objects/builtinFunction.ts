/**
 * Native callables in the heap (Layout.Builtin): builtin functions and bound natives,
 * method descriptors of builtin types, class-method and static natives, getset descriptors.
 */
import { REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { defineBuiltinType } from './registry';
import { nativeIndex, nativeSelf, nativeName, nativeKind, NativeKind, nativeSetter, typeNameJs, isSubtype } from './typeobject';
import { natives } from '../runtime/natives';
import { raise } from '../runtime/errors';
import { exc } from './exceptions';
import { None, bool, reprJs, typeOf, typeName, bindDescr } from '../runtime/protocol';
import { newStr, jsString } from './str';
import { callNativeObject } from '../runtime/call';
import { identityHash } from './object';
import { intern } from './str';

function kwCall(f: number, args: number[], kw: Map<string, number> | null): number {
  if (!kw || kw.size === 0) return callNativeObject(f, args, null);
  const names: number[] = [], vals: number[] = [];
  for (const [k, v] of kw) { names.push(intern(k)); vals.push(v); }
  return callNativeObject(f, [...args, ...vals], names);
}
const qualOf = (s: number) => natives[nativeIndex(s)].qualname;
const textSig = (s: number) => {
  const sig = natives[nativeIndex(s)].textSignature;
  const open = sig.indexOf('(');
  return newStr(`(${sig.slice(open + 1)}`.replace(/^\(self, \/?,? ?/, '($self, ').replace('($self, )', '($self)'));
};
const docOf = (s: number) => { const d = natives[nativeIndex(s)].doc; return d === null ? None : newStr(d); };

defineBuiltinType({
  name: 'builtin_function_or_method', layout: Layout.Builtin, flags: 0,
  methods: [
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => {
      const self = nativeSelf(s);
      const name = jsString(nativeName(s));
      if (self === NULL || nativeKind(s) === NativeKind.Function) return newStr(`<built-in function ${name}>`);
      if (self >= REF_BASE && typeOf(self) === self) return newStr(`<built-in method ${name} of type object at 0x${(self - REF_BASE).toString(16).padStart(12, '0')}>`);
      if (isModuleHook(self)) return newStr(`<built-in function ${name}>`);
      return newStr(`<built-in method ${name} of ${typeName(self)} object at 0x${(self - REF_BASE).toString(16).padStart(12, '0')}>`);
    } },
    { name: '__call__', sig: '__call__(self, *args, **kwargs)', fn: kwCall },
    { name: '__eq__', sig: '__eq__(self, value, /)', fn: (s: number, o: number) => bool(o >= REF_BASE && typeOf(o) === typeOf(s) && nativeIndex(o) === nativeIndex(s) && nativeSelf(o) === nativeSelf(s)) },
    { name: '__hash__', sig: '__hash__(self, /)', fn: (s: number) => nativeIndex(s) ^ (nativeSelf(s) === NULL ? 0 : identityHash(nativeSelf(s))) },
  ],
  getsets: [
    { name: '__name__', get: (s: number) => nativeName(s) },
    { name: '__qualname__', get: (s: number) => { const self = nativeSelf(s); if (self === NULL || isModuleHook(self)) return nativeName(s); return newStr(qualOf(s)); } },
    { name: '__self__', get: (s: number) => { const self = nativeSelf(s); return self === NULL ? moduleOfHook(s) : self; } },
    { name: '__doc__', get: docOf },
    { name: '__text_signature__', get: textSig },
    { name: '__module__', get: (s: number) => nativeSelf(s) === NULL ? newStr('builtins') : None },
  ],
});
let isModuleHook: (v: number) => boolean = () => false;
let moduleOfHook: (f: number) => number = () => None;
export function setBuiltinFunctionHooks(isModule: (v: number) => boolean, moduleOf: (f: number) => number): void { isModuleHook = isModule; moduleOfHook = moduleOf; }

function descrRepr(kind: string) {
  return (s: number) => newStr(`<${kind} '${jsString(nativeName(s))}' of '${typeNameJs(nativeSelf(s))}' objects>`);
}
defineBuiltinType({
  name: 'method_descriptor', layout: Layout.Builtin, flags: 0,
  methods: [
    { name: '__repr__', sig: '__repr__(self, /)', fn: descrRepr('method') },
    { name: '__call__', sig: '__call__(self, *args, **kwargs)', fn: kwCall },
    { name: '__get__', sig: '__get__(self, instance, owner=None, /)', fn: (s: number, obj: number, owner: number) => obj === None ? s : bindDescr(s, obj, owner === NULL ? typeOf(obj) : owner) },
  ],
  getsets: [
    { name: '__name__', get: (s: number) => nativeName(s) },
    { name: '__qualname__', get: (s: number) => newStr(qualOf(s)) },
    { name: '__objclass__', get: (s: number) => nativeSelf(s) },
    { name: '__doc__', get: docOf },
    { name: '__text_signature__', get: textSig },
  ],
});
defineBuiltinType({
  name: 'classmethod_descriptor', layout: Layout.Builtin, flags: 0,
  methods: [
    { name: '__repr__', sig: '__repr__(self, /)', fn: descrRepr('method') },
    { name: '__call__', sig: '__call__(self, *args, **kwargs)', fn: kwCall },
    { name: '__get__', sig: '__get__(self, instance, owner=None, /)', fn: (s: number, obj: number, owner: number) => bindDescr(s, obj, owner === NULL || owner === None ? typeOf(obj) : owner) },
  ],
  getsets: [{ name: '__name__', get: (s: number) => nativeName(s) }, { name: '__qualname__', get: (s: number) => newStr(qualOf(s)) }, { name: '__doc__', get: docOf }],
});
defineBuiltinType({
  name: 'staticmethod_native', layout: Layout.Builtin, flags: 0,
  methods: [
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => newStr(`<built-in method ${jsString(nativeName(s))} of type object at 0x${(nativeSelf(s) - REF_BASE).toString(16).padStart(12, '0')}>`) },
    { name: '__call__', sig: '__call__(self, *args, **kwargs)', fn: (s: number, args: number[], kw: Map<string, number> | null) => {
      const f = bindDescr(s, NULL, nativeSelf(s));
      return kwCall(f, args, kw);
    } },
    { name: '__get__', sig: '__get__(self, instance, owner=None, /)', fn: (s: number) => bindDescr(s, NULL, nativeSelf(s)) },
  ],
  getsets: [{ name: '__name__', get: (s: number) => nativeName(s) }, { name: '__doc__', get: docOf }],
});
defineBuiltinType({
  name: 'getset_descriptor', layout: Layout.Builtin, flags: 0,
  methods: [
    { name: '__repr__', sig: '__repr__(self, /)', fn: descrRepr('attribute') },
    { name: '__get__', sig: '__get__(self, instance, owner=None, /)', fn: (s: number, obj: number) => {
      if (obj === None || obj === NULL) return s;
      if (!isSubtype(typeOf(obj), nativeSelf(s))) raise(exc.TypeError, `descriptor '${jsString(nativeName(s))}' for '${typeNameJs(nativeSelf(s))}' objects doesn't apply to a '${typeName(obj)}' object`);
      return natives[nativeIndex(s)].fn(obj);
    } },
    { name: '__set__', sig: '__set__(self, instance, value, /)', fn: (s: number, obj: number, v: number) => {
      const setter = nativeSetter(s);
      if (setter < 0) raise(exc.AttributeError, `attribute '${jsString(nativeName(s))}' of '${typeNameJs(nativeSelf(s))}' objects is not writable`);
      natives[setter].fn(obj, v);
      return None;
    } },
  ],
  getsets: [{ name: '__name__', get: (s: number) => nativeName(s) }, { name: '__objclass__', get: (s: number) => nativeSelf(s) }],
});
void reprJs;
