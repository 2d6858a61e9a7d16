// The format-spec mini-language of format()/str.format()/f-strings for int, float
// and str (CPython's Python/formatter_unicode.c behaviour: parse_internal_render_format_spec,
// format_long_internal, format_float_internal, format_string_internal), and the
// float-to-text engine shared with %-formatting (PyOS_double_to_string).

import { fromCodePoint } from './surrogates';
import { PyErrorSpec, valueError, overflowError } from './errors';
import { PyInt } from './ints';
import { floatRepr, shortestDigits } from './floatRepr';
import { fixedString, significantDigits } from './decimal';
import { intToString } from './intText';
import { intToFloat } from './intMath';

export type Align = '<' | '>' | '=' | '^';

/** A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
export interface FormatSpec {
  fill: string; // one code point
  align: Align;
  sign: '' | '+' | '-' | ' ';
  noNegZero: boolean; // 'z'
  alternate: boolean; // '#'
  width: number; // -1: not given
  grouping: '' | ',' | '_';
  precision: number; // -1: not given
  type: string; // one code point, '' when omitted and the object has no default type
}

const ALIGNS = '<>=^';
const MAX_SSIZE = 2 ** 63 - 1;

function codeLabel(type: string): string {
  const c = type.codePointAt(0)!;
  return c > 32 && c < 128 ? type : '\\x' + c.toString(16);
}

/** ValueError for a presentation type the object does not support. */
export function unknownFormatCode(type: string, typeName: string): PyErrorSpec {
  return valueError(`Unknown format code '${codeLabel(type)}' for object of type '${typeName}'`);
}

/**
 * Parse a format spec (parse_internal_render_format_spec). `defaultAlign` is '>'
 * for numbers and '<' for str; `defaultType` is the type used when none is given
 * ('d' for int, 's' for str, '' for float); `typeName` appears in error messages.
 */
export function parseFormatSpec(spec: string, typeName: string, defaultAlign: Align = '>', defaultType = ''): FormatSpec {
  const cps = /[\ud800-\udfff]/.test(spec) ? Array.from(spec) : spec.split('');
  const end = cps.length;
  let pos = 0;
  const out: FormatSpec = {
    fill: ' ', align: defaultAlign, sign: '', noNegZero: false, alternate: false,
    width: -1, grouping: '', precision: -1, type: defaultType,
  };
  let fillSpecified = false;
  let alignSpecified = false;
  if (end - pos >= 2 && ALIGNS.includes(cps[pos + 1])) {
    out.fill = cps[pos];
    out.align = cps[pos + 1] as Align;
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && ALIGNS.includes(cps[pos])) {
    out.align = cps[pos] as Align;
    alignSpecified = true;
    pos++;
  }
  if (pos < end && (cps[pos] === '+' || cps[pos] === '-' || cps[pos] === ' ')) out.sign = cps[pos++] as '+' | '-' | ' ';
  if (pos < end && cps[pos] === 'z') {
    out.noNegZero = true;
    pos++;
  }
  if (pos < end && cps[pos] === '#') {
    out.alternate = true;
    pos++;
  }
  if (!fillSpecified && pos < end && cps[pos] === '0') {
    out.fill = '0';
    if (!alignSpecified && defaultAlign === '>') out.align = '=';
    pos++;
  }
  const readInt = (): number => {
    let n = 0;
    const start = pos;
    while (pos < end && cps[pos] >= '0' && cps[pos] <= '9') {
      n = n * 10 + (cps[pos].charCodeAt(0) - 48);
      if (n > MAX_SSIZE) throw valueError('Too many decimal digits in format string');
      pos++;
    }
    return pos === start ? -1 : n;
  };
  out.width = readInt();
  if (pos < end && cps[pos] === ',') {
    out.grouping = ',';
    pos++;
  }
  if (pos < end && cps[pos] === '_') {
    if (out.grouping !== '') throw valueError("Cannot specify both ',' and '_'.");
    out.grouping = '_';
    pos++;
  }
  if (pos < end && cps[pos] === ',' && out.grouping === '_') throw valueError("Cannot specify both ',' and '_'.");
  if (pos < end && cps[pos] === '.') {
    pos++;
    out.precision = readInt();
    if (out.precision < 0) throw valueError('Format specifier missing precision');
  }
  if (end - pos > 1) throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (end - pos === 1) out.type = cps[pos];
  if (out.grouping !== '') {
    const t = out.type;
    const ok = t === '' || 'defgEG%F'.includes(t) || (out.grouping === '_' && 'boxX'.includes(t));
    if (!ok) throw valueError(`Cannot specify '${out.grouping}' with '${codeLabel(t)}'.`);
  }
  return out;
}

const specCache = new Map<string, FormatSpec>();
function cachedSpec(spec: string, typeName: string, defaultAlign: Align, defaultType: string): FormatSpec {
  const key = typeName + '\u0000' + spec;
  let s = specCache.get(key);
  if (s === undefined) {
    s = parseFormatSpec(spec, typeName, defaultAlign, defaultType);
    if (specCache.size > 1000) specCache.clear();
    specCache.set(key, s);
  }
  return s;
}

function cpLength(s: string): number {
  if (!/[\ud800-\udfff]/.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Insert separators every `size` digits from the right, zero-padding to minWidth (CPython's grouping with min_width). */
function groupDigits(digits: string, sep: string, size: number, minWidth: number): string {
  if (sep === '') return digits.length < minWidth ? '0'.repeat(minWidth - digits.length) + digits : digits;
  const parts: string[] = [];
  let remaining = digits.length;
  let min = minWidth;
  for (;;) {
    const l = Math.min(Math.max(remaining, min, 1), size);
    const take = Math.min(l, remaining);
    parts.push('0'.repeat(l - take) + digits.slice(remaining - take, remaining));
    remaining -= take;
    min -= l;
    if (remaining <= 0 && min <= 0) break;
    min -= sep.length;
    parts.push(sep);
  }
  return parts.reverse().join('');
}

/**
 * Lay out a number: sign, prefix ('0x'), leading digits (grouped and zero-padded),
 * remainder ('.5e+10', '%', 'inf'), then padding to the width (calc_number_widths).
 */
function layoutNumber(sign: string, prefix: string, digits: string, remainder: string, spec: FormatSpec, groupSize: number): string {
  const zeroFill = spec.fill === '0' && spec.align === '=';
  const minWidth = zeroFill ? spec.width - sign.length - prefix.length - remainder.length : 0;
  const grouped = spec.grouping !== '' || minWidth > digits.length ? groupDigits(digits, spec.grouping, groupSize, minWidth) : digits;
  const len = sign.length + prefix.length + cpLength(grouped) + remainder.length;
  const pad = spec.width - len;
  if (pad <= 0) return sign + prefix + grouped + remainder;
  switch (spec.align) {
    case '<':
      return sign + prefix + grouped + remainder + spec.fill.repeat(pad);
    case '^': {
      const left = pad >> 1;
      return spec.fill.repeat(left) + sign + prefix + grouped + remainder + spec.fill.repeat(pad - left);
    }
    case '=':
      return sign + prefix + spec.fill.repeat(pad) + grouped + remainder;
    default:
      return spec.fill.repeat(pad) + sign + prefix + grouped + remainder;
  }
}

/** Pad a str to the spec's width by its alignment (default '<' for str). */
function padText(s: string, spec: FormatSpec, n: number): string {
  const pad = spec.width - n;
  if (pad <= 0) return s;
  if (spec.align === '>') return spec.fill.repeat(pad) + s;
  if (spec.align === '^') {
    const left = pad >> 1;
    return spec.fill.repeat(left) + s + spec.fill.repeat(pad - left);
  }
  return s + spec.fill.repeat(pad);
}

/** format(s, spec) for a str (format_string_internal). */
export function formatStr(s: string, specText: string): string {
  if (specText === '') return s;
  const spec = cachedSpec(specText, 'str', '<', 's');
  if (spec.type !== 's') throw unknownFormatCode(spec.type, 'str');
  if (spec.sign !== '') throw valueError('Sign not allowed in string format specifier');
  if (spec.noNegZero) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (spec.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (spec.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  let n = cpLength(s);
  if (spec.precision >= 0 && n > spec.precision) {
    s = n === s.length ? s.slice(0, spec.precision) : Array.from(s).slice(0, spec.precision).join('');
    n = spec.precision;
  }
  return padText(s, spec, n);
}

/** format(v, spec) for an int (format_long_internal; float types convert to float first). */
export function formatInt(v: PyInt, specText: string): string {
  if (specText === '') return intToString(v, 10);
  const spec = cachedSpec(specText, 'int', '>', 'd');
  const type = spec.type;
  switch (type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatSpec(intToFloat(v), spec);
    default:
      throw unknownFormatCode(type, 'int');
  }
  if (spec.precision >= 0) throw valueError('Precision not allowed in integer format specifier');
  if (spec.noNegZero) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  const neg = v < 0;
  let digits: string;
  let prefix = '';
  let sign = neg ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
  if (type === 'c') {
    if (spec.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === 'bigint') throw overflowError('Python int too large to convert to C long');
    if (v < 0 || v > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
    digits = fromCodePoint(v);
    sign = '';
  } else {
    const mag = neg ? -v : v;
    const base = type === 'b' ? 2 : type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
    digits = intToString(mag, base);
    if (type === 'X') digits = digits.toUpperCase();
    if (spec.alternate && base !== 10) prefix = type === 'b' ? '0b' : type === 'o' ? '0o' : type === 'x' ? '0x' : '0X';
  }
  const groupSize = type === 'd' || type === 'n' ? 3 : 4;
  if (type === 'n' && spec.grouping === '') return layoutNumber(sign, prefix, digits, '', spec, 3);
  return layoutNumber(sign, prefix, digits, '', spec, groupSize);
}

/** format(x, spec) for a float (format_float_internal). */
export function formatFloat(x: number, specText: string): string {
  if (specText === '') return floatRepr(x);
  return formatFloatSpec(x, cachedSpec(specText, 'float', '>', ''));
}

function formatFloatSpec(x: number, spec: FormatSpec): string {
  let type = spec.type;
  switch (type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      throw unknownFormatCode(type, 'float');
  }
  if (spec.precision > 2147483647) throw valueError('precision too big');
  let precision = spec.precision;
  let addDot0 = false;
  let pct = false;
  if (type === '') {
    addDot0 = true;
    type = precision < 0 ? 'r' : 'g';
  } else if (type === 'n') type = 'g';
  if (type === '%') {
    type = 'f';
    x *= 100;
    pct = true;
  }
  if (precision < 0) precision = 6;
  const upper = type === 'E' || type === 'F' || type === 'G';
  let text = floatToText(x, type.toLowerCase() as FloatTextType, precision, spec.alternate, addDot0);
  if (upper) text = text.toUpperCase();
  let neg = x < 0 || (x === 0 && 1 / x < 0);
  if (neg && spec.noNegZero && isZeroText(text)) neg = false;
  const sign = neg ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
  if (pct) text += '%';
  let nd = 0;
  while (nd < text.length && text.charCodeAt(nd) >= 48 && text.charCodeAt(nd) <= 57) nd++;
  // Non-finite values are laid out without thousands separators.
  const useSpec = nd === 0 && spec.grouping !== '' ? { ...spec, grouping: '' as const } : spec;
  return layoutNumber(sign, '', text.slice(0, nd), text.slice(nd), useSpec, 3);
}

/** Does this formatted magnitude round to zero ('0.000', '0e+00')? */
function isZeroText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === 'e' || c === 'E') break;
    if (c !== '0' && c !== '.') return false;
  }
  return true;
}

export type FloatTextType = 'e' | 'f' | 'g' | 'r';

function expSuffix(exp: number): string {
  const a = exp < 0 ? -exp : exp;
  return (exp < 0 ? 'e-' : 'e+') + (a < 10 ? '0' + a : '' + a);
}

/**
 * |x| as text (no sign, lowercase) the way PyOS_double_to_string lays it out:
 * 'e'/'f'/'g' with a precision (g: 0 means 1), 'r' = repr digits; `alt` is the '#'
 * flag, `addDot0` the flag of format type '' (repr layout, '.0' on integers and
 * exponent threshold precision - 1 for 'g'). Non-finite values give 'inf'/'nan'.
 */
export function floatToText(x: number, type: FloatTextType, precision: number, alt: boolean, addDot0: boolean): string {
  if (x !== x) return 'nan';
  if (x === Infinity || x === -Infinity) return 'inf';
  if (type === 'f') {
    const s = fixedString(x, precision);
    return alt && precision === 0 ? s + '.' : s;
  }
  if (type === 'e') {
    const { digits, exp } = significantDigits(x, precision + 1);
    const mant = precision > 0 || alt ? digits[0] + '.' + digits.slice(1) : digits;
    return mant + expSuffix(exp);
  }
  let digits: string;
  let exp: number;
  let useExp: boolean;
  if (type === 'r') {
    if (x === 0) {
      digits = '0';
      exp = 0;
    } else {
      const sd = shortestDigits(x);
      digits = sd.digits;
      exp = sd.decpt - 1;
    }
    useExp = exp < -4 || exp >= 16;
  } else {
    if (precision === 0) precision = 1;
    const sd = significantDigits(x, precision);
    digits = sd.digits;
    exp = sd.exp;
    useExp = exp < -4 || exp >= (addDot0 ? precision - 1 : precision);
    if (!alt) {
      let n = digits.length;
      while (n > 1 && digits.charCodeAt(n - 1) === 48) n--;
      digits = digits.slice(0, n);
    }
  }
  if (useExp) {
    const mant = digits.length > 1 || alt ? digits[0] + '.' + digits.slice(1) : digits;
    return mant + expSuffix(exp);
  }
  const decpt = exp + 1;
  if (decpt <= 0) return '0.' + '0'.repeat(-decpt) + digits;
  if (decpt >= digits.length) {
    const int = digits + '0'.repeat(decpt - digits.length);
    return addDot0 ? int + '.0' : alt ? int + '.' : int;
  }
  return digits.slice(0, decpt) + '.' + digits.slice(decpt);
}
