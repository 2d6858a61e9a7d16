/**
 * Lone surrogates: how a Python str's code points sit in a JS string.
 *
 * A Python str is a sequence of code points 0..0x10FFFF, surrogates U+D800..U+DFFF included
 * (chr(0xd800), '\udc80' from the surrogateescape error handler, '\ud83d\ude00' written as
 * two escapes). Pyrallel keeps strs as JS strings (UTF-16 in the heap and in JS), where a
 * high surrogate unit followed by a low one *is* one astral character: the two code points
 * '\ud83d\ude00' and the one code point '😀' would be the same JS string.
 *
 * So a surrogate code point is stored as a stand-in, the astral character
 * U+DF800 + (cp - 0xD800), from the unassigned end of plane 13. The JS string of a Python str is then always well-formed UTF-16,
 * and every algorithm that works on JS strings by code point (len, indexing, slicing, find,
 * split, iteration, hashing, equality) sees one character per lone surrogate. Only the places
 * where code points become numbers or bytes map stand-ins back: ord(), chr(), repr/ascii,
 * ordering comparisons, the codecs (surrogatepass, surrogateescape, 'surrogates not
 * allowed'), writing to the console.
 *
 * The price: U+DF800..U+DFFFF, 2048 unassigned code points at the end of plane 13, cannot
 * be told from surrogates (chr(0xDF800) == chr(0xD800)). They were chosen because no text
 * uses them: the private-use planes and U+10FFFF (sys.maxunicode) keep their meaning.
 * In UTF-16 every stand-in starts with the unit 0xDB3E or 0xDB3F.
 */

export const STAND_IN_BASE = 0xdf800;
const STAND_IN_END = STAND_IN_BASE + 0x800;

/** A code point as a JS string (chr): surrogates become their stand-ins. */
export function fromCodePoint(cp: number): string {
  if (cp >= 0xd800 && cp <= 0xdfff) cp += STAND_IN_BASE - 0xd800;
  return String.fromCodePoint(cp);
}

/** The Python code point of a JS code point (a stand-in is the surrogate it stands for). */
export function pythonCodePoint(jsCp: number): number {
  return jsCp >= STAND_IN_BASE && jsCp < STAND_IN_END ? jsCp - STAND_IN_BASE + 0xd800 : jsCp;
}

/** The Python code point starting at unit offset i of s (ord, iteration by code point). */
export function codePointAt(s: string, i: number): number {
  return pythonCodePoint(s.codePointAt(i)!);
}

/** True if the JS code point is a stand-in for a surrogate. */
export function isStandIn(jsCp: number): boolean { return jsCp >= STAND_IN_BASE && jsCp < STAND_IN_END; }

/** Index of the first surrogate unit at or after `from` that is not part of a pair, or -1. */
function nextUnpairedSurrogate(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c & 0xf800) !== 0xd800) continue;
    if (c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { i++; continue; }
    }
    return i;
  }
  return -1;
}

/** Whether s has a surrogate unit that is not part of a pair. */
export function hasUnpairedSurrogate(s: string): boolean { return nextUnpairedSurrogate(s, 0) >= 0; }

/** s with every unpaired surrogate unit replaced by its stand-in. */
export function wellFormed(s: string): string {
  let out = '';
  let chunk = 0;
  for (let i = nextUnpairedSurrogate(s, 0); i >= 0; i = nextUnpairedSurrogate(s, i + 1)) {
    out += s.slice(chunk, i) + fromCodePoint(s.charCodeAt(i));
    chunk = i + 1;
  }
  return chunk === 0 ? s : out + s.slice(chunk);
}

/** The code points of s as Python sees them. */
export function pythonCodePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(pythonCodePoint(ch.codePointAt(0)!));
  return out;
}
