/**
 * The posix module: the operating-system calls lib/os.py builds on (files and directories,
 * stat, environment, process ids, low-level fds, urandom), and os.stat_result.
 *
 * Errors: a failed call raises OSError built from the Node error (errno, CPython's strerror
 * text, filename), so OSError(errno, ...) picks FileNotFoundError, PermissionError, ...
 * Exported helpers (raiseOSError, pathArg, blockingCall) are shared with io.ts.
 *
 * Calls that can block (file system access) run between beginBlocking() and endBlocking(),
 * and touch no heap object in between: arguments are converted to JS values first and the
 * results turned into Python objects after.
 */
import * as fs from 'fs';
import * as osLib from 'os';
import * as pathLib from 'path';
import * as tty from 'tty';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { F, NULL, REF_BASE } from '../heap/memory';
import { Layout } from '../heap/layout';
import { defineNative, NativeSpec } from '../runtime/natives';
import { defineBuiltinType } from '../objects/registry';
import { newBuiltinFunction, setTypeField, T_NSLOTS, typeLookup } from '../objects/typeobject';
import { allocInstance } from '../objects/object';
import { moduleDict } from '../objects/module';
import { intern, newStr, StrType, strValue } from '../objects/str';
import { dictSetItem, newDict } from '../objects/dict';
import { newList } from '../objects/list';
import { newTuple, tupleHandle, tupleItem } from '../objects/tuple';
import { newInt, isIntLike, intValue } from '../objects/int';
import { newFloat } from '../objects/float';
import { newBytes, isBytes, bytesView, bufferView } from '../objects/bytes';
import { raise, PyException } from '../runtime/errors';
import { exc } from '../objects/exceptions';
import * as P from '../runtime/protocol';
import { N } from '../runtime/names';
import { callObject } from '../runtime/call';
import { iterableToArray } from '../runtime/iteration';
import { registerNativeModule } from '../runtime/nativeModules';
import { flushStdout } from '../runtime/stdio';
import { beginBlocking, endBlocking, rootMark, pushRoot, rootRelease } from '../threads/threadState';

// ---- errors -------------------------------------------------------------------------------
/** strerror() texts of glibc for the errors file operations meet. */
const STRERROR: Record<string, string> = {
  EPERM: 'Operation not permitted', ENOENT: 'No such file or directory', ESRCH: 'No such process',
  EINTR: 'Interrupted system call', EIO: 'Input/output error', ENXIO: 'No such device or address',
  E2BIG: 'Argument list too long', EBADF: 'Bad file descriptor', EAGAIN: 'Resource temporarily unavailable',
  ENOMEM: 'Cannot allocate memory', EACCES: 'Permission denied', EFAULT: 'Bad address', EBUSY: 'Device or resource busy',
  EEXIST: 'File exists', EXDEV: 'Invalid cross-device link', ENODEV: 'No such device', ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory', EINVAL: 'Invalid argument', ENFILE: 'Too many open files in system',
  EMFILE: 'Too many open files', ENOTTY: 'Inappropriate ioctl for device', ETXTBSY: 'Text file busy',
  EFBIG: 'File too large', ENOSPC: 'No space left on device', ESPIPE: 'Illegal seek', EROFS: 'Read-only file system',
  EMLINK: 'Too many links', EPIPE: 'Broken pipe', ERANGE: 'Numerical result out of range',
  ENAMETOOLONG: 'File name too long', ENOTEMPTY: 'Directory not empty', ELOOP: 'Too many levels of symbolic links',
  ENOSYS: 'Function not implemented', ENOTSUP: 'Operation not supported', ETIMEDOUT: 'Connection timed out',
  ECONNREFUSED: 'Connection refused', ECONNRESET: 'Connection reset by peer',
};
const errnoCodes = osLib.constants.errno as Record<string, number>;

export function strerror(code: number): string {
  for (const [name, n] of Object.entries(errnoCodes)) if (n === code && STRERROR[name]) return STRERROR[name];
  return `Unknown error ${code}`;
}

/** Build the OSError for errno `code` (picking the PEP 3151 subclass), with filenames. */
export function makeOSError(code: number, message: string, filename = NULL, filename2 = NULL): PyException {
  const mark = rootMark();
  try {
    const msg = pushRoot(newStr(message));
    const args = [code, F[msg]];
    if (filename !== NULL) args.push(filename);
    const e = callObject(exc.OSError, args, null);
    if (filename2 !== NULL) { pushRoot(e); P.setAttr(e, intern('filename2'), filename2); }
    return new PyException(e);
  } finally { rootRelease(mark); }
}

/** Turn a Node file-system error into the matching Python OSError and throw it. */
export function raiseOSError(e: unknown, filename = NULL, filename2 = NULL): never {
  if (e instanceof PyException) throw e;
  const err = e as NodeJS.ErrnoException;
  if (!err || typeof err.code !== 'string') throw e;
  const code = errnoCodes[err.code] ?? (typeof err.errno === 'number' ? Math.abs(err.errno) : 0);
  let msg = STRERROR[err.code];
  if (msg === undefined) {
    const m = /^[A-Z0-9]+: ([^,]*)/.exec(err.message);
    msg = m ? m[1][0].toUpperCase() + m[1].slice(1) : err.message;
  }
  throw makeOSError(code, msg, filename, filename2);
}

/** Run a blocking JS call outside the running state; it must not touch the heap. */
export function blockingCall<T>(f: () => T): T {
  beginBlocking();
  try { return f(); } finally { endBlocking(); }
}

/** A path argument: str, bytes or os.PathLike (__fspath__), as a JS string. */
export function pathArg(v: number, fname: string, argName = 'path', allowFd = false): string | number {
  if (allowFd && v < REF_BASE && Number.isInteger(v)) return v;
  if (v >= REF_BASE && P.isInstance(v, StrType)) {
    const s = strValue(v);
    if (s.includes('\0')) raise(exc.ValueError, 'embedded null byte');
    return s;
  }
  if (isBytes(v)) return checkNul(Buffer.from(bufferView(v)!).toString('utf8'), fname);
  if (v >= REF_BASE) {
    const m = typeLookup(P.typeOf(v), N.__fspath__);
    if (m !== NULL) {
      const r = P.callDescr(m, v, []);
      if (P.isInstance(r, StrType)) { const s = strValue(r); if (s.includes('\0')) raise(exc.ValueError, 'embedded null byte'); return s; }
      if (isBytes(r)) return checkNul(Buffer.from(bufferView(r)!).toString('utf8'), fname);
      raise(exc.TypeError, `expected ${P.typeName(v)}.__fspath__() to return str or bytes, not ${P.typeName(r)}`);
    }
  }
  raise(exc.TypeError, `${fname}: ${argName} should be string, bytes${allowFd ? ', os.PathLike or integer' : ' or os.PathLike'}, not ${P.typeName(v)}`);
}
function checkNul(s: string, fname: string): string {
  if (s.includes('\0')) raise(exc.ValueError, `${fname}: embedded null character in path`);
  return s;
}
/** Results for a path given as bytes come back as bytes. */
const isBytesPath = (v: number) => isBytes(v);
const outName = (s: string, asBytes: boolean) => (asBytes ? newBytes(Buffer.from(s, 'utf8')) : newStr(s));

// ---- os.stat_result -----------------------------------------------------------------------
const STAT_FIELDS = ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size'];
const STAT_EXTRA = ['st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev'];
let statType = 0;
const sSlot = (o: number, k: number) => ((o - REF_BASE) >> 3) + 2 + k;
defineBuiltinType({
  name: 'stat_result', module: 'os', base: tupleHandle, layout: Layout.Object, size: 32,
  doc: 'stat_result: Result from stat, fstat, or lstat.',
  setRef: (r) => { statType = r; setTypeField(r, T_NSLOTS, 2); },
  methods: [
    { name: '__new__', sig: '__new__(cls, sequence, dict=None)', kind: 'staticmethod', fn: (cls: number, seq: number) => {
      const items = iterableToArray(seq);
      if (items.length < 10) raise(exc.TypeError, `os.stat_result() takes an at least 10-sequence (${items.length}-sequence given)`);
      const mark = rootMark();
      try {
        const t = pushRoot(newTuple(items.slice(0, 10)));
        const extra = pushRoot(newTuple([items[7], items[8], items[9], P.None, P.None, P.None, P.None, P.None, P.None].map((v, i) => (items[10 + i] ?? v))));
        const o = allocInstance(cls);
        F[sSlot(o, 0)] = F[t];
        F[sSlot(o, 1)] = F[extra];
        return o;
      } finally { rootRelease(mark); }
    } },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => {
      const t = F[sSlot(s, 0)];
      const names = [...STAT_FIELDS, 'st_atime', 'st_mtime', 'st_ctime'];
      return newStr(`os.stat_result(${names.map((f, i) => `${f}=${P.reprJs(tupleItem(t, i))}`).join(', ')})`);
    } },
  ],
  getsets: [
    ...STAT_FIELDS.map((f, i) => ({ name: f, get: (s: number) => tupleItem(F[sSlot(s, 0)], i) })),
    ...STAT_EXTRA.map((f, i) => ({ name: f, get: (s: number) => tupleItem(F[sSlot(s, 1)], i) })),
  ],
});

/** An os.stat_result from Node's bigint stats (times as CPython computes them). */
function makeStat(st: fs.BigIntStats): number {
  const sec = (ns: bigint) => (ns >= 0n ? ns / 1000000000n : -((-ns + 999999999n) / 1000000000n));
  const fl = (ns: bigint) => { const s = sec(ns); return Number(s) + Number(ns - s * 1000000000n) * 1e-9; };
  const mark = rootMark();
  try {
    const t = pushRoot(newTuple([
      newInt(st.mode), newInt(st.ino), newInt(st.dev), newInt(st.nlink), newInt(st.uid), newInt(st.gid), newInt(st.size),
      newInt(sec(st.atimeNs)), newInt(sec(st.mtimeNs)), newInt(sec(st.ctimeNs)),
    ]));
    const fa = pushRoot(newFloat(fl(st.atimeNs))), fm = pushRoot(newFloat(fl(st.mtimeNs))), fc = pushRoot(newFloat(fl(st.ctimeNs)));
    const extra = pushRoot(newTuple([F[fa], F[fm], F[fc], newInt(st.atimeNs), newInt(st.mtimeNs), newInt(st.ctimeNs),
      newInt(st.blksize), newInt(st.blocks), newInt(st.rdev)]));
    const o = allocInstance(statType);
    F[sSlot(o, 0)] = F[t];
    F[sSlot(o, 1)] = F[extra];
    return o;
  } finally { rootRelease(mark); }
}

// ---- functions ----------------------------------------------------------------------------
const functions: { name: string; spec: NativeSpec }[] = [];
function fn(signature: string, f: (...a: any[]) => number, doc: string | null = null): void {
  const name = signature.slice(0, signature.indexOf('('));
  functions.push({ name, spec: defineNative(`posix.${name}`, signature, f, doc) });
}
const orDefault = (v: number, d: number) => (v === NULL ? d : v);
const intArg = (v: number) => Number(P.index(v));
const followArg = (v: number) => v === NULL || P.truthy(v);

fn('stat(path, *, dir_fd=None, follow_symlinks=True)', (path: number, _dirFd: number, follow: number) => {
  const p = pathArg(path, 'stat', 'path', true);
  try {
    const st = blockingCall(() => (typeof p === 'number' ? fs.fstatSync(p, { bigint: true }) : followArg(follow) ? fs.statSync(p, { bigint: true }) : fs.lstatSync(p, { bigint: true })));
    return makeStat(st);
  } catch (e) { raiseOSError(e, typeof p === 'number' ? NULL : path); }
}, 'Perform a stat system call on the given path.');
fn('lstat(path, *, dir_fd=None)', (path: number) => {
  const p = pathArg(path, 'lstat') as string;
  try { return makeStat(blockingCall(() => fs.lstatSync(p, { bigint: true }))); } catch (e) { raiseOSError(e, path); }
}, 'Perform a stat system call on the given path, without following symbolic links.');
fn('fstat(fd)', (fd: number) => {
  const n = intArg(fd);
  try { return makeStat(blockingCall(() => fs.fstatSync(n, { bigint: true }))); } catch (e) { raiseOSError(e); }
}, 'Perform a stat system call on the given file descriptor.');
fn('getcwd()', () => newStr(process.cwd()), 'Return a unicode string representing the current working directory.');
fn('getcwdb()', () => newBytes(Buffer.from(process.cwd(), 'utf8')), 'Return a bytes string representing the current working directory.');
fn('chdir(path)', (path: number) => {
  const p = pathArg(path, 'chdir') as string;
  try { process.chdir(p); } catch (e) { raiseOSError(e, path); }
  return P.None;
}, 'Change the current working directory to the specified path.');
fn('listdir(path=None)', (path: number) => {
  const given = path !== NULL && path !== P.None;
  const p = given ? pathArg(path, 'listdir', 'path', true) : '.';
  const asBytes = given && isBytesPath(path);
  let names: string[];
  try { names = blockingCall(() => fs.readdirSync(typeof p === 'number' ? `/proc/self/fd/${p}` : p)); } catch (e) { raiseOSError(e, given ? path : newStr('.')); }
  const mark = rootMark();
  try {
    const items: number[] = [];
    for (const n of names) { const s = outName(n, asBytes); pushRoot(s); items.push(s); }
    return newList(items);
  } finally { rootRelease(mark); }
}, 'Return a list containing the names of the files in the directory.');
fn('_scandir_types(path)', (path: number) => {
  // [(name, kind)] with kind 'd' directory, 'f' regular file, 'l' symlink, 'o' other.
  const p = pathArg(path, 'scandir') as string;
  let ents: fs.Dirent[];
  try { ents = blockingCall(() => fs.readdirSync(p, { withFileTypes: true })); } catch (e) { raiseOSError(e, path); }
  const mark = rootMark();
  try {
    const items: number[] = [];
    for (const d of ents) {
      const kind = d.isDirectory() ? 'd' : d.isFile() ? 'f' : d.isSymbolicLink() ? 'l' : 'o';
      const name = pushRoot(newStr(d.name));
      const k = pushRoot(newStr(kind));
      const t = newTuple([F[name], F[k]]);
      pushRoot(t);
      items.push(t);
    }
    return newList(items);
  } finally { rootRelease(mark); }
});
fn('mkdir(path, mode=511, *, dir_fd=None)', (path: number, mode: number) => {
  const p = pathArg(path, 'mkdir') as string;
  const m = intArg(orDefault(mode, 511));
  try { blockingCall(() => fs.mkdirSync(p, { mode: m })); } catch (e) { raiseOSError(e, path); }
  return P.None;
}, 'Create a directory.');
fn('rmdir(path, *, dir_fd=None)', (path: number) => {
  const p = pathArg(path, 'rmdir') as string;
  try { blockingCall(() => fs.rmdirSync(p)); } catch (e) { raiseOSError(e, path); }
  return P.None;
}, 'Remove a directory.');
const removeFile = (name: string) => (path: number) => {
  const p = pathArg(path, name) as string;
  try { blockingCall(() => fs.unlinkSync(p)); } catch (e) { raiseOSError(e, path); }
  return P.None;
};
fn('remove(path, *, dir_fd=None)', removeFile('remove'), 'Remove a file (same as unlink()).');
fn('unlink(path, *, dir_fd=None)', removeFile('unlink'), 'Remove a file (same as remove()).');
const renameFile = (name: string) => (src: number, dst: number) => {
  const a = pathArg(src, name, 'src') as string, b = pathArg(dst, name, 'dst') as string;
  try { blockingCall(() => fs.renameSync(a, b)); } catch (e) { raiseOSError(e, src, dst); }
  return P.None;
};
fn('rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None)', renameFile('rename'), 'Rename a file or directory.');
fn('replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None)', renameFile('replace'), 'Rename a file or directory, overwriting the destination.');
fn('readlink(path, *, dir_fd=None)', (path: number) => {
  const p = pathArg(path, 'readlink') as string;
  try { return outName(blockingCall(() => fs.readlinkSync(p)), isBytesPath(path)); } catch (e) { raiseOSError(e, path); }
}, 'Return a string representing the path to which the symbolic link points.');
fn('symlink(src, dst, target_is_directory=False, *, dir_fd=None)', (src: number, dst: number) => {
  const a = pathArg(src, 'symlink', 'src') as string, b = pathArg(dst, 'symlink', 'dst') as string;
  try { blockingCall(() => fs.symlinkSync(a, b)); } catch (e) { raiseOSError(e, src, dst); }
  return P.None;
}, 'Create a symbolic link pointing to src named dst.');
fn('link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)', (src: number, dst: number) => {
  const a = pathArg(src, 'link', 'src') as string, b = pathArg(dst, 'link', 'dst') as string;
  try { blockingCall(() => fs.linkSync(a, b)); } catch (e) { raiseOSError(e, src, dst); }
  return P.None;
}, 'Create a hard link to a file.');
fn('chmod(path, mode, *, dir_fd=None, follow_symlinks=True)', (path: number, mode: number) => {
  const p = pathArg(path, 'chmod', 'path', true);
  const m = intArg(mode);
  try { blockingCall(() => (typeof p === 'number' ? fs.fchmodSync(p, m) : fs.chmodSync(p, m))); } catch (e) { raiseOSError(e, path); }
  return P.None;
}, 'Change the access permissions of a file.');
fn('access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)', (path: number, mode: number) => {
  const p = pathArg(path, 'access') as string;
  const m = intArg(mode);
  try { blockingCall(() => fs.accessSync(p, m)); return P.True; } catch { return P.False; }
}, 'Use the real uid/gid to test for access to a path.');
fn('utime(path, times=None, *, ns=<unrepresentable>, dir_fd=None, follow_symlinks=True)', (path: number, times: number) => {
  const p = pathArg(path, 'utime') as string;
  let at: number, mt: number;
  if (times === NULL || times === P.None) { at = mt = Date.now() / 1000; } else {
    const t = iterableToArray(times);
    if (t.length !== 2) raise(exc.TypeError, 'utime: \'times\' must be either a tuple of two ints or None');
    at = P.asFloat(t[0]); mt = P.asFloat(t[1]);
  }
  try { blockingCall(() => fs.utimesSync(p, at, mt)); } catch (e) { raiseOSError(e, path); }
  return P.None;
}, 'Set the access and modified time of path.');
fn('truncate(path, length)', (path: number, length: number) => {
  const p = pathArg(path, 'truncate', 'path', true);
  const n = intArg(length);
  try { blockingCall(() => (typeof p === 'number' ? fs.ftruncateSync(p, n) : fs.truncateSync(p, n))); } catch (e) { raiseOSError(e, path); }
  return P.None;
}, 'Truncate a file, specified by path, to a specific length.');

fn('getpid()', () => process.pid, 'Return the current process id.');
fn('getppid()', () => process.ppid, "Return the parent's process id.");
fn('getuid()', () => (process.getuid ? process.getuid() : 0), "Return the current process's user id.");
fn('geteuid()', () => (process.geteuid ? process.geteuid() : 0), "Return the current process's effective user id.");
fn('getgid()', () => (process.getgid ? process.getgid() : 0), "Return the current process's group id.");
fn('getegid()', () => (process.getegid ? process.getegid() : 0), "Return the current process's effective group id.");
fn('getlogin()', () => newStr(osLib.userInfo().username), 'Return the actual login name.');
fn('cpu_count()', () => { const n = osLib.availableParallelism ? osLib.availableParallelism() : osLib.cpus().length; return n > 0 ? n : P.None; },
  'Return the number of CPUs in the system; return None if indeterminable.');
fn('uname()', () => newTuple([newStr(osLib.type()), newStr(osLib.hostname()), newStr(osLib.release()), newStr(osLib.version()), newStr(osLib.machine ? osLib.machine() : process.arch)]),
  'Return an object identifying the current operating system.');
fn('strerror(code, /)', (code: number) => newStr(strerror(intArg(code))), 'Translate an error code to a message string.');
fn('urandom(size, /)', (size: number) => {
  const n = intArg(size);
  if (n < 0) raise(exc.ValueError, 'negative argument not allowed');
  return newBytes(randomBytes(n));
}, 'Return a bytes object containing random bytes suitable for cryptographic use.');
fn('putenv(name, value, /)', (name: number, value: number) => {
  const k = envStr(name, 'putenv'), v = envStr(value, 'putenv');
  if (k === '' || k.includes('=')) raise(exc.ValueError, 'illegal environment variable name');
  process.env[k] = v;
  return P.None;
}, 'Change or add an environment variable.');
fn('unsetenv(name, /)', (name: number) => {
  const k = envStr(name, 'unsetenv');
  if (k === '' || k.includes('=')) raise(exc.ValueError, 'illegal environment variable name');
  delete process.env[k];
  return P.None;
}, 'Delete an environment variable.');
function envStr(v: number, fname: string): string {
  if (v >= REF_BASE && P.isInstance(v, StrType)) {
    const s = strValue(v);
    if (s.includes('\0')) raise(exc.ValueError, 'embedded null byte');
    return s;
  }
  if (isBytes(v)) return Buffer.from(bufferView(v)!).toString('utf8');
  raise(exc.TypeError, `${fname}() argument must be str, not ${P.typeName(v)}`);
}
fn('system(command)', (command: number) => {
  const c = pathArg(command, 'system', 'command') as string;
  flushStdout();
  const r = blockingCall(() => spawnSync('/bin/sh', ['-c', c], { stdio: 'inherit' }));
  if (r.status !== null) return r.status << 8;
  return r.signal ? (osLib.constants.signals as Record<string, number>)[r.signal] ?? 1 : 1;
}, 'Execute the command in a subshell.');
fn('_exit(status)', (status: number) => { flushStdout(); process.exit(intArg(status)); }, 'Exit to the system with specified status, without normal exit processing.');
fn('times()', () => {
  const u = process.cpuUsage();
  return newTuple([newFloat(u.user / 1e6), newFloat(u.system / 1e6), newFloat(0), newFloat(0), newFloat(performance.now() / 1000)]);
}, 'Return a collection containing process timing information.');
fn('get_terminal_size(fd=1, /)', (fd: number) => {
  const n = fd === NULL ? 1 : intArg(fd);
  const stream = n === 1 ? process.stdout : n === 2 ? process.stderr : null;
  if (!stream || !stream.isTTY) throw makeOSError(25, 'Inappropriate ioctl for device');
  return newTuple([stream.columns ?? 80, stream.rows ?? 24]);
}, 'Return the size of the terminal window as (columns, lines).');

// ---- file descriptors ---------------------------------------------------------------------
fn('open(path, flags, mode=511, *, dir_fd=None)', (path: number, flags: number, mode: number) => {
  const p = pathArg(path, 'open') as string;
  const fl = intArg(flags), m = intArg(orDefault(mode, 511));
  try { return blockingCall(() => fs.openSync(p, fl | ((fs.constants as Record<string, number>).O_CLOEXEC ?? 0), m)); } catch (e) { raiseOSError(e, path); }
}, 'Open a file for low level IO.  Returns a file descriptor (integer).');
fn('close(fd)', (fd: number) => {
  const n = intArg(fd);
  try { blockingCall(() => fs.closeSync(n)); } catch (e) { raiseOSError(e); }
  return P.None;
}, 'Close a file descriptor.');
fn('read(fd, length, /)', (fd: number, length: number) => {
  const n = intArg(fd), len = intArg(length);
  if (len < 0) throw makeOSError(22, 'Invalid argument');
  const buf = Buffer.alloc(len);
  let got = 0;
  try { got = blockingCall(() => fs.readSync(n, buf, 0, len, null)); } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EOF') raiseOSError(e);
  }
  return newBytes(buf.subarray(0, got));
}, 'Read from a file descriptor.  Returns a bytes object.');
fn('write(fd, data, /)', (fd: number, data: number) => {
  const n = intArg(fd);
  const v = bufferView(data);
  if (v === null) raise(exc.TypeError, `a bytes-like object is required, not '${P.typeName(data)}'`);
  const copy = Buffer.from(v);
  if (n === 1) flushStdout();
  try { return blockingCall(() => fs.writeSync(n, copy, 0, copy.length, null)); } catch (e) { raiseOSError(e); }
}, 'Write a bytes object to a file descriptor.');
fn('lseek(fd, position, whence, /)', (fd: number, position: number, whence: number) => {
  // Node has no lseek: emulate the common cases through fstat (SEEK_END) or reject.
  const n = intArg(fd), pos = intArg(position), w = intArg(whence);
  if (w === 2) { try { return fs.fstatSync(n).size + pos; } catch (e) { raiseOSError(e); } }
  if (w === 0) return pos;
  throw makeOSError(29, 'Illegal seek');
}, 'Set the position of a file descriptor.  Return the new position.');
fn('isatty(fd, /)', (fd: number) => { try { return P.bool(tty.isatty(intArg(fd))); } catch { return P.False; } },
  "Return True if the fd is connected to a terminal.");
fn('fsync(fd)', (fd: number) => { const n = intArg(fd); try { blockingCall(() => fs.fsyncSync(n)); } catch (e) { raiseOSError(e); } return P.None; },
  'Force write of fd to disk.');
fn('pipe()', () => raise(exc.OSError, 'pipe() is not supported'), 'Create a pipe.');

registerNativeModule('posix', (m) => {
  const d = moduleDict(m);
  for (const { name, spec } of functions) dictSetItem(d, intern(name), newBuiltinFunction(spec, m));
  dictSetItem(d, intern('stat_result'), statType);
  const env = newDict();
  dictSetItem(d, intern('environ'), env);
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) dictSetItem(env, newStr(k), newStr(v));
  const c = fs.constants as Record<string, number>;
  for (const k of ['O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_APPEND', 'O_CREAT', 'O_EXCL', 'O_TRUNC', 'O_NONBLOCK', 'O_SYNC', 'O_DSYNC',
    'O_NOCTTY', 'O_NOFOLLOW', 'O_DIRECTORY', 'O_CLOEXEC']) if (c[k] !== undefined) dictSetItem(d, intern(k), c[k]);
  if (c.O_CLOEXEC === undefined && process.platform === 'linux') dictSetItem(d, intern('O_CLOEXEC'), 0o2000000);
  dictSetItem(d, intern('F_OK'), 0); dictSetItem(d, intern('R_OK'), 4); dictSetItem(d, intern('W_OK'), 2); dictSetItem(d, intern('X_OK'), 1);
  dictSetItem(d, N.__doc__, newStr('This module provides access to operating system functionality that is\nstandardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\ncorresponding Unix manual entries for more information on calls.'));
  void pathLib; void isIntLike; void intValue;
});
