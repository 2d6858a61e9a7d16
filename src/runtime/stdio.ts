/**
 * The process's standard streams as seen by this worker. Output to fd 1 is buffered per
 * worker while only one Python thread runs (flushed at exit, before reading stdin, before
 * writing stderr and when large); with several threads every write goes straight to the fd
 * so that output keeps the order in which threads produced it.
 */
import * as fs from 'fs';
import { I32 } from '../heap/memory';
import { CTRL_THREADS } from '../heap/layout';

let outBuf: string[] = [];
let outLen = 0;

function writeAll(fd: number, s: string): void { writeBuffer(fd, Buffer.from(s, 'utf8')); }
function writeBuffer(fd: number, b: Uint8Array): void {
  let off = 0;
  while (off < b.length) {
    try {
      off += fs.writeSync(fd, b, off, b.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}

export function writeStdout(s: string): void {
  if (I32[CTRL_THREADS >> 2] > 1) { flushStdout(); writeAll(1, s); return; }
  outBuf.push(s);
  outLen += s.length;
  if (outLen > 65536) flushStdout();
}
export function flushStdout(): void {
  if (outBuf.length === 0) return;
  const s = outBuf.join('');
  outBuf = [];
  outLen = 0;
  writeAll(1, s);
}
/** Stand-ins of lone surrogates (numeric/surrogates.ts): stderr shows them backslash-escaped. */
const STAND_IN = /[\udb3e\udb3f][\udc00-\udfff]/g;
export function writeStderr(s: string): void {
  if (STAND_IN.test(s)) s = s.replace(STAND_IN, (m) => '\\u' + (m.codePointAt(0)! - 0xdf800 + 0xd800).toString(16));
  STAND_IN.lastIndex = 0;
  flushStdout();
  writeAll(2, s);
}
/** Bytes already encoded (text with surrogates, stdstreams.ts), after any buffered output. */
export function writeBytesFd(fd: number, b: Uint8Array): void {
  flushStdout();
  writeBuffer(fd, b);
}
export function writeFd(fd: number, s: string): void {
  if (fd === 1) writeStdout(s);
  else if (fd === 2) writeStderr(s);
  else writeAll(fd, s);
}

/** Read one line from stdin (without the newline handling: returns '' at EOF). */
let stdinBuf = Buffer.alloc(0);
let stdinEof = false;
export function readStdinLine(): string {
  flushStdout();
  for (;;) {
    const nl = stdinBuf.indexOf(10);
    if (nl >= 0) {
      const line = stdinBuf.subarray(0, nl + 1).toString('utf8');
      stdinBuf = stdinBuf.subarray(nl + 1);
      return line;
    }
    if (stdinEof) {
      const rest = stdinBuf.toString('utf8');
      stdinBuf = Buffer.alloc(0);
      return rest;
    }
    const chunk = Buffer.alloc(65536);
    let n = 0;
    try { n = fs.readSync(0, chunk, 0, chunk.length, null); } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') n = 0; else throw e;
    }
    if (n === 0) stdinEof = true;
    else stdinBuf = Buffer.concat([stdinBuf, chunk.subarray(0, n)]);
  }
}
export function readStdinAll(): string {
  let s = '';
  for (;;) { const l = readStdinLine(); if (l === '') return s; s += l; }
}
