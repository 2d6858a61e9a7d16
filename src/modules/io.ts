/**
 * open() and file objects (the _io module): TextIOWrapper for text modes, BufferedReader /
 * BufferedWriter / BufferedRandom for binary modes, FileIO for unbuffered binary.
 *
 * All five types share one implementation; the mode flags decide the behaviour.
 * Heap layout: Layout.Object instances [header][dict][slots]:
 *   FD        int, -1 once closed
 *   NAME      the name given to open() (str, bytes, int or path-like)
 *   MODE      str: the mode shown by .mode
 *   FLAGS     int: Flag bits below
 *   POS       int: file offset of the byte after the read-ahead data (the fd's own offset
 *             is never used for seekable files: reads and writes give explicit positions)
 *   BUF       read-ahead buffer (Layout.Raw) or NULL:
 *               [header][i32 capacity][i32 start][i32 end][i32 eof][u8 data...]
 *   ENCODING  str (text) or None; ERRORS str or None; NEWLINE None or str
 * Writes go straight to the file (no write buffer), so a file that is never closed still
 * has all its data. Reads fill the read-ahead buffer in chunks; the logical position is
 * POS - (end - start), which keeps tell() exact for text files too (the buffer holds raw
 * undecoded bytes; newline bytes never occur inside a multi-byte UTF-8 sequence).
 *
 * Every file system call runs inside beginBlocking()/endBlocking() on JS memory only; the
 * heap is read before and written after.
 */
import * as fs from 'fs';
import { isUtf8 } from 'buffer';
import { F, I32, U8, REF_BASE, NULL } from '../heap/memory';
import { Layout } from '../heap/layout';
import { allocObject } from '../heap/allocator';
import { defineBuiltinType, MethodDef, GetSetDef } from '../objects/registry';
import { defineNative } from '../runtime/natives';
import { newBuiltinFunction, setTypeField, T_NSLOTS, TypeType } from '../objects/typeobject';
import { allocInstance } from '../objects/object';
import { moduleDict, isModule } from '../objects/module';
import { intern, newStr, StrType, strValue, codePointLength } from '../objects/str';
import { dictSetItem, newDict, dictLookupStr } from '../objects/dict';
import { newList, listAppend } from '../objects/list';
import { newTuple } from '../objects/tuple';
import { newInt } from '../objects/int';
import { newBytes, bufferView, encodeText, decodeBytes, lookupCodec } from '../objects/bytes';
import { raise, PyException } from '../runtime/errors';
import { exc } from '../objects/exceptions';
import * as P from '../runtime/protocol';
import { N } from '../runtime/names';
import { callObject } from '../runtime/call';
import { getIter, iterNext } from '../runtime/iteration';
import { registerNativeModule } from '../runtime/nativeModules';
import { onInstall } from '../runtime/installers';
import { getRoot, Root } from '../heap/roots';
import { rootMark, pushRoot, rootRelease } from '../threads/threadState';
import { raiseOSError, makeOSError, blockingCall, pathArg } from './os';

const CHUNK = 8192;

const enum S { FD = 0, NAME, MODE, FLAGS, POS, BUF, ENCODING, ERRORS, NEWLINE, COUNT }
const enum Flag { Read = 1, Write = 2, Append = 4, Binary = 8, CloseFd = 16, Seekable = 32, Created = 64, Raw = 128, Utf8 = 256, Latin1 = 512 }
const slot = (f: number, k: S) => ((f - REF_BASE) >> 3) + 2 + k;
const get = (f: number, k: S) => F[slot(f, k)];
const put = (f: number, k: S, v: number) => { F[slot(f, k)] = v; };
const flagsOf = (f: number) => F[slot(f, S.FLAGS)];

// ---- the read-ahead buffer ----------------------------------------------------------------
let bufTypeAddr = 0;
defineBuiltinType({ name: 'io_buffer', module: '_io', layout: Layout.Raw, flags: 0, setRef: (r) => { bufTypeAddr = r - REF_BASE; } });
const B_CAP = 2, B_START = 3, B_END = 4, B_EOF = 5; // int32 word offsets
const B_DATA = 24;

function newBuffer(capacity: number): number {
  const ref = allocObject(B_DATA + ((capacity + 7) & ~7), bufTypeAddr, Layout.Raw);
  const w = (ref - REF_BASE) >> 2;
  I32[w + B_CAP] = capacity; I32[w + B_START] = 0; I32[w + B_END] = 0; I32[w + B_EOF] = 0;
  return ref;
}
/** Bytes buffered and not yet consumed. */
function avail(f: number): number {
  const b = get(f, S.BUF);
  if (b === NULL) return 0;
  const w = (b - REF_BASE) >> 2;
  return I32[w + B_END] - I32[w + B_START];
}
/** Byte address of the first unconsumed buffered byte. */
function dataStart(f: number): number {
  const b = get(f, S.BUF);
  return b - REF_BASE + B_DATA + I32[((b - REF_BASE) >> 2) + B_START];
}
function consume(f: number, n: number): void {
  if (n === 0) return;
  const w = (get(f, S.BUF) - REF_BASE) >> 2;
  I32[w + B_START] += n;
}
function atEof(f: number): boolean {
  const b = get(f, S.BUF);
  return b !== NULL && I32[((b - REF_BASE) >> 2) + B_EOF] !== 0;
}
/** Forget the read-ahead data, moving POS back to the logical position. */
function dropBuffer(f: number): void {
  const n = avail(f);
  if (n > 0 && flagsOf(f) & Flag.Seekable) put(f, S.POS, get(f, S.POS) - n);
  const b = get(f, S.BUF);
  if (b !== NULL) { const w = (b - REF_BASE) >> 2; I32[w + B_START] = 0; I32[w + B_END] = 0; I32[w + B_EOF] = 0; }
}
const scratch = Buffer.alloc(CHUNK);
/**
 * Read more bytes into the buffer (at least `want` if the file has them, in one call of
 * at most max(want, CHUNK)). Returns the number of bytes added; 0 at end of file.
 */
function fill(f: number, want = CHUNK): number {
  const n = avail(f);
  const size = Math.max(want, CHUNK);
  let b = get(f, S.BUF);
  if (b === NULL || I32[((b - REF_BASE) >> 2) + B_CAP] < n + size) {
    const nb = newBuffer(Math.max(n + size, b === NULL ? CHUNK : I32[((b - REF_BASE) >> 2) + B_CAP] * 2));
    if (n > 0) U8.copyWithin(nb - REF_BASE + B_DATA, dataStart(f), dataStart(f) + n);
    I32[((nb - REF_BASE) >> 2) + B_END] = n;
    put(f, S.BUF, nb);
    b = nb;
  } else if (I32[((b - REF_BASE) >> 2) + B_START] > 0) {
    const w = (b - REF_BASE) >> 2;
    U8.copyWithin(b - REF_BASE + B_DATA, dataStart(f), dataStart(f) + n);
    I32[w + B_START] = 0; I32[w + B_END] = n;
  }
  const fd = get(f, S.FD);
  const seekable = (flagsOf(f) & Flag.Seekable) !== 0;
  const pos = seekable ? get(f, S.POS) : null;
  const tmp = size <= CHUNK ? scratch : Buffer.alloc(size);
  let got = 0;
  try { got = blockingCall(() => fs.readSync(fd, tmp, 0, size, pos)); } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EAGAIN') got = 0;
    else if ((e as NodeJS.ErrnoException).code !== 'EOF') raiseOSError(e);
  }
  const w = (b - REF_BASE) >> 2;
  U8.set(tmp.subarray(0, got), b - REF_BASE + B_DATA + I32[w + B_END]);
  I32[w + B_END] += got;
  I32[w + B_EOF] = got === 0 ? 1 : 0;
  if (seekable) put(f, S.POS, get(f, S.POS) + got);
  return got;
}
/** Everything from the logical position to the end of the file, consumed. */
function readAllBytes(f: number): Buffer {
  const parts: Buffer[] = [];
  const n = avail(f);
  if (n > 0) { const a = dataStart(f); parts.push(Buffer.from(U8.subarray(a, a + n))); consume(f, n); }
  const fd = get(f, S.FD);
  const seekable = (flagsOf(f) & Flag.Seekable) !== 0;
  let pos = get(f, S.POS);
  for (;;) {
    let size = CHUNK * 8;
    if (seekable) {
      try { const st = blockingCall(() => fs.fstatSync(fd)); size = Math.max(st.size - pos + 1, 1024); } catch (e) { raiseOSError(e); }
    }
    const tmp = Buffer.alloc(size);
    let got = 0;
    try { got = blockingCall(() => fs.readSync(fd, tmp, 0, size, seekable ? pos : null)); } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EOF' && (e as NodeJS.ErrnoException).code !== 'EAGAIN') raiseOSError(e);
    }
    if (got === 0) break;
    parts.push(tmp.subarray(0, got));
    pos += got;
  }
  if (seekable) put(f, S.POS, pos);
  const b = get(f, S.BUF);
  if (b !== NULL) I32[((b - REF_BASE) >> 2) + B_EOF] = 1;
  return parts.length === 1 ? parts[0] : Buffer.concat(parts);
}

// ---- checks and errors --------------------------------------------------------------------
function unsupported(msg: string): never {
  let m = dictLookupStr(getRoot(Root.SysModules), intern('_io'));
  if (m === NULL) m = callObject(dictLookupStr(moduleDict(getRoot(Root.Builtins)), N.__import__), [newStr('_io')], null);
  const cls = P.getAttr(m, intern('UnsupportedOperation'));
  throw new PyException(callObject(cls, [newStr(msg)], null));
}
function checkOpen(f: number): void {
  if (get(f, S.FD) < 0) raise(exc.ValueError, 'I/O operation on closed file.');
}
function checkReadable(f: number, op: string): void {
  checkOpen(f);
  const fl = flagsOf(f);
  if (fl & Flag.Read) return;
  if (fl & Flag.Raw) unsupported('File not open for reading');
  unsupported(fl & Flag.Binary ? op : 'not readable');
}
function checkWritable(f: number, op: string): void {
  checkOpen(f);
  const fl = flagsOf(f);
  if (fl & Flag.Write) return;
  if (fl & Flag.Raw) unsupported('File not open for writing');
  unsupported(fl & Flag.Binary ? op : 'not writable');
}
function checkSeekable(f: number): void {
  if (!(flagsOf(f) & Flag.Seekable)) throw makeOSError(29, 'Illegal seek');
}
const isText = (f: number) => (flagsOf(f) & Flag.Binary) === 0;
const sizeArg = (v: number) => (v === NULL || v === P.None ? -1 : Number(P.index(v)));

// ---- text decoding and encoding -----------------------------------------------------------
/** Index just after the last complete UTF-8 sequence in U8[a, e). */
function utf8Boundary(a: number, e: number): number {
  for (let i = e - 1; i >= a && i >= e - 4; i--) {
    const c = U8[i];
    if (c < 0x80) return e;
    if (c >= 0xc0) {
      const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return i + len <= e ? e : i;
    }
  }
  return e;
}
function decode(f: number, a: number, e: number): string {
  const fl = flagsOf(f);
  if (fl & Flag.Utf8) {
    const view = Buffer.from(U8.buffer, U8.byteOffset + a, e - a);
    if (isUtf8(view)) return view.toString('utf8');
  } else if (fl & Flag.Latin1) {
    let s = '';
    for (let i = a; i < e; i += 4096) s += String.fromCharCode.apply(null, Array.from(U8.subarray(i, Math.min(e, i + 4096))));
    return s;
  }
  const copy = new Uint8Array(U8.subarray(a, e));
  return decodeBytes(copy, strValue(get(f, S.ENCODING)), strValue(get(f, S.ERRORS)), () => newBytes(copy));
}
function decodeJs(f: number, b: Buffer): string {
  const fl = flagsOf(f);
  if (fl & Flag.Utf8 && isUtf8(b)) return b.toString('utf8');
  if (fl & Flag.Latin1) return b.toString('latin1');
  const copy = new Uint8Array(b);
  return decodeBytes(copy, strValue(get(f, S.ENCODING)), strValue(get(f, S.ERRORS)), () => newBytes(copy));
}
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
function encode(f: number, s: string): Uint8Array {
  if (flagsOf(f) & Flag.Utf8 && !LONE_SURROGATE.test(s)) return Buffer.from(s, 'utf8');
  return encodeText(s, strValue(get(f, S.ENCODING)), strValue(get(f, S.ERRORS)));
}
function byteLengthOf(f: number, raw: string): number {
  const fl = flagsOf(f);
  if (fl & Flag.Utf8) return Buffer.byteLength(raw, 'utf8');
  if (fl & Flag.Latin1) return raw.length;
  return encodeText(raw, strValue(get(f, S.ENCODING)), 'surrogateescape').length;
}
/** The newline mode: 0 universal + translate (None), 1 universal (''), else the terminator. */
function newlineMode(f: number): string | null {
  const nl = get(f, S.NEWLINE);
  return nl === P.None ? null : strValue(nl);
}
const translate = (s: string) => (s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n'));

// ---- reading ------------------------------------------------------------------------------
/**
 * End offset (relative to the buffer start) of the first line in the buffer, or -1 if the
 * buffer holds no complete line yet. `nl` is the newline mode (null/'' = universal).
 */
function lineEnd(f: number, nl: string | null, binary: boolean): number {
  const a = dataStart(f), n = avail(f);
  const view = U8.subarray(a, a + n);
  if (binary || nl === '\n') { const i = view.indexOf(10); return i < 0 ? -1 : i + 1; }
  if (nl === '\r') { const i = view.indexOf(13); return i < 0 ? -1 : i + 1; }
  if (nl === '\r\n') {
    let from = 0;
    for (;;) {
      const i = view.indexOf(13, from);
      if (i < 0 || i + 1 >= n) return -1;
      if (view[i + 1] === 10) return i + 2;
      from = i + 1;
    }
  }
  for (let i = 0; i < n; i++) {
    const c = view[i];
    if (c === 10) return i + 1;
    if (c === 13) {
      if (i + 1 < n) return view[i + 1] === 10 ? i + 2 : i + 1;
      return atEof(f) ? i + 1 : -1; // a \r at the end: a \n may follow
    }
  }
  return -1;
}
/** One line as raw bytes [a, a+len) of the buffer (consumed by the caller); len 0 at EOF. */
function nextLine(f: number, nl: string | null, binary: boolean, limit: number): number {
  for (;;) {
    const end = lineEnd(f, nl, binary);
    if (end >= 0) return limit >= 0 && end > limit && binary ? limit : end;
    if (limit >= 0 && binary && avail(f) >= limit) return limit;
    if (atEof(f) || fill(f, avail(f) + CHUNK) === 0) return avail(f);
  }
}
function readlineText(f: number, limit: number): string {
  const nl = newlineMode(f);
  const n = nextLine(f, nl, false, -1);
  if (n === 0) return '';
  const a = dataStart(f);
  const last = atEof(f) && n === avail(f);
  const e = (flagsOf(f) & Flag.Utf8) && !last ? utf8Boundary(a, a + n) : a + n;
  let line = decode(f, a, e);
  if (limit >= 0 && codePointLength(line) > limit) {
    line = Array.from(line).slice(0, limit).join('');
    consume(f, byteLengthOf(f, line));
  } else consume(f, n);
  return nl === null ? translate(line) : line;
}
function readlineBytes(f: number, limit: number): number {
  const n = nextLine(f, '\n', true, limit);
  const a = dataStart(f);
  const out = newBytes(U8.subarray(a, a + n));
  consume(f, n);
  return out;
}
function readText(f: number, count: number): string {
  const nl = newlineMode(f);
  if (count < 0) {
    const s = decodeJs(f, readAllBytes(f));
    return nl === null ? translate(s) : s;
  }
  if (count === 0) return '';
  const want = count * 8 + 8;
  while (avail(f) < want && !atEof(f) && fill(f, want - avail(f)) > 0) { /* keep filling */ }
  const n = avail(f);
  if (n === 0) return '';
  const a = dataStart(f);
  let e = a + Math.min(n, want);
  if (flagsOf(f) & Flag.Utf8 && !(atEof(f) && e === a + n)) e = utf8Boundary(a, e);
  const text = decode(f, a, e);
  let out = '', raw = 0, produced = 0;
  while (produced < count && raw < text.length) {
    const c = text.codePointAt(raw)!;
    const w = c > 0xffff ? 2 : 1;
    if (nl === null && c === 13) {
      out += '\n';
      raw += 1;
      if (raw < text.length ? text.charCodeAt(raw) === 10 : false) raw += 1;
    } else { out += text.slice(raw, raw + w); raw += w; }
    produced++;
  }
  consume(f, byteLengthOf(f, text.slice(0, raw)));
  // A \r consumed at the end of the decoded window: swallow the \n of a \r\n that follows.
  if (nl === null && raw > 0 && text.charCodeAt(raw - 1) === 13) {
    if (avail(f) === 0 && !atEof(f)) fill(f, 1);
    if (avail(f) > 0 && U8[dataStart(f)] === 10) consume(f, 1);
  }
  return out;
}
function readBytes(f: number, count: number): number {
  if (count < 0) return newBytes(readAllBytes(f));
  while (avail(f) < count && !atEof(f) && fill(f, count - avail(f)) > 0) { /* keep filling */ }
  const n = Math.min(count, avail(f));
  const a = dataStart(f);
  const out = newBytes(U8.subarray(a, a + n));
  consume(f, n);
  return out;
}

// ---- writing ------------------------------------------------------------------------------
function writeRaw(f: number, data: Uint8Array): void {
  if (avail(f) > 0 || atEof(f)) dropBuffer(f);
  const fd = get(f, S.FD);
  const fl = flagsOf(f);
  const seekable = (fl & Flag.Seekable) !== 0 && !(fl & Flag.Append);
  const pos = seekable ? get(f, S.POS) : null;
  let done = 0;
  try {
    done = blockingCall(() => {
      let off = 0;
      while (off < data.length) off += fs.writeSync(fd, data, off, data.length - off, pos === null ? null : pos + off);
      return off;
    });
  } catch (e) { raiseOSError(e); }
  if (fl & Flag.Seekable) put(f, S.POS, get(f, S.POS) + done);
}
function writeText(f: number, s: string): number {
  const nl = newlineMode(f);
  const out = nl === '\r' || nl === '\r\n' ? s.replace(/\n/g, nl) : s;
  writeRaw(f, encode(f, out));
  return codePointLength(s);
}

// ---- positioning --------------------------------------------------------------------------
function tell(f: number): number {
  checkOpen(f);
  checkSeekable(f);
  return get(f, S.POS) - avail(f);
}
function fileSize(f: number): number {
  const fd = get(f, S.FD);
  try { return blockingCall(() => fs.fstatSync(fd)).size; } catch (e) { raiseOSError(e); }
}
function seek(f: number, offset: number, whence: number): number {
  checkOpen(f);
  const w = whence === NULL ? 0 : Number(P.index(whence));
  const off = Number(P.index(offset));
  if (w !== 0 && w !== 1 && w !== 2) raise(exc.ValueError, `invalid whence (${w}, should be 0, 1 or 2)`);
  checkSeekable(f);
  let target: number;
  if (isText(f)) {
    if (w === 1 && off !== 0) unsupported("can't do nonzero cur-relative seeks");
    if (w === 2 && off !== 0) unsupported("can't do nonzero end-relative seeks");
    if (w === 0 && off < 0) raise(exc.ValueError, `negative seek position ${off}`);
    target = w === 0 ? off : w === 1 ? tell(f) : fileSize(f);
  } else {
    target = w === 0 ? off : w === 1 ? tell(f) + off : fileSize(f) + off;
    if (target < 0) throw makeOSError(22, 'Invalid argument');
  }
  dropBuffer(f);
  put(f, S.POS, target);
  return target;
}
function truncate(f: number, size: number): number {
  checkOpen(f);
  const fl = flagsOf(f);
  if (!(fl & Flag.Write)) { if (fl & Flag.Raw) unsupported('File not open for writing'); unsupported('truncate'); }
  const pos = tell(f);
  const n = size === NULL || size === P.None ? pos : Number(P.index(size));
  if (n < 0) throw makeOSError(22, 'Invalid argument');
  const fd = get(f, S.FD);
  try { blockingCall(() => fs.ftruncateSync(fd, n)); } catch (e) { raiseOSError(e); }
  dropBuffer(f);
  put(f, S.POS, pos);
  return n;
}
function close(f: number): number {
  const fd = get(f, S.FD);
  if (fd < 0) return P.None;
  put(f, S.FD, -1);
  put(f, S.BUF, NULL);
  if (flagsOf(f) & Flag.CloseFd) {
    try { blockingCall(() => fs.closeSync(fd)); } catch (e) { raiseOSError(e); }
  }
  return P.None;
}

// ---- the file types -----------------------------------------------------------------------
function readlines(f: number, hint: number): number {
  const h = sizeArg(hint);
  const mark = rootMark();
  try {
    const out = newList([]);
    pushRoot(out);
    let total = 0;
    for (;;) {
      const line = isText(f) ? newStr(readlineText(f, -1)) : readlineBytes(f, -1);
      if (P.len(line) === 0) break;
      listAppend(out, line); // rooted through `out`, however many lines
      total += P.len(line);
      if (h > 0 && total >= h) break;
    }
    return out;
  } finally { rootRelease(mark); }
}
function writeValue(f: number, v: number): number {
  if (isText(f)) {
    if (!P.isInstance(v, StrType)) raise(exc.TypeError, `write() argument must be str, not ${P.typeName(v)}`);
    return newInt(writeText(f, strValue(v)));
  }
  const view = bufferView(v);
  if (view === null) raise(exc.TypeError, `a bytes-like object is required, not '${P.typeName(v)}'`);
  const copy = new Uint8Array(view);
  writeRaw(f, copy);
  return newInt(copy.length);
}

const methods: MethodDef[] = [
  { name: 'read', sig: 'read(self, size=-1, /)', fn: (f: number, size: number) => {
    checkReadable(f, 'read');
    const n = sizeArg(size);
    return isText(f) ? newStr(readText(f, n)) : readBytes(f, n);
  } },
  { name: 'readline', sig: 'readline(self, size=-1, /)', fn: (f: number, size: number) => {
    checkReadable(f, 'readline');
    const n = sizeArg(size);
    return isText(f) ? newStr(readlineText(f, n)) : readlineBytes(f, n);
  } },
  { name: 'readlines', sig: 'readlines(self, hint=-1, /)', fn: (f: number, hint: number) => { checkReadable(f, 'readlines'); return readlines(f, hint); } },
  { name: 'readall', sig: 'readall(self, /)', fn: (f: number) => { checkReadable(f, 'read'); return isText(f) ? newStr(readText(f, -1)) : readBytes(f, -1); } },
  { name: 'read1', sig: 'read1(self, size=-1, /)', fn: (f: number, size: number) => { checkReadable(f, 'read1'); return readBytes(f, sizeArg(size)); } },
  { name: 'write', sig: 'write(self, data, /)', fn: (f: number, v: number) => { checkWritable(f, 'write'); return writeValue(f, v); } },
  { name: 'writelines', sig: 'writelines(self, lines, /)', fn: (f: number, lines: number) => {
    checkWritable(f, 'writelines');
    const mark = rootMark();
    try {
      pushRoot(f);
      const it = getIter(lines);
      pushRoot(it);
      for (;;) {
        const v = iterNext(it);
        if (v === NULL) return P.None;
        checkOpen(f);
        writeValue(f, v);
      }
    } finally { rootRelease(mark); }
  } },
  { name: 'seek', sig: 'seek(self, cookie, whence=0, /)', fn: (f: number, off: number, whence: number) => newInt(seek(f, off, whence)) },
  { name: 'tell', sig: 'tell(self, /)', fn: (f: number) => newInt(tell(f)) },
  { name: 'truncate', sig: 'truncate(self, pos=None, /)', fn: (f: number, size: number) => newInt(truncate(f, size)) },
  { name: 'flush', sig: 'flush(self, /)', fn: (f: number) => { checkOpen(f); return P.None; } },
  { name: 'close', sig: 'close(self, /)', fn: close },
  { name: 'fileno', sig: 'fileno(self, /)', fn: (f: number) => { checkOpen(f); return get(f, S.FD); } },
  { name: 'isatty', sig: 'isatty(self, /)', fn: (f: number) => { checkOpen(f); const fd = get(f, S.FD); try { return P.bool(fs.fstatSync(fd).isCharacterDevice()); } catch { return P.False; } } },
  { name: 'readable', sig: 'readable(self, /)', fn: (f: number) => { checkOpen(f); return P.bool((flagsOf(f) & Flag.Read) !== 0); } },
  { name: 'writable', sig: 'writable(self, /)', fn: (f: number) => { checkOpen(f); return P.bool((flagsOf(f) & Flag.Write) !== 0); } },
  { name: 'seekable', sig: 'seekable(self, /)', fn: (f: number) => { checkOpen(f); return P.bool((flagsOf(f) & Flag.Seekable) !== 0); } },
  { name: '__iter__', sig: '__iter__(self, /)', fn: (f: number) => { checkOpen(f); return f; } },
  { name: '__next__', sig: '__next__(self, /)', fn: (f: number) => {
    checkReadable(f, 'readline');
    const line = isText(f) ? newStr(readlineText(f, -1)) : readlineBytes(f, -1);
    if (P.len(line) === 0) raise(exc.StopIteration);
    return line;
  } },
  { name: '__enter__', sig: '__enter__(self, /)', fn: (f: number) => { checkOpen(f); return f; } },
  { name: '__exit__', sig: '__exit__(self, *args)', fn: (f: number) => close(f) },
  { name: '__repr__', sig: '__repr__(self, /)', fn: (f: number) => {
    const fl = flagsOf(f);
    const tn = P.typeName(f);
    const name = P.reprJs(get(f, S.NAME));
    if (fl & Flag.Raw) {
      if (get(f, S.FD) < 0) return newStr('<_io.FileIO [closed]>');
      return newStr(`<_io.FileIO name=${name} mode='${strValue(get(f, S.MODE))}' closefd=${fl & Flag.CloseFd ? 'True' : 'False'}>`);
    }
    if (fl & Flag.Binary) return newStr(`<_io.${tn} name=${name}>`);
    return newStr(`<_io.${tn} name=${name} mode=${P.reprJs(get(f, S.MODE))} encoding=${P.reprJs(get(f, S.ENCODING))}>`);
  } },
];
const getsets: GetSetDef[] = [
  { name: 'closed', get: (f: number) => P.bool(get(f, S.FD) < 0) },
  { name: 'name', get: (f: number) => get(f, S.NAME) },
  { name: 'mode', get: (f: number) => get(f, S.MODE) },
  { name: 'closefd', get: (f: number) => P.bool((flagsOf(f) & Flag.CloseFd) !== 0) },
  { name: 'encoding', get: (f: number) => get(f, S.ENCODING) },
  { name: 'errors', get: (f: number) => get(f, S.ERRORS) },
  { name: 'newlines', get: () => P.None },
  { name: 'line_buffering', get: () => P.False },
  { name: 'write_through', get: () => P.True },
];

const enum Kind { Text = 0, Reader, Writer, Random, Raw }
const kindTypes: number[] = [0, 0, 0, 0, 0];
const KIND_NAMES = ['TextIOWrapper', 'BufferedReader', 'BufferedWriter', 'BufferedRandom', 'FileIO'];
KIND_NAMES.forEach((name, k) => {
  defineBuiltinType({
    name, module: '_io', layout: Layout.Object, size: 16 + 8 * S.COUNT,
    setRef: (r) => { kindTypes[k] = r; setTypeField(r, T_NSLOTS, S.COUNT); },
    methods, getsets,
  });
});

// ---- open() -------------------------------------------------------------------------------
function strOrNone(v: number, what: string): string | null {
  if (v === NULL || v === P.None) return null;
  if (!P.isInstance(v, StrType)) raise(exc.TypeError, `open() argument '${what}' must be str or None, not ${P.typeName(v)}`);
  return strValue(v);
}

function openFile(file: number, mode: number, buffering: number, encoding: number, errors: number, newline: number, closefd: number, opener: number): number {
  // The file argument: a path (str, bytes, os.PathLike) or an fd.
  let path: string | null = null;
  let fd = -1;
  if (P.isIntLike(file)) {
    fd = Number(P.index(file));
    if (fd < 0) raise(exc.ValueError, 'negative file descriptor');
  } else {
    try { path = pathArg(file, 'open') as string; } catch (e) {
      if (e instanceof PyException && P.isInstance(e.exc, exc.TypeError)) raise(exc.TypeError, `expected str, bytes or os.PathLike object, not ${P.typeName(file)}`);
      throw e;
    }
  }
  const m = mode === NULL ? 'r' : P.isInstance(mode, StrType) ? strValue(mode) : raise(exc.TypeError, `open() argument 'mode' must be str, not ${P.typeName(mode)}`);
  const buffer = buffering === NULL ? -1 : Number(P.index(buffering));
  const enc = strOrNone(encoding, 'encoding');
  const errs = strOrNone(errors, 'errors');
  const nl = strOrNone(newline, 'newline');

  let creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
  const seen = new Set<string>();
  for (const c of m) {
    if (!'xrwab+t'.includes(c) || seen.has(c)) raise(exc.ValueError, `invalid mode: '${m}'`);
    seen.add(c);
    if (c === 'x') creating = true; else if (c === 'r') reading = true; else if (c === 'w') writing = true;
    else if (c === 'a') appending = true; else if (c === '+') updating = true; else if (c === 't') text = true; else binary = true;
  }
  if (text && binary) raise(exc.ValueError, "can't have text and binary mode at once");
  const modes = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
  if (modes > 1) raise(exc.ValueError, 'must have exactly one of create/read/write/append mode');
  if (binary && enc !== null) raise(exc.ValueError, "binary mode doesn't take an encoding argument");
  if (binary && errs !== null) raise(exc.ValueError, "binary mode doesn't take an errors argument");
  if (binary && nl !== null) raise(exc.ValueError, "binary mode doesn't take a newline argument");
  if (modes === 0) raise(exc.ValueError, 'Must have exactly one of create/read/write/append mode and at most one plus');

  let flags = 0;
  if (reading || updating) flags |= Flag.Read;
  if (writing || appending || creating || updating) flags |= Flag.Write;
  if (appending) flags |= Flag.Append;
  if (binary) flags |= Flag.Binary;
  if (creating) flags |= Flag.Created;
  const closeFd = closefd === NULL || P.truthy(closefd);
  if (closeFd) flags |= Flag.CloseFd;
  if (!closeFd && path !== null) raise(exc.ValueError, 'Cannot use closefd=False with file name');

  const c = fs.constants;
  let oflags = updating ? c.O_RDWR : reading ? c.O_RDONLY : c.O_WRONLY;
  if (writing) oflags |= c.O_CREAT | c.O_TRUNC;
  if (appending) oflags |= c.O_CREAT | c.O_APPEND;
  if (creating) oflags |= c.O_CREAT | c.O_EXCL;

  if (path !== null) {
    if (opener !== NULL && opener !== P.None) {
      const r = callObject(opener, [file, oflags], null);
      if (!P.isIntLike(r)) raise(exc.TypeError, `expected an integer from opener`);
      fd = Number(P.index(r));
      if (fd < 0) raise(exc.ValueError, `opener returned ${fd}`);
    } else {
      const p = path;
      try { fd = blockingCall(() => fs.openSync(p, oflags, 0o666)); } catch (e) { raiseOSError(e, file); }
    }
  }
  // A directory cannot be opened as a file.
  let seekable = false;
  let size = 0;
  try {
    const st = blockingCall(() => fs.fstatSync(fd));
    if (st.isDirectory()) {
      if (path !== null) blockingCall(() => fs.closeSync(fd));
      throw makeOSError(21, 'Is a directory', file);
    }
    seekable = st.isFile() || st.isBlockDevice();
    size = st.size;
  } catch (e) { if (e instanceof PyException) throw e; raiseOSError(e, file); }
  if (seekable) flags |= Flag.Seekable;
  const fail = (f: () => never): never => {
    if (path !== null) { try { fs.closeSync(fd); } catch { /* already failing */ } }
    return f();
  };

  let kind: Kind;
  let encodingName = '';
  if (binary) {
    if (buffer === 0) { kind = Kind.Raw; flags |= Flag.Raw; } else kind = updating ? Kind.Random : reading ? Kind.Reader : Kind.Writer;
  } else {
    if (buffer === 0) fail(() => raise(exc.ValueError, "can't have unbuffered text I/O"));
    kind = Kind.Text;
    encodingName = enc === null || enc === 'locale' ? 'UTF-8' : enc;
    let codec = '';
    try { codec = lookupCodec(encodingName); } catch (e) { fail(() => { throw e; }); }
    if (codec === 'utf-8') flags |= Flag.Utf8;
    else if (codec === 'latin-1') flags |= Flag.Latin1;
    if (nl !== null && nl !== '' && nl !== '\n' && nl !== '\r' && nl !== '\r\n') fail(() => raise(exc.ValueError, `illegal newline value: ${nl}`));
  }
  const shownMode = kind === Kind.Text ? m
    : creating ? (updating ? 'xb+' : 'xb') : appending ? (updating ? 'ab+' : 'ab') : updating ? 'rb+' : reading ? 'rb' : 'wb';

  const mark = rootMark();
  try {
    const modeStr = pushRoot(newStr(shownMode));
    const encStr = pushRoot(kind === Kind.Text ? newStr(encodingName) : P.None);
    const errStr = pushRoot(kind === Kind.Text ? newStr(errs ?? 'strict') : P.None);
    const nlStr = pushRoot(kind === Kind.Text && nl !== null ? newStr(nl) : P.None);
    const f = allocInstance(kindTypes[kind]);
    put(f, S.FD, fd);
    put(f, S.NAME, file);
    put(f, S.MODE, F[modeStr]);
    put(f, S.FLAGS, flags);
    put(f, S.POS, appending && seekable ? size : 0);
    put(f, S.BUF, NULL);
    put(f, S.ENCODING, F[encStr]);
    put(f, S.ERRORS, F[errStr]);
    put(f, S.NEWLINE, F[nlStr]);
    return f;
  } finally { rootRelease(mark); }
}

const OPEN_SIG = 'open(file, mode=\'r\', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)';
const openSpec = defineNative('open', OPEN_SIG, openFile, 'Open file and return a stream.  Raise OSError upon failure.');

onInstall(() => {
  // Installers must run once the builtins module exists; until then there is nothing to fill.
  const b = getRoot(Root.Builtins);
  if (b < REF_BASE || !isModule(b)) return;
  dictSetItem(moduleDict(b), intern('open'), newBuiltinFunction(openSpec));
});

registerNativeModule('_io', (m) => {
  const d = moduleDict(m);
  dictSetItem(d, intern('open'), newBuiltinFunction(openSpec, m));
  KIND_NAMES.forEach((name, k) => dictSetItem(d, intern(name), kindTypes[k]));
  dictSetItem(d, intern('DEFAULT_BUFFER_SIZE'), CHUNK);
  const mark = rootMark();
  try {
    const ns = pushRoot(newDict());
    dictSetItem(F[ns], N.__module__, newStr('io'));
    const bases = pushRoot(newTuple([exc.OSError, exc.ValueError]));
    const cls = callObject(TypeType, [newStr('UnsupportedOperation'), F[bases], F[ns]], null);
    dictSetItem(d, intern('UnsupportedOperation'), cls);
  } finally { rootRelease(mark); }
  dictSetItem(d, N.__doc__, newStr('The io module provides the Python interfaces to stream handling.'));
});
