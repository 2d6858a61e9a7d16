/**
 * frame objects, as far as Pyrallel keeps frames: compiled code does not link its frames,
 * so a frame object is a snapshot of one running frame made for sys._getframe(0): its code,
 * globals, locals (a dict snapshot for function frames) and current line. f_back is None.
 *
 * Heap layout (Layout.Values): [header][i32 4, i32 0][code][globals][locals][lineno]
 */
import { F, I32, REF_BASE } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { defineBuiltinType } from './registry';
import { None } from '../runtime/protocol';
import { newStr, jsString } from './str';
import { codeField, C_NAME, C_FILENAME } from './function';
import { onInstall } from '../runtime/installers';
import { builtinsOf } from '../runtime/rt';

export let FrameType = 0;
let frameAddr = -1;
const field = (f: number, k: number) => F[((f - REF_BASE) >> 3) + 2 + k];

export function newFrameObject(code: number, globals: number, locals: number, lineno: number): number {
  const ref = allocObject(48, frameAddr, Layout.Values);
  const a = ref - REF_BASE;
  I32[(a >> 2) + 2] = 4;
  I32[(a >> 2) + 3] = 0;
  F[(a >> 3) + 2] = code; F[(a >> 3) + 3] = globals; F[(a >> 3) + 4] = locals; F[(a >> 3) + 5] = lineno;
  return ref;
}

let builtinsOfHook: (globals: number) => number = () => None;
onInstall(() => { builtinsOfHook = builtinsOf; });

defineBuiltinType({
  name: 'frame', layout: Layout.Values, flags: 0,
  setRef: (r) => { FrameType = r; frameAddr = r - REF_BASE; },
  methods: [
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => {
      const code = field(s, 0);
      return newStr(`<frame at 0x${(s - REF_BASE).toString(16).padStart(12, '0')}, file '${jsString(codeField(code, C_FILENAME))}', line ${field(s, 3)}, code ${jsString(codeField(code, C_NAME))}>`);
    } },
  ],
  getsets: [
    { name: 'f_code', get: (s: number) => field(s, 0) },
    { name: 'f_globals', get: (s: number) => field(s, 1) },
    { name: 'f_locals', get: (s: number) => field(s, 2) },
    { name: 'f_lineno', get: (s: number) => field(s, 3) },
    { name: 'f_back', get: () => None },
    { name: 'f_builtins', get: (s: number) => builtinsOfHook(field(s, 1)) },
    { name: 'f_lasti', get: () => -1 },
    { name: 'f_trace', get: () => None },
  ],
});
