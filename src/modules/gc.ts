/**
 * The gc module over Pyrallel's tracing collector (src/heap/collector.ts).
 *
 * collect() forces a full collection at once (collectNow: a stop-the-world collection run by
 * this thread). The collector has no generations and no reference counts, so there is never
 * uncollectable garbage and collect() reports 0 objects (CPython counts unreachable cycles;
 * we do not know how many objects were freed, only bytes). enable()/disable() record the
 * flag in the module's dict (shared by every thread) and are otherwise advisory: allocation
 * pressure still collects, as memory must be reclaimed for the program to go on.
 */
import { I32, NULL, REF_BASE } from '../heap/memory';
import { getRoot, Root } from '../heap/roots';
import { newInt } from '../objects/int';
import { CTRL_GC_COUNT } from '../heap/layout';
import { defineNative, NativeSpec } from '../runtime/natives';
import { newBuiltinFunction, typeLayout } from '../objects/typeobject';
import { moduleDict } from '../objects/module';
import { intern, newStr } from '../objects/str';
import { dictSetItem, dictLookupStr, newDict } from '../objects/dict';
import { newList } from '../objects/list';
import { newTuple } from '../objects/tuple';
import { raise } from '../runtime/errors';
import { exc } from '../objects/exceptions';
import * as P from '../runtime/protocol';
import { N } from '../runtime/names';
import { registerNativeModule } from '../runtime/nativeModules';
import { collectNow, rootMark, pushRoot, rootRelease } from '../threads/threadState';
import { closePendingGenerators } from '../objects/generatorFinalizer';
import { Layout } from '../heap/layout';

const functions: { name: string; spec: NativeSpec }[] = [];
function fn(signature: string, f: (...a: any[]) => number, doc: string | null = null): void {
  const name = signature.slice(0, signature.indexOf('('));
  functions.push({ name, spec: defineNative(`gc.${name}`, signature, f, doc) });
}
const ENABLED = '_enabled', THRESHOLD = '_threshold', FROZEN = '_frozen';
/** The gc module (its dict holds the flags, so every thread sees the same state). */
const gcModule = () => dictLookupStr(getRoot(Root.SysModules), intern('gc'));
const state = (k: string) => dictLookupStr(moduleDict(gcModule()), intern(k));
const setState = (k: string, v: number, m = gcModule()) => dictSetItem(moduleDict(m), intern(k), v);

fn('collect(generation=2)', (generation: number) => {
  const g = generation === NULL ? 2 : Number(P.index(generation));
  if (g < 0 || g > 2) raise(exc.ValueError, 'invalid generation');
  collectNow();
  closePendingGenerators(); // CPython runs the finalizers of what it collected before returning
  return 0;
}, 'Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\nmay be an integer specifying which generation to collect.  A ValueError\nis raised if the generation number is invalid.\n\nThe number of unreachable objects is returned.');
fn('enable()', () => { setState(ENABLED, P.True); return P.None; }, 'Enable automatic garbage collection.');
fn('disable()', () => { setState(ENABLED, P.False); return P.None; }, 'Disable automatic garbage collection.');
fn('isenabled()', () => state(ENABLED), 'Returns true if automatic garbage collection is enabled.');
fn('get_count()', () => newTuple([0, 0, 0]), 'Return a three-tuple of the current collection counts.');
fn('get_threshold()', () => state(THRESHOLD), 'Return the current collection thresholds.');
fn('set_threshold(threshold0, threshold1=<unrepresentable>, threshold2=<unrepresentable>, /)', (a: number, b: number, c: number) => {
  const old = state(THRESHOLD);
  const vals = [a, b, c].map((v, i) => (v === NULL ? P.tupleItem(old, i) : Number(P.index(v))));
  setState(THRESHOLD, newTuple(vals));
  return P.None;
}, 'Set the collection thresholds (the values are kept but have no effect on this collector).');
fn('get_stats()', () => {
  const n = I32[CTRL_GC_COUNT >> 2];
  const mark = rootMark();
  try {
    const items: number[] = [];
    for (let g = 0; g < 3; g++) {
      const d = newDict();
      pushRoot(d);
      dictSetItem(d, newStr('collections'), g === 2 ? n : 0);
      dictSetItem(d, newStr('collected'), 0);
      dictSetItem(d, newStr('uncollectable'), 0);
      items.push(d);
    }
    return newList(items);
  } finally { rootRelease(mark); }
}, 'Return a list of dictionaries containing per-generation statistics.');
fn('get_objects(generation=None)', () => newList([]), 'Return a list of objects tracked by the collector (not supported: always empty).');
fn('get_referrers(*objs)', () => newList([]), 'Return the list of objects that directly refer to any of objs (not supported: always empty).');
fn('get_referents(*objs)', () => newList([]), 'Return the list of objects that are directly referred to by objs (not supported: always empty).');
fn('is_tracked(obj, /)', (o: number) => {
  if (o < REF_BASE) return P.False; // small ints are not objects
  const l = P.layoutOf(o);
  return P.bool(l !== Layout.Str && l !== Layout.Float && l !== Layout.BigInt && l !== Layout.Bytes && typeLayout(P.typeOf(o)) !== Layout.Raw);
}, 'Returns true if the object is tracked by the garbage collector.');
fn('is_finalized(obj, /)', () => P.False, 'Returns true if the object has been already finalized by the GC.');
fn('freeze()', () => { setState(FROZEN, P.True); return P.None; }, 'Freeze all current tracked objects and ignore them for future collections.');
fn('unfreeze()', () => { setState(FROZEN, P.False); return P.None; }, 'Unfreeze all objects in the permanent generation.');
fn('get_freeze_count()', () => 0, 'Return the number of objects in the permanent generation.');
fn('set_debug(flags, /)', (flags: number) => { setState('_debug', newInt(P.index(flags))); return P.None; }, 'Set the garbage collection debugging flags.');
fn('get_debug()', () => state('_debug'), 'Get the garbage collection debugging flags.');

registerNativeModule('gc', (m) => {
  const d = moduleDict(m);
  for (const { name, spec } of functions) dictSetItem(d, intern(name), newBuiltinFunction(spec, m));
  setState(ENABLED, P.True, m);
  setState(FROZEN, P.False, m);
  setState('_debug', 0, m);
  setState(THRESHOLD, newTuple([700, 10, 10]), m);
  dictSetItem(d, intern('garbage'), newList([]));
  dictSetItem(d, intern('callbacks'), newList([]));
  const flags: [string, number][] = [['DEBUG_STATS', 1], ['DEBUG_COLLECTABLE', 2], ['DEBUG_UNCOLLECTABLE', 4], ['DEBUG_SAVEALL', 32], ['DEBUG_LEAK', 38]];
  for (const [k, v] of flags) dictSetItem(d, intern(k), v);
  dictSetItem(d, N.__doc__, newStr('This module provides access to the garbage collector for reference cycles.'));
});
