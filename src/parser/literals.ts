// Decoding of literal tokens: numbers and the bodies of string / bytes literals
// (escape sequences as in Python's "String and Bytes literals" reference).

import { fromCodePoint } from '../numeric/surrogates';
import { Complex, ConstantType } from './ast';
import { UNICODE_NAMES } from './unicode_names';

export interface NumberValue { value: number | bigint | Complex; type: ConstantType }

/** Value of a NUMBER token (text as in the source, underscores allowed). */
export function parseNumber(text: string): NumberValue {
  if (text.indexOf('_') >= 0) text = text.replace(/_/g, '');
  const c1 = text.charCodeAt(1) | 0x20;
  if (text.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
    const big = BigInt(text.toLowerCase());
    return { value: toIntValue(big, text), type: ConstantType.Int };
  }
  const last = text.charCodeAt(text.length - 1) | 0x20;
  if (last === 106) { // j
    return { value: { imag: parseFloat(text.slice(0, -1)) }, type: ConstantType.Complex };
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || (c | 0x20) === 101) return { value: parseFloat(text), type: ConstantType.Float };
  }
  if (text.length < 16) return { value: parseInt(text, 10), type: ConstantType.Int };
  return { value: toIntValue(BigInt(text), text), type: ConstantType.Int };
}

function toIntValue(big: bigint, _text: string): number | bigint {
  if (big <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(big);
  return big;
}

export class EscapeError extends Error {
  constructor(readonly reason: string, readonly startIndex: number, readonly endIndex: number) {
    super(reason);
  }
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  c |= 0x20;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function lookupName(name: string): number {
  const up = name.toUpperCase();
  const cp = UNICODE_NAMES[up];
  if (cp !== undefined) return cp;
  const m = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(up);
  if (m) return parseInt(m[1], 16);
  return -1;
}

/**
 * Decode the escapes of a str literal body `s` (non-raw). Throws EscapeError
 * with CPython's 'unicodeescape' reasons for malformed \x, \u, \U, \N escapes.
 */
export function decodeStrEscapes(s: string): string {
  if (s.indexOf('\\') < 0) return s;
  let out = '';
  let i = 0;
  const n = s.length;
  let chunk = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c !== 92) { i++; continue; }
    out += s.slice(chunk, i);
    const e = s.charCodeAt(i + 1);
    i += 2;
    switch (e) {
      case 10: break; // line continuation
      case 92: out += '\\'; break;
      case 39: out += "'"; break;
      case 34: out += '"'; break;
      case 97: out += '\x07'; break;
      case 98: out += '\b'; break;
      case 102: out += '\f'; break;
      case 110: out += '\n'; break;
      case 114: out += '\r'; break;
      case 116: out += '\t'; break;
      case 118: out += '\v'; break;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        let v = e - 48;
        for (let k = 0; k < 2; k++) {
          const d = s.charCodeAt(i);
          if (d >= 48 && d <= 55) { v = v * 8 + (d - 48); i++; } else break;
        }
        out += fromCodePoint(v);
        break;
      }
      case 120: case 117: case 85: { // x u U
        const len = e === 120 ? 2 : e === 117 ? 4 : 8;
        let v = 0;
        for (let k = 0; k < len; k++) {
          const h = hexVal(s.charCodeAt(i + k));
          if (h < 0) {
            const what = e === 120 ? '\\xXX' : e === 117 ? '\\uXXXX' : '\\UXXXXXXXX';
            throw new EscapeError(`truncated ${what} escape`, i - 2, i + k);
          }
          v = v * 16 + h;
        }
        i += len;
        if (v > 0x10ffff) throw new EscapeError('illegal Unicode character', i - len - 2, i);
        out += fromCodePoint(v);
        break;
      }
      case 78: { // N
        if (s.charCodeAt(i) !== 123) throw new EscapeError('malformed \\N character escape', i - 2, i);
        const close = s.indexOf('}', i);
        if (close < 0) throw new EscapeError('malformed \\N character escape', i - 2, n);
        const cp = lookupName(s.slice(i + 1, close));
        if (cp < 0) throw new EscapeError('unknown Unicode character name', i - 2, close + 1);
        out += String.fromCodePoint(cp);
        i = close + 1;
        break;
      }
      default:
        // a lone backslash ending an f-string piece (f'\{x}'), or an invalid
        // escape: kept verbatim (CPython warns)
        if (i - 1 >= n) { out += '\\'; i = n; break; }
        out += '\\' + s[i - 1];
        break;
    }
    chunk = i;
  }
  return out + s.slice(chunk);
}

/** Bytes of a bytes literal body (raw or not). Returns null if a char is not ASCII. */
export function decodeBytes(s: string, raw: boolean): Uint8Array | null {
  const out: number[] = [];
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return null;
    if (c !== 92 || raw) { out.push(c); continue; }
    const e = s.charCodeAt(i + 1);
    i++;
    switch (e) {
      case 10: break;
      case 92: out.push(92); break;
      case 39: out.push(39); break;
      case 34: out.push(34); break;
      case 97: out.push(7); break;
      case 98: out.push(8); break;
      case 102: out.push(12); break;
      case 110: out.push(10); break;
      case 114: out.push(13); break;
      case 116: out.push(9); break;
      case 118: out.push(11); break;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        let v = e - 48;
        for (let k = 0; k < 2; k++) {
          const d = s.charCodeAt(i + 1);
          if (d >= 48 && d <= 55) { v = v * 8 + (d - 48); i++; } else break;
        }
        out.push(v & 0xff);
        break;
      }
      case 120: {
        const h1 = hexVal(s.charCodeAt(i + 1)), h2 = hexVal(s.charCodeAt(i + 2));
        if (h1 < 0 || h2 < 0) throw new EscapeError('invalid \\x escape at position ' + (i - 1), i - 1, i + 1);
        out.push(h1 * 16 + h2);
        i += 2;
        break;
      }
      default:
        if (e >= 128) return null;
        out.push(92);
        if (i < n) out.push(e);
        break;
    }
  }
  return Uint8Array.from(out);
}
