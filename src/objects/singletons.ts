/**
 * None, NotImplemented, Ellipsis and the two bools: singletons made once at bootstrap and
 * found by every worker in the root table. Layouts: [header][f64 value] (value used by bool).
 */
import { F, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { setRoot, Root } from '../heap/roots';
import { defineBuiltinType, TypeFlag } from './typeobject';
import { newStr, StrType } from './str';
import { raise } from '../runtime/errors';
import { None, True, False, NotImplemented, Ellipsis, typeName, bool, isInstance } from '../runtime/protocol';
import { exc } from './exceptions';
import { setBoolType, intValue, isIntLike, intHandle } from './int';
import { formatObjectDefault } from '../runtime/format';

export let NoneType = 0, NotImplementedType = 0, EllipsisType = 0, BoolType = 0;

defineBuiltinType({
  name: 'NoneType', layout: Layout.Raw, size: 16, flags: 0, setRef: (r) => { NoneType = r; },
  methods: [
    { name: '__repr__', sig: '__repr__(self, /)', fn: () => newStr('None') },
    { name: '__bool__', sig: '__bool__(self, /)', fn: () => False },
    { name: '__new__', sig: '__new__(cls, *args)', fn: (_c: number, args: number[]) => { if (args.length) raise(exc.TypeError, 'NoneType takes no arguments'); return None; }, kind: 'staticmethod' },
  ],
});
defineBuiltinType({
  name: 'NotImplementedType', layout: Layout.Raw, size: 16, flags: 0, setRef: (r) => { NotImplementedType = r; },
  methods: [{ name: '__repr__', sig: '__repr__(self, /)', fn: () => newStr('NotImplemented') }],
});
defineBuiltinType({
  name: 'ellipsis', layout: Layout.Raw, size: 16, flags: 0, setRef: (r) => { EllipsisType = r; },
  methods: [{ name: '__repr__', sig: '__repr__(self, /)', fn: () => newStr('Ellipsis') }],
});

function boolNew(_cls: number, v: number): number {
  if (v === 0 || v === NULL) return False;
  return boolOfTruth(v);
}
let boolOfTruth: (v: number) => number = () => False;
export function setBoolTruth(f: (v: number) => number): void { boolOfTruth = f; }

function boolBinary(op: (a: boolean, b: boolean) => boolean, intOp: string) {
  return (self: number, other: number): number => {
    if (isInstance(other, BoolType)) return bool(op(self === True, other === True));
    return intFallback(self, other, intOp);
  };
}
let intFallback: (self: number, other: number, op: string) => number = () => NotImplemented;
export function setBoolIntFallback(f: (self: number, other: number, op: string) => number): void { intFallback = f; }

defineBuiltinType({
  name: 'bool', base: intHandle, layout: Layout.Float, size: 16, flags: 0,
  setRef: (r) => { BoolType = r; setBoolType(r); },
  doc: 'bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.',
  methods: [
    { name: '__new__', sig: '__new__(cls, x=False, /)', fn: boolNew, kind: 'staticmethod' },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => newStr(s === True ? 'True' : 'False') },
    { name: '__and__', sig: '__and__(self, value, /)', fn: boolBinary((a, b) => a && b, '__and__') },
    { name: '__rand__', sig: '__rand__(self, value, /)', fn: boolBinary((a, b) => a && b, '__rand__') },
    { name: '__or__', sig: '__or__(self, value, /)', fn: boolBinary((a, b) => a || b, '__or__') },
    { name: '__ror__', sig: '__ror__(self, value, /)', fn: boolBinary((a, b) => a || b, '__ror__') },
    { name: '__xor__', sig: '__xor__(self, value, /)', fn: boolBinary((a, b) => a !== b, '__xor__') },
    { name: '__rxor__', sig: '__rxor__(self, value, /)', fn: boolBinary((a, b) => a !== b, '__rxor__') },
  ],
});

/** Create the singletons (bootstrap only). */
export function createSingletons(): void {
  const mk = (t: number, v: number) => { const r = allocObject(16, t - REF_BASE, Layout.Float); F[((r - REF_BASE) >> 3) + 1] = v; return r; };
  setRoot(Root.None, mk(NoneType, 0));
  setRoot(Root.NotImplemented, mk(NotImplementedType, 0));
  setRoot(Root.Ellipsis, mk(EllipsisType, 0));
  setRoot(Root.True, mk(BoolType, 1));
  setRoot(Root.False, mk(BoolType, 0));
}

void typeName; void StrType; void Ellipsis; void intValue; void isIntLike;
