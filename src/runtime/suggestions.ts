/**
 * "Did you mean: 'x'?" after an uncaught AttributeError or NameError, as CPython 3.11 prints
 * it (Python/suggestions.c): the candidate names are dir(obj) for an AttributeError, and for
 * a NameError the local variable names of the innermost frame's code, then its globals, then
 * its builtins (each list searched on its own, the first with a match wins). A candidate is
 * taken when its edit distance is at most a third of the characters involved and below the
 * best so far. Only the exact types get suggestions, and lists of 750 names or more none.
 */
import { NULL, REF_BASE } from '../heap/memory';
import { exc, excField, E_TRACEBACK, tracebackEntries } from '../objects/exceptions';
import { codeField, C_VARNAMES } from '../objects/function';
import { jsString, StrType } from '../objects/str';
import { typeLookup } from '../objects/typeobject';
import { dictKeysList } from '../objects/dict';
import { tupleItems } from '../objects/tuple';
import { iterableToArray } from './iteration';
import { builtinsFor } from './rt';
import * as P from './protocol';
import { N } from './names';

const MAX_CANDIDATES = 750;
const MAX_NAME_BYTES = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

const utf8 = new TextEncoder();

/** The text to append to the exception's message line, or ''. */
export function suggestionSuffix(e: number): string {
  let s: string | null = null;
  try {
    const t = P.typeOf(e);
    if (t === exc.AttributeError) s = forAttributeError(e);
    else if (t === exc.NameError) s = forNameError(e);
  } catch {
    s = null; // a failing dir() or the like: no suggestion, as in CPython
  }
  return s === null ? '' : `. Did you mean: '${s}'?`;
}

function forAttributeError(e: number): string | null {
  const name = P.getAttrOrNull(e, N.name);
  const obj = P.getAttrOrNull(e, N.obj);
  if (name === NULL || obj === NULL || P.typeOf(name) !== StrType) return null;
  const items = iterableToArray(P.callDescr(typeLookup(P.typeOf(obj), N.__dir__), obj, []));
  // A name that is not a str makes CPython's search fail: no suggestion.
  if (items.some((v) => v < REF_BASE || P.typeOf(v) !== StrType)) return null;
  return bestMatch(items.map(jsString).sort(byCodePoint), jsString(name));
}

function forNameError(e: number): string | null {
  const name = P.getAttrOrNull(e, N.name);
  const entries = tracebackEntries(excField(e, E_TRACEBACK));
  if (name === NULL || P.typeOf(name) !== StrType || entries.length === 0) return null;
  const last = entries[entries.length - 1];
  const wanted = jsString(name);
  const varnames = tupleItems(codeField(last.code, C_VARNAMES)).map(jsString);
  let found = bestMatch(varnames, wanted);
  if (found !== null || last.globals === NULL) return found;
  found = bestMatch(dictKeysList(last.globals).map(keyString), wanted);
  if (found !== null) return found;
  return bestMatch(dictKeysList(builtinsFor(last.globals)).map(keyString), wanted);
}

const keyString = (k: number) => (k >= REF_BASE && P.typeOf(k) === StrType ? jsString(k) : '');

function byCodePoint(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!), y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < x.length && i < y.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** calculate_suggestions: the closest candidate within the distance limit, first on ties. */
function bestMatch(candidates: string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATES) return null;
  const wanted = utf8.encode(name);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const bytes = utf8.encode(candidate);
    // No more than a third of the characters involved may change, and only to beat the best.
    const limit = Math.min(Math.floor((wanted.length + bytes.length + 3) * MOVE_COST / 6), bestDistance - 1);
    const d = editDistance(wanted, bytes, limit);
    if (d > limit) continue;
    if (best === null || d < bestDistance) { best = candidate; bestDistance = d; }
  }
  return best;
}

/** Cost of replacing byte a by b: nothing, a change of ASCII case, or a move. */
function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
  return lower(a) === lower(b) ? CASE_COST : MOVE_COST;
}

/**
 * Levenshtein distance of two UTF-8 strings with moves (insert, delete) costing 2 and case
 * changes 1, or any value above maxCost once it is sure to exceed it. Common prefixes and
 * suffixes are trimmed first; one row of the matrix is kept.
 */
function editDistance(a0: Uint8Array, b0: Uint8Array, maxCost: number): number {
  let aStart = 0, aEnd = a0.length, bStart = 0, bEnd = b0.length;
  while (aStart < aEnd && bStart < bEnd && a0[aStart] === b0[bStart]) { aStart++; bStart++; }
  while (aStart < aEnd && bStart < bEnd && a0[aEnd - 1] === b0[bEnd - 1]) { aEnd--; bEnd--; }
  let a = a0.subarray(aStart, aEnd), b = b0.subarray(bStart, bEnd);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_NAME_BYTES || b.length > MAX_NAME_BYTES) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  // row[i] = distance between the part of b done so far and a[0..i].
  const row = new Array<number>(a.length);
  for (let i = 0; i < a.length; i++) row[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let j = 0; j < b.length; j++) {
    let diagonal = j * MOVE_COST; // distance of b[0..j) and a[0..0)
    result = diagonal;
    let rowMin = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = diagonal + substitutionCost(b[j], a[i]);
      diagonal = row[i];
      result = Math.min(Math.min(result, diagonal) + MOVE_COST, substitute);
      row[i] = result;
      if (result < rowMin) rowMin = result;
    }
    if (rowMin > maxCost) return maxCost + 1;
  }
  return result;
}

