/**
 * The process's standard streams as seen by this worker. Output to fd 1 is buffered per
 * worker while only one Python thread runs (flushed at exit, before reading stdin, before
 * writing stderr and when large); with several threads every write goes straight to the fd
 * so that output keeps the order in which threads produced it.
 */
import * as fs from 'fs';
import { I32, U8 } from '../heap/memory';
import { CTRL_THREADS, CTRL_STDIN_STATE, CTRL_STDIN_LEN, CTRL_STDIN_BUF, CTRL_SIGNAL } from '../heap/layout';
import { beginBlocking, endBlocking, safepoint, ts } from '../threads/threadState';

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
    const chunk = readStdinChunk();
    if (chunk.length === 0) stdinEof = true;
    else stdinBuf = Buffer.concat([stdinBuf, chunk]);
  }
}

/**
 * The next chunk of stdin (empty at end of file). The main JS thread does the reading (a
 * blocking read here could not be interrupted): this thread asks for a chunk and waits as a
 * blocked thread (collections go on without it). Ctrl-C wakes it: the pending
 * KeyboardInterrupt is raised here; the chunk being read is kept for the next call.
 */
const STATE = CTRL_STDIN_STATE >> 2, SIGNAL = CTRL_SIGNAL >> 2;
let stdinChannel = false;
/** Use the main thread's stdin service (set by the CLI's worker; off when run otherwise). */
export function useStdinChannel(on: boolean): void { stdinChannel = on; }
function readStdinChunk(): Buffer {
  if (!stdinChannel) {
    const chunk = Buffer.alloc(65536);
    let n = 0;
    try { n = fs.readSync(0, chunk, 0, chunk.length, null); } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EOF') throw e;
    }
    return chunk.subarray(0, n);
  }
  for (;;) {
    if (Atomics.compareExchange(I32, STATE, 0, 1) === 0) Atomics.notify(I32, STATE);
    beginBlocking();
    try {
      for (;;) {
        const s = Atomics.load(I32, STATE);
        if (s === 2 || s === 0 || (ts.isMain && Atomics.load(I32, SIGNAL) !== 0)) break;
        Atomics.wait(I32, STATE, s, 1000);
      }
    } finally { endBlocking(); }
    // Claim the chunk (3: being copied) so that only one reader takes it.
    if (Atomics.compareExchange(I32, STATE, 2, 3) === 2) {
      const n = I32[CTRL_STDIN_LEN >> 2];
      const out = Buffer.from(U8.subarray(CTRL_STDIN_BUF, CTRL_STDIN_BUF + Math.max(0, n)));
      Atomics.store(I32, STATE, 0);
      Atomics.notify(I32, STATE);
      if (n < 0) throw Object.assign(new Error(`read error ${-n}`), { errno: -n });
      return out;
    }
    if (ts.isMain && Atomics.load(I32, SIGNAL) !== 0) safepoint(); // the pending signal: KeyboardInterrupt
  }
}
export function readStdinAll(): string {
  let s = '';
  for (;;) { const l = readStdinLine(); if (l === '') return s; s += l; }
}
