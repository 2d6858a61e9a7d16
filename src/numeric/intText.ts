// Conversions between ints/floats and text: str(int) and int(text, base)
// (CPython's long_to_decimal_string / PyLong_FromUnicodeObject, with the
// sys.int_max_str_digits limit of CPython 3.11), bin/oct/hex, and float(text)
// (float_from_string: PEP 515 underscores, inf/nan spellings).

import { PyErrorSpec, valueError } from './errors';
import { PyInt, normInt, bigBitLength } from './ints';
import { pyStrRepr, pyStrip, asciiDigits } from './strRepr';

/** CPython 3.11's default for sys.get_int_max_str_digits(). */
export const DEFAULT_INT_MAX_STR_DIGITS = 4300;

function limitError(): PyErrorSpec {
  return valueError(
    'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit',
  );
}

/**
 * str(v) in base 2..36, lowercase digits, '-' sign, no prefix. Base 10 enforces
 * CPython 3.11's int_max_str_digits limit (0 = unlimited) like str(int) does.
 */
export function intToString(v: PyInt, base = 10, maxStrDigits = DEFAULT_INT_MAX_STR_DIGITS): string {
  if (typeof v === 'number') return v.toString(base);
  if (base === 10 && maxStrDigits > 0) {
    // A b-bit number has at least floor((b - 1) * log10(2)) + 1 digits.
    const bits = bigBitLength(v);
    if (Math.floor((bits - 1) * 0.30102999566398114) + 1 > maxStrDigits + 1) throw limitErrorFor(maxStrDigits);
    const s = v.toString(10);
    if (s.length - (v < 0n ? 1 : 0) > maxStrDigits) throw limitErrorFor(maxStrDigits);
    return s;
  }
  return v.toString(base);
}

function limitErrorFor(limit: number): PyErrorSpec {
  if (limit === DEFAULT_INT_MAX_STR_DIGITS) return limitError();
  return valueError(
    `Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

/** bin(v) / oct(v) / hex(v): '0b', '0o', '0x' prefix after the sign. */
export function intToPrefixed(v: PyInt, base: 2 | 8 | 16): string {
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  if (v < 0) return '-' + prefix + (-v).toString(base);
  return prefix + v.toString(base);
}

function invalidLiteral(text: string, base: number): PyErrorSpec {
  return valueError(`invalid literal for int() with base ${base}: ${pyStrRepr(text).slice(0, 200)}`);
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

const SIMPLE_DECIMAL = /^[-+]?[1-9][0-9]{0,14}$/;

/**
 * int(text, base) for a str (PyLong_FromUnicodeObject): surrounding whitespace,
 * a sign, underscores only between digits (and after a base prefix), base 0 reads
 * 0x/0o/0b prefixes and rejects '010', Unicode decimal digits accepted.
 */
export function parseInt(text: string, base = 10, maxStrDigits = DEFAULT_INT_MAX_STR_DIGITS): PyInt {
  if (base !== 0 && (base < 2 || base > 36)) throw valueError('int() base must be >= 2 and <= 36, or 0');
  if ((base === 10 || base === 0) && SIMPLE_DECIMAL.test(text)) return Number(text);
  const s = pyStrip(asciiDigits(text));
  let i = 0;
  let neg = false;
  if (s[i] === '+' || s[i] === '-') {
    neg = s[i] === '-';
    i++;
  }
  let b = base;
  let prefixed = false;
  if (s[i] === '0' && i + 1 < s.length) {
    const p = s[i + 1].toLowerCase();
    const pb = p === 'x' ? 16 : p === 'o' ? 8 : p === 'b' ? 2 : 0;
    if (pb !== 0 && (b === 0 || b === pb)) {
      b = pb;
      i += 2;
      prefixed = true;
      if (s[i] === '_') i++; // one underscore may follow the prefix
    }
  }
  if (b === 0) b = 10;
  // Scan digits: underscores only between two digits.
  let digits = '';
  let start = i;
  let count = 0;
  let clean = true;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (i === start || i + 1 >= s.length || s.charCodeAt(i + 1) === 95) throw invalidLiteral(text, base);
      clean = false;
      continue;
    }
    if (digitValue(c) >= b) throw invalidLiteral(text, base);
    count++;
  }
  if (count === 0) throw invalidLiteral(text, base);
  digits = s.slice(start, i);
  if (!clean) digits = digits.replace(/_/g, '');
  if (base === 0 && !prefixed && digits[0] === '0' && /[^0]/.test(digits)) throw invalidLiteral(text, base);
  if ((b & (b - 1)) !== 0 && maxStrDigits > 0 && count > maxStrDigits) {
    throw valueError(
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${count} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  const mag = digitsToBig(digits.toLowerCase(), b);
  return normInt(neg ? -mag : mag);
}

/** Digits (valid for base b, lowercase, no sign) to a bigint. */
function digitsToBig(d: string, b: number): bigint {
  if (b === 10) return BigInt(d);
  if (b === 16) return BigInt('0x' + d);
  if (b === 8) return BigInt('0o' + d);
  if (b === 2) return BigInt('0b' + d);
  if (d.length <= 10) return BigInt(globalThis.parseInt(d, b));
  // Divide and conquer: high half * b**len(low) + low half.
  const half = d.length >> 1;
  const hi = digitsToBig(d.slice(0, d.length - half), b);
  const lo = digitsToBig(d.slice(d.length - half), b);
  return hi * BigInt(b) ** BigInt(half) + lo;
}

const FLOAT_SYNTAX = /^(?:[0-9](?:_?[0-9])*(?:\.(?:[0-9](?:_?[0-9])*)?)?|\.[0-9](?:_?[0-9])*)(?:[eE][-+]?[0-9](?:_?[0-9])*)?$/;
const SIMPLE_FLOAT = /^-?[0-9]{1,15}(?:\.[0-9]{1,15})?$/;

/** float(text) for a str (PyFloat_FromString): PEP 515 underscores, inf/infinity/nan any case. */
export function parseFloat(text: string): number {
  if (SIMPLE_FLOAT.test(text)) return Number(text);
  const s = pyStrip(asciiDigits(text));
  let i = 0;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    i = 1;
  }
  const body = s.slice(i);
  let v: number;
  if (FLOAT_SYNTAX.test(body)) v = Number(body.includes('_') ? body.replace(/_/g, '') : body);
  else {
    const low = body.toLowerCase();
    if (low === 'inf' || low === 'infinity') v = Infinity;
    else if (low === 'nan') v = NaN;
    else throw valueError(`could not convert string to float: ${pyStrRepr(text)}`);
  }
  return neg ? -v : v;
}
