/**
 * The _random module: type Random, the Mersenne Twister core of lib/random.py.
 *
 * Heap layout:
 *   Random instance   Layout.Object [header][dict][slot 0: state ref]
 *   state             Layout.Raw    [header][625 int32: index, then the 624 words]
 * The state lives in the heap so that any thread can draw from any generator (random's
 * module-level functions share one instance). Draws are not serialized: like CPython's
 * free-threaded build, concurrent draws on one generator may interleave, but every index
 * stays in range, so nothing outside the state is ever touched.
 */
import { F, I32, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { randomBytes } from 'node:crypto';
import { defineBuiltinType } from '../objects/registry';
import { setTypeField, T_NSLOTS } from '../objects/typeobject';
import { allocInstance } from '../objects/object';
import { moduleDict } from '../objects/module';
import { intern, newStr, StrType, strValue } from '../objects/str';
import { dictSetItem } from '../objects/dict';
import { newTuple, tupleItems, TupleType } from '../objects/tuple';
import { newInt, wrapNum, isIntLike, intValue } from '../objects/int';
import { newFloat, FloatType, floatValue } from '../objects/float';
import { bufferView } from '../objects/bytes';
import { raise } from '../runtime/errors';
import { exc } from '../objects/exceptions';
import * as P from '../runtime/protocol';
import { N } from '../runtime/names';
import { registerNativeModule } from '../runtime/nativeModules';
import { hashFloat } from '../numeric/intMath';
import {
  MT_STATE_WORDS, mtInitByArray, mtSeedFromInt, mtSeedFromHash, mtSeedFromBytesOrStr,
  mtRandom, mtGetRandBits, mtGetState, mtSetState,
} from './random/mt19937';

export let RandomType = 0;
let stateTypeAddr = 0;

defineBuiltinType({ name: 'random_state', module: '_random', layout: Layout.Raw, flags: 0, setRef: (r) => { stateTypeAddr = r - REF_BASE; } });

/** I32 index of the state's first word (the position index) for a Random instance. */
function stateBase(self: number): number {
  const st = F[((self - REF_BASE) >> 3) + 2];
  if (st === NULL) raise(exc.ValueError, 'random generator is not initialized');
  return ((st - REF_BASE) >> 2) + 2;
}

function newState(): number {
  const ref = allocObject(8 + MT_STATE_WORDS * 4, stateTypeAddr, Layout.Raw);
  I32[((ref - REF_BASE) >> 2) + 2] = 624;
  return ref;
}

/** random_seed(): None -> OS entropy, int -> |n|, str/bytes -> sha512 expansion, else hash. */
function seedWith(self: number, arg: number): void {
  let key: Uint32Array;
  if (arg === NULL || arg === P.None) {
    const b = randomBytes(624 * 4);
    key = new Uint32Array(b.buffer, b.byteOffset, 624);
  } else if (isIntLike(arg)) {
    key = mtSeedFromInt(intValue(arg));
  } else if (P.isInstance(arg, StrType)) {
    key = mtSeedFromBytesOrStr(strValue(arg));
  } else if (bufferView(arg) !== null) {
    key = mtSeedFromBytesOrStr(new Uint8Array(bufferView(arg)!));
  } else if (P.isInstance(arg, FloatType)) {
    const v = floatValue(arg);
    key = mtSeedFromHash(v !== v ? (arg - REF_BASE) / 8 : hashFloat(v));
  } else {
    key = mtSeedFromHash(P.hash(arg));
  }
  mtInitByArray(I32, stateBase(self), key);
}

defineBuiltinType({
  name: 'Random', module: '_random', layout: Layout.Object, size: 24,
  doc: 'Random() -> create a random number generator with its own internal state.',
  setRef: (r) => { RandomType = r; setTypeField(r, T_NSLOTS, 1); },
  methods: [
    { name: '__new__', sig: '__new__(cls, *args, **kwargs)', kind: 'staticmethod', fn: (cls: number, _args: number[], kw: Map<string, number> | null) => {
      if (cls === RandomType && kw !== null && kw.size > 0) raise(exc.TypeError, 'Random() takes no keyword arguments');
      const o = allocInstance(cls);
      F[((o - REF_BASE) >> 3) + 2] = newState();
      return o;
    } },
    { name: '__init__', sig: '__init__(self, *args, **kwargs)', fn: (self: number, args: number[]) => {
      if (args.length > 1) raise(exc.TypeError, 'Random() requires 0 or 1 argument');
      seedWith(self, args.length ? args[0] : NULL);
      return P.None;
    } },
    { name: 'seed', sig: 'seed(self, n=None, /)', doc: 'seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.',
      fn: (self: number, n: number) => { seedWith(self, n); return P.None; } },
    { name: 'random', sig: 'random(self, /)', doc: 'random() -> x in the interval [0, 1).',
      fn: (self: number) => newFloat(mtRandom(I32, stateBase(self))) },
    { name: 'getrandbits', sig: 'getrandbits(self, k, /)', doc: 'getrandbits(k) -> x.  Generates an int with k random bits.',
      fn: (self: number, k: number) => {
        const n = P.index(k);
        if (n < 0) raise(exc.ValueError, 'number of bits must be non-negative');
        if (typeof n === 'bigint') raise(exc.OverflowError, 'Python int too large to convert to C int');
        return newInt(wrapNum(() => mtGetRandBits(I32, stateBase(self), n)));
      } },
    { name: 'getstate', sig: 'getstate(self, /)', doc: 'getstate() -> tuple containing the current state.',
      fn: (self: number) => newTuple(mtGetState(I32, stateBase(self)).map((w) => newInt(w))) },
    { name: 'setstate', sig: 'setstate(self, state, /)', doc: 'setstate(state) -> None.  Restores generator state.',
      fn: (self: number, state: number) => {
        if (P.typeOf(state) !== TupleType && !P.isInstance(state, TupleType)) raise(exc.TypeError, 'state vector must be a tuple');
        const items = tupleItems(state);
        if (items.length !== MT_STATE_WORDS) raise(exc.ValueError, 'state vector is the wrong size');
        const words = items.map((v, i) => {
          if (!isIntLike(v)) raise(exc.TypeError, `'${P.typeName(v)}' object cannot be interpreted as an integer`);
          const x = intValue(v);
          if (i < 624) {
            if (x < 0 || x > 0xffffffff) raise(exc.OverflowError, 'Python int too large to convert to C unsigned long');
            return Number(x);
          }
          return typeof x === 'bigint' ? -1 : x;
        });
        wrapNum(() => mtSetState(I32, stateBase(self), words));
        return P.None;
      } },
  ],
});

registerNativeModule('_random', (m) => {
  const d = moduleDict(m);
  dictSetItem(d, intern('Random'), RandomType);
  dictSetItem(d, N.__doc__, newStr('Module implements the Mersenne Twister random number generator.'));
});
