// printf-style formatting: the engine of `str % args` and `bytes % args`
// (CPython's PyUnicode_Format and _PyBytes_FormatEx behaviour). Python values stay
// opaque: the caller implements PercentArgs over its own objects.

import { fromCodePoint } from './surrogates';
import { PyErrorSpec, typeError, valueError, overflowError } from './errors';
import { PyInt } from './ints';
import { intToString } from './intText';
import { floatToText } from './formatSpec';

/** What the engine needs to know about the right operand of % and its items. */
export interface PercentArgs<V = unknown> {
  /** The right operand is a mapping (has __getitem__ and is neither a tuple nor a str): enables %(key)s. */
  readonly isMapping: boolean;
  /** The right operand is a tuple: its items are the arguments; otherwise it is the single argument. */
  readonly isTuple: boolean;
  /** Number of items when isTuple. */
  readonly length: number;
  /** Item i of the tuple; when !isTuple, item(0) is the operand itself. */
  item(i: number): V;
  /** operand[key] for %(key)s (the caller raises KeyError). */
  lookup(key: string): V;
  /** str(v); in bytes mode the bytes of v (__bytes__/buffer) as a latin-1 string. */
  str(v: V): string;
  repr(v: V): string;
  /** ascii(v) (also %r in bytes mode). */
  ascii(v: V): string;
  /** int(v) for %d/%i/%u (PyNumber_Long) or index(v) for %o/%x/%X; null when v is not a number. */
  asInt(v: V, conv: string): PyInt | null;
  /** float(v) for %e/%f/%g; null when v is not a real number. */
  asFloat(v: V): number | null;
  /** For %c: a one-character str (bytes mode: one-byte bytes as latin-1) or an int; null otherwise. */
  asChar(v: V): string | PyInt | null;
  /** v when it is an int (for '*' width/precision), else null. */
  starInt(v: V): PyInt | null;
  /** type(v).__name__ for error messages. */
  typeName(v: V): string;
}

export interface PercentOptions {
  /** bytes % args: %b and %s take bytes, %r is %a, %c takes a byte. */
  bytes?: boolean;
}

const F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

function cpLength(s: string): number {
  if (!/[\ud800-\udfff]/.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function truncateCp(s: string, n: number): string {
  if (s.length <= n) return s;
  if (!/[\ud800-\udfff]/.test(s)) return s.slice(0, n);
  return Array.from(s).slice(0, n).join('');
}

/** fmt % args (PyUnicode_Format; with options.bytes, _PyBytes_FormatEx over latin-1 text). */
export function percentFormat<V>(fmt: string, args: PercentArgs<V>, options: PercentOptions = {}): string {
  const bytesMode = options.bytes === true;
  // Argument cursor, as in CPython: a non-tuple operand counts as one argument
  // (arglen -1, argidx -2); a %(key) lookup makes the looked-up value the next one.
  let arglen = args.isTuple ? args.length : -1;
  let argidx = args.isTuple ? 0 : -2;
  let keyed: { v: V } | null = null;
  const nextArg = (): V => {
    if (argidx < arglen) {
      const i = argidx++;
      if (arglen < 0) return keyed ? keyed.v : args.item(0);
      return args.item(i);
    }
    throw typeError('not enough arguments for format string');
  };

  const cps = /[\ud800-\udfff]/.test(fmt) ? Array.from(fmt) : null;
  const n = cps ? cps.length : fmt.length;
  const at = (i: number): string => (cps ? cps[i] : fmt[i]);
  let out = '';
  let i = 0;
  while (i < n) {
    // Copy literal text up to the next '%'.
    let j = i;
    while (j < n && at(j) !== '%') j++;
    if (j > i) out += cps ? cps.slice(i, j).join('') : fmt.slice(i, j);
    if (j >= n) break;
    i = j + 1;
    if (i >= n) throw valueError('incomplete format');
    if (at(i) === '%') {
      out += '%';
      i++;
      continue;
    }
    // %(key)
    if (at(i) === '(') {
      if (!args.isMapping) throw typeError('format requires a mapping');
      let depth = 1;
      const start = ++i;
      while (i < n) {
        const c = at(i);
        if (c === ')') {
          if (--depth === 0) break;
        } else if (c === '(') depth++;
        i++;
      }
      if (depth > 0) throw valueError('incomplete format key');
      const key = cps ? cps.slice(start, i).join('') : fmt.slice(start, i);
      i++;
      keyed = { v: args.lookup(key) };
      arglen = -1;
      argidx = -2;
    }
    // Flags.
    let flags = 0;
    for (; i < n; i++) {
      const c = at(i);
      if (c === '-') flags |= F_LJUST;
      else if (c === '+') flags |= F_SIGN;
      else if (c === ' ') flags |= F_BLANK;
      else if (c === '#') flags |= F_ALT;
      else if (c === '0') flags |= F_ZERO;
      else break;
    }
    // Width.
    let width = -1;
    if (i < n && at(i) === '*') {
      const v = nextArg();
      const w = args.starInt(v);
      if (w === null) throw typeError('* wants int');
      width = starValue(w);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      i++;
    } else {
      while (i < n && at(i) >= '0' && at(i) <= '9') {
        width = (width < 0 ? 0 : width) * 10 + (at(i).charCodeAt(0) - 48);
        if (width > 2147483647) throw valueError('width too big');
        i++;
      }
    }
    // Precision.
    let prec = -1;
    if (i < n && at(i) === '.') {
      i++;
      prec = 0;
      if (i < n && at(i) === '*') {
        const v = nextArg();
        const p = args.starInt(v);
        if (p === null) throw typeError('* wants int');
        prec = Math.max(0, starValue(p));
        i++;
      } else {
        while (i < n && at(i) >= '0' && at(i) <= '9') {
          prec = prec * 10 + (at(i).charCodeAt(0) - 48);
          if (prec > 2147483647) throw valueError('precision too big');
          i++;
        }
      }
    }
    if (i < n && (at(i) === 'h' || at(i) === 'l' || at(i) === 'L')) i++;
    if (i >= n) throw valueError('incomplete format');
    const conv = at(i);
    const convIndex = i;
    i++;
    const v = nextArg();
    out += formatOne(conv, convIndex, v, flags, width, prec, args, bytesMode);
  }
  if (argidx < arglen && !args.isMapping) throw typeError('not all arguments converted during string formatting');
  return out;
}

function starValue(w: PyInt): number {
  if (typeof w === 'bigint' || Math.abs(w) > 2147483647) throw overflowError('Python int too large to convert to C int');
  return w;
}

function pad(body: string, width: number, flags: number, len = cpLength(body)): string {
  if (width <= len) return body;
  const fill = ' '.repeat(width - len);
  return flags & F_LJUST ? body + fill : fill + body;
}

/** Numeric layout: sign and prefix, then zero padding (flag 0) or space padding. */
function padNumber(sign: string, prefix: string, digits: string, width: number, flags: number): string {
  const len = sign.length + prefix.length + digits.length;
  if (width <= len) return sign + prefix + digits;
  if (flags & F_LJUST) return sign + prefix + digits + ' '.repeat(width - len);
  if (flags & F_ZERO) return sign + prefix + '0'.repeat(width - len) + digits;
  return ' '.repeat(width - len) + sign + prefix + digits;
}

function unsupported(conv: string, index: number): PyErrorSpec {
  const c = conv.codePointAt(0)!;
  const shown = c >= 31 && c <= 126 ? conv : '?';
  return valueError(`unsupported format character '${shown}' (0x${c.toString(16)}) at index ${index}`);
}

function formatOne<V>(conv: string, index: number, v: V, flags: number, width: number, prec: number, args: PercentArgs<V>, bytesMode: boolean): string {
  switch (conv) {
    case 's':
    case 'r':
    case 'a':
    case 'b': {
      if (conv === 'b' && !bytesMode) throw unsupported(conv, index);
      let s: string;
      if (conv === 's' || conv === 'b') s = args.str(v);
      else if (conv === 'r' && !bytesMode) s = args.repr(v);
      else s = args.ascii(v);
      if (prec >= 0) s = truncateCp(s, prec);
      return pad(s, width, flags);
    }
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
      const iv = args.asInt(v, conv);
      if (iv === null) {
        const what = conv === 'o' || conv === 'x' || conv === 'X' ? 'an integer' : 'a real number';
        throw typeError(`%${conv} format: ${what} is required, not ${args.typeName(v)}`);
      }
      const neg = iv < 0;
      const mag = neg ? (typeof iv === 'bigint' ? -iv : -iv) : iv;
      const base = conv === 'o' ? 8 : conv === 'x' || conv === 'X' ? 16 : 10;
      let digits = intToString(mag, base);
      if (conv === 'X') digits = digits.toUpperCase();
      if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
      const sign = neg ? '-' : flags & F_SIGN ? '+' : flags & F_BLANK ? ' ' : '';
      const prefix = flags & F_ALT && base !== 10 ? (conv === 'o' ? '0o' : conv === 'x' ? '0x' : '0X') : '';
      return padNumber(sign, prefix, digits, width, flags);
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      const x = args.asFloat(v);
      if (x === null) {
        throw typeError(bytesMode ? `float argument required, not ${args.typeName(v)}` : `must be real number, not ${args.typeName(v)}`);
      }
      let text = floatToText(x, conv.toLowerCase() as 'e' | 'f' | 'g', prec < 0 ? 6 : prec, (flags & F_ALT) !== 0, false);
      if (conv === 'E' || conv === 'F' || conv === 'G') text = text.toUpperCase();
      const neg = x < 0 || (x === 0 && 1 / x < 0);
      const sign = neg ? '-' : flags & F_SIGN ? '+' : flags & F_BLANK ? ' ' : '';
      return padNumber(sign, '', text, width, flags);
    }
    case 'c': {
      const c = args.asChar(v);
      let s: string;
      if (bytesMode) {
        if (typeof c === 'string' && c.length === 1) s = c;
        else if (c !== null && typeof c !== 'string') {
          if (c < 0 || c > 255) throw overflowError('%c arg not in range(256)');
          s = String.fromCharCode(Number(c));
        } else throw typeError('%c requires an integer in range(256) or a single byte');
      } else {
        if (typeof c === 'string' && cpLength(c) === 1) s = c;
        else if (c !== null && typeof c !== 'string') {
          if (c < 0 || c > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
          s = fromCodePoint(Number(c));
        } else throw typeError('%c requires int or char');
      }
      return pad(s, width, flags);
    }
    default:
      throw unsupported(conv, index);
  }
}
