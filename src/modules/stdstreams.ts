/**
 * sys.stdin / sys.stdout / sys.stderr: text streams over the process's fds 0, 1, 2.
 * Layout.Object instances with one slot holding the fd (an int).
 */
import { F, REF_BASE, I32, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { defineBuiltinType } from '../objects/registry';
import { setTypeField, T_NSLOTS } from '../objects/typeobject';
import { allocInstance } from '../objects/object';
import { raise } from '../runtime/errors';
import { exc } from '../objects/exceptions';
import { None, True, False, isInstance, typeName, bool } from '../runtime/protocol';
import { newStr, strValue, StrType } from '../objects/str';
import { newInt } from '../objects/int';
import { writeFd, writeBytesFd, flushStdout, readStdinLine, readStdinAll } from '../runtime/stdio';
import { encodeText } from '../objects/bytes';
import { newList } from '../objects/list';
import * as fs from 'fs';

export let StdStreamType = 0;

/**
 * The error handler of sys.stdout (config_get_stdio_errors): 'surrogateescape' under the C
 * or POSIX locale and the UTF-8 locales Python coerces to, else 'strict'. sys.stderr always
 * uses 'backslashreplace'.
 */
function stdoutErrorHandler(): string {
  const loc = process.env.LC_ALL || process.env.LC_CTYPE || process.env.LANG || 'C';
  return ['C', 'POSIX', 'C.UTF-8', 'C.utf8', 'UTF-8'].includes(loc) ? 'surrogateescape' : 'strict';
}
const stdoutErrors = stdoutErrorHandler();
const streamErrors = (fd: number): string => (fd === 2 ? 'backslashreplace' : stdoutErrors);

/** Stand-ins of lone surrogates start with one of these units (numeric/surrogates.ts). */
const STAND_IN_UNIT = /[\udb3e\udb3f]/;
/** Write text to fd 1 or 2, encoding lone surrogates with the stream's error handler. */
export function writeTextFd(fd: number, s: string): void {
  if (!STAND_IN_UNIT.test(s)) { writeFd(fd, s); return; }
  writeBytesFd(fd, encodeText(s, 'utf-8', streamErrors(fd)));
}
export function hasStandIn(s: string): boolean { return STAND_IN_UNIT.test(s); }
const fdOf = (s: number) => F[((s - REF_BASE) >> 3) + 2];
const names = ['<stdin>', '<stdout>', '<stderr>'];

defineBuiltinType({
  name: 'TextIOWrapper', module: '_io', layout: Layout.Object, size: 24,
  setRef: (r) => { StdStreamType = r; setTypeField(r, T_NSLOTS, 1); },
  methods: [
    { name: 'write', sig: 'write(self, text, /)', fn: (s: number, t: number) => {
      if (!isInstance(t, StrType)) raise(exc.TypeError, `write() argument must be str, not ${typeName(t)}`);
      const text = strValue(t);
      writeTextFd(fdOf(s), text);
      return newInt(Array.from(text).length);
    } },
    { name: 'flush', sig: 'flush(self, /)', fn: (s: number) => { if (fdOf(s) === 1) flushStdout(); return None; } },
    { name: 'fileno', sig: 'fileno(self, /)', fn: (s: number) => fdOf(s) },
    { name: 'isatty', sig: 'isatty(self, /)', fn: (s: number) => bool(fs.fstatSync(fdOf(s)).isCharacterDevice()) },
    { name: 'readable', sig: 'readable(self, /)', fn: (s: number) => bool(fdOf(s) === 0) },
    { name: 'writable', sig: 'writable(self, /)', fn: (s: number) => bool(fdOf(s) !== 0) },
    { name: 'readline', sig: 'readline(self, size=-1, /)', fn: (s: number) => { if (fdOf(s) !== 0) raise(exc.OSError, 'not readable'); return newStr(readStdinLine()); } },
    { name: 'read', sig: 'read(self, size=-1, /)', fn: (s: number) => { if (fdOf(s) !== 0) raise(exc.OSError, 'not readable'); return newStr(readStdinAll()); } },
    { name: 'readlines', sig: 'readlines(self, hint=-1, /)', fn: () => { const out: number[] = []; for (;;) { const l = readStdinLine(); if (l === '') break; out.push(newStr(l)); } return newList(out); } },
    { name: '__iter__', sig: '__iter__(self, /)', fn: (s: number) => s },
    { name: '__next__', sig: '__next__(self, /)', fn: () => { const l = readStdinLine(); if (l === '') raise(exc.StopIteration); return newStr(l); } },
    { name: '__enter__', sig: '__enter__(self, /)', fn: (s: number) => s },
    { name: '__exit__', sig: '__exit__(self, *args)', fn: () => None },
    { name: 'close', sig: 'close(self, /)', fn: () => None },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => newStr(`<_io.TextIOWrapper name='${names[fdOf(s)] ?? fdOf(s)}' mode='${fdOf(s) === 0 ? 'r' : 'w'}' encoding='utf-8'>`) },
  ],
  getsets: [
    { name: 'encoding', get: () => newStr('utf-8') },
    { name: 'errors', get: (s: number) => newStr(fdOf(s) === 0 ? stdoutErrors : streamErrors(fdOf(s))) },
    { name: 'name', get: (s: number) => newStr(names[fdOf(s)] ?? String(fdOf(s))) },
    { name: 'mode', get: (s: number) => newStr(fdOf(s) === 0 ? 'r' : 'w') },
    { name: 'closed', get: () => False },
    { name: 'line_buffering', get: () => False },
  ],
});

export function newStdStream(fd: number): number {
  const s = allocInstance(StdStreamType);
  F[((s - REF_BASE) >> 3) + 2] = fd;
  return s;
}
/** The fd of a native std stream, or -1 for any other object. */
export function stdStreamFd(v: number): number {
  return v >= REF_BASE && I32[(v - REF_BASE) >> 2] === StdStreamType - REF_BASE ? fdOf(v) : -1;
}
void True; void NULL;
