/**
 * Printing uncaught exceptions the way CPython does (traceback.print_exception): chained
 * causes and contexts, "Traceback (most recent call last):", one entry per frame with its
 * source line, then "Type: message". SyntaxErrors show the offending line and a caret.
 */
import * as fs from 'fs';
import { NULL, REF_BASE } from '../heap/memory';
import { exc, excField, E_CAUSE, E_CONTEXT, E_SUPPRESS, E_TRACEBACK, tracebackEntries } from '../objects/exceptions';
import { codeField, C_FILENAME, C_NAME } from '../objects/function';
import { jsString, StrType, intern } from '../objects/str';
import { typeField, T_QUALNAME, typeDict } from '../objects/typeobject';
import { dictLookupStr } from '../objects/dict';
import * as P from './protocol';
import { N } from './names';

const sourceCache = new Map<string, string[] | null>();
function sourceLine(file: string, line: number): string | null {
  let lines = sourceCache.get(file);
  if (lines === undefined) {
    try { lines = fs.readFileSync(file, 'utf8').split(/\r?\n/); } catch { lines = null; }
    sourceCache.set(file, lines);
  }
  if (!lines || line < 1 || line > lines.length) return null;
  return lines[line - 1];
}
/** Register source text for files that are not on disk (-c, stdin). */
export function registerSource(file: string, text: string): void { sourceCache.set(file, text.split(/\r?\n/)); }

function qualifiedTypeName(e: number): string {
  const t = P.typeOf(e);
  const q = jsString(typeField(t, T_QUALNAME));
  const m = dictLookupStr(typeDict(t), N.__module__);
  const mod = m !== NULL && P.isInstance(m, StrType) ? jsString(m) : 'builtins';
  return mod === 'builtins' || mod === '__main__' ? q : `${mod}.${q}`;
}

function safeStr(e: number): string {
  try { return P.strJs(e); } catch { return '<exception str() failed>'; }
}

function formatExceptionOnly(e: number): string[] {
  const name = qualifiedTypeName(e);
  if (P.isInstance(e, exc.SyntaxError)) {
    const out: string[] = [];
    const get = (n: string) => { const v = P.getAttrOrNull(e, intern(n)); return v === NULL || v === P.None ? null : v; };
    const file = get('filename'), lineno = get('lineno'), text = get('text'), offset = get('offset'), endOffset = get('end_offset'), endLine = get('end_lineno');
    const msg = get('msg');
    if (file !== null || lineno !== null) out.push(`  File "${file !== null ? P.strJs(file) : '<string>'}", line ${lineno !== null ? P.strJs(lineno) : '?'}\n`);
    if (text !== null) {
      const raw = P.strJs(text).replace(/\n$/, '');
      const stripped = raw.replace(/^[ \t\f]+/, '');
      const cut = raw.length - stripped.length;
      out.push(`    ${stripped.replace(/\s+$/, '')}\n`);
      if (offset !== null) {
        const off = Number(P.index(offset));
        let end = endOffset !== null ? Number(P.index(endOffset)) : off;
        const sameLine = endLine === null || P.strJs(endLine) === P.strJs(lineno!);
        if (!sameLine || end <= off) end = off + 1;
        const start = Math.max(0, off - 1 - cut);
        const width = Math.max(1, Math.min(end - off, stripped.length - start + 1));
        out.push(`    ${' '.repeat(start)}${'^'.repeat(width)}\n`);
      }
    }
    out.push(`${name}: ${msg !== null ? P.strJs(msg) : ''}\n`);
    return out;
  }
  const s = safeStr(e);
  const lines = [s === '' ? `${name}\n` : `${name}: ${s}\n`];
  const notes = P.getAttrOrNull(e, N.__notes__);
  if (notes !== NULL && notes !== P.None) {
    try { for (const n of require('./iteration').iterableToArray(notes) as number[]) lines.push(`${P.strJs(n)}\n`); } catch { /* ignore */ }
  }
  return lines;
}

function formatTraceback(e: number): string[] {
  const tb = excField(e, E_TRACEBACK);
  if (tb === P.None || tb === NULL) return [];
  const out = ['Traceback (most recent call last):\n'];
  let last = '';
  let repeat = 0;
  const flushRepeat = () => {
    if (repeat > 3) out.push(`  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? '' : 's'}]\n`);
  };
  for (const { code, lineno } of tracebackEntries(tb)) {
    const file = jsString(codeField(code, C_FILENAME));
    const name = jsString(codeField(code, C_NAME));
    const key = `${file}:${lineno}:${name}`;
    if (key === last) { repeat++; if (repeat > 3) continue; } else { flushRepeat(); repeat = 1; last = key; }
    out.push(`  File "${file}", line ${lineno}, in ${name}\n`);
    const src = sourceLine(file, lineno);
    if (src !== null && src.trim() !== '') out.push(`    ${src.trim()}\n`);
  }
  flushRepeat();
  return out;
}

/** The full text CPython prints for an uncaught exception. */
export function formatException(e: number, seen = new Set<number>()): string {
  seen.add(e);
  let out = '';
  const cause = excField(e, E_CAUSE);
  const context = excField(e, E_CONTEXT);
  if (cause !== P.None && cause !== NULL && !seen.has(cause)) {
    out += formatException(cause, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (context !== P.None && context !== NULL && excField(e, E_SUPPRESS) === 0 && !seen.has(context)) {
    out += formatException(context, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  return out + formatTraceback(e).join('') + formatExceptionOnly(e).join('');
}

void REF_BASE;
