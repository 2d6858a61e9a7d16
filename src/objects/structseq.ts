/**
 * Struct sequences: named tuples made by the runtime (sys.version_info, sys.float_info,
 * os.stat_result, time.struct_time). A subclass of tuple whose instances keep the tuple in
 * slot 0 (like every user subclass of tuple) and name the first fields.
 */
import { F, REF_BASE } from '../heap/memory';
import { Layout } from '../heap/layout';
import { defineBuiltinType, BuiltinTypeHandle } from './registry';
import { setTypeField, T_NSLOTS, typeNameJs } from './typeobject';
import { allocInstance } from './object';
import { tupleHandle, newTuple, tupleItem, tupleLength, tupleOf } from './tuple';
import { newStr } from './str';
import { reprJs, typeOf } from '../runtime/protocol';
import { iterableToArray } from '../runtime/iteration';
import { raise } from '../runtime/errors';
import { exc } from './exceptions';

export interface StructSeq { handle: BuiltinTypeHandle; fields: string[]; make: (values: number[]) => number }

export function defineStructSeq(qualifiedName: string, fields: string[], size = fields.length): StructSeq {
  const dot = qualifiedName.lastIndexOf('.');
  const name = qualifiedName.slice(dot + 1);
  const module = dot >= 0 ? qualifiedName.slice(0, dot) : undefined;
  let typeRef = 0;
  const make = (values: number[]): number => {
    const o = allocInstance(typeRef);
    F[((o - REF_BASE) >> 3) + 2] = newTuple(values);
    return o;
  };
  const handle = defineBuiltinType({
    name, module, base: tupleHandle, layout: Layout.Object, size: 24,
    setRef: (r) => { typeRef = r; setTypeField(r, T_NSLOTS, 1); },
    methods: [
      { name: '__new__', sig: '__new__(cls, sequence, dict=None)', kind: 'staticmethod', fn: (cls: number, seq: number) => {
        const items = iterableToArray(seq);
        if (items.length < size) raise(exc.TypeError, `${qualifiedName}() takes an at least ${size}-sequence (${items.length}-sequence given)`);
        const o = allocInstance(cls);
        F[((o - REF_BASE) >> 3) + 2] = newTuple(items);
        return o;
      } },
      { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => {
        const t = tupleOf(s);
        const parts = fields.slice(0, Math.min(size, tupleLength(t))).map((f, i) => `${f}=${reprJs(tupleItem(t, i))}`);
        return newStr(`${module ? module + '.' : ''}${typeNameJs(typeOf(s))}(${parts.join(', ')})`);
      } },
    ],
    getsets: fields.map((f, i) => ({ name: f, get: (s: number) => tupleItem(tupleOf(s), i) })),
  });
  return { handle, fields, make };
}
