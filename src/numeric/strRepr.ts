// Python's repr() and isspace() for str, as far as the numeric error messages
// ("invalid literal for int() ...: 'text'") and the text parsers need them.

import { isStandIn, pythonCodePoint } from './surrogates';

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** repr(s) for a Python str (CPython's unicode_repr: quote choice and escapes). */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (isStandIn(cp)) out += '\\u' + hex(pythonCodePoint(cp), 4);
    else if (ch !== ' ' && NON_PRINTABLE.test(ch)) {
      if (cp <= 0xff) out += '\\x' + hex(cp, 2);
      else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
      else out += '\\U' + hex(cp, 8);
    } else out += ch;
  }
  return out + quote;
}

/** str.isspace() for one UTF-16 unit (all Python whitespace is in the BMP). */
export function isPySpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  if (c < 0x85) return false;
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** s without leading and trailing Python whitespace. */
export function pyStrip(s: string): string {
  let i = 0;
  let j = s.length;
  while (i < j && isPySpace(s.charCodeAt(i))) i++;
  while (j > i && isPySpace(s.charCodeAt(j - 1))) j--;
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

const DECIMAL = /\p{Nd}/u;

/**
 * Replace non-ASCII Unicode decimal digits (category Nd) by their ASCII digit, as
 * CPython does before parsing int() and float() text. Nd digits come in runs of
 * ten starting at a zero, so a digit's value is its distance from its run's start.
 */
export function asciiDigits(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0x7f && DECIMAL.test(ch)) {
      let start = cp;
      while (start > 0 && cp - start < 100 && DECIMAL.test(String.fromCodePoint(start - 1))) start--;
      out += String.fromCharCode(48 + ((cp - start) % 10));
    } else if (cp > 0x7f && cp <= 0xffff && isPySpace(cp)) out += ' ';
    else out += ch;
  }
  return out;
}
