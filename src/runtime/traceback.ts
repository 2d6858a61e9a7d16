/**
 * Printing uncaught exceptions the way CPython 3.11 does (Python/pythonrun.c print_exception
 * and Python/traceback.c): chained causes and contexts, "Traceback (most recent call last):",
 * one entry per frame with its source line and the position markers under it (`~~~^^^~~`),
 * then "Type: message". SyntaxErrors show the offending line and a caret.
 *
 * Markers follow tb_displayline: the traceback entry's position (the code's position table,
 * indexed by the entry's lasti) is underlined with `^`; when the position's source text alone
 * parses as a binary operation or a subscript, the operands are drawn with `~` and the
 * operator or brackets with `^`. Nothing is drawn when `^` would cover the whole line.
 */
import * as fs from 'fs';
import { NULL, REF_BASE } from '../heap/memory';
import { exc, excField, setExcField, E_CAUSE, E_CONTEXT, E_SUPPRESS, E_TRACEBACK, E_EG_EXCS, tracebackEntries, TracebackType } from '../objects/exceptions';
import { getRoot, Root } from '../heap/roots';
import { IntType, BoolType } from '../objects/int';
import { codeField, C_FILENAME, C_NAME, C_POSITIONS } from '../objects/function';
import { tupleItem, tupleLength } from '../objects/tuple';
import { parseModule, NodeKind } from '../parser';
import type * as ast from '../parser/ast';
import { displayWidth } from './eastAsianWidth';
import { jsString, StrType, intern, newStr } from '../objects/str';
import { typeField, T_QUALNAME, typeDict } from '../objects/typeobject';
import { dictLookupStr } from '../objects/dict';
import * as P from './protocol';
import { N } from './names';
import { suggestionSuffix } from './suggestions';
import { callObject } from './call';
import { rootMark, pushRoot, rootRelease } from '../threads/threadState';

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
  let m: number;
  try { m = P.getAttrOrNull(t, N.__module__); } catch { m = NULL; }
  if (m === NULL || !P.isInstance(m, StrType)) return `<unknown>.${q}`;
  const mod = jsString(m);
  return mod === 'builtins' || mod === '__main__' ? q : `${mod}.${q}`;
}

function safeStr(e: number): string {
  try { return P.strJs(e); } catch { return '<exception str() failed>'; }
}

/**
 * The location lines of a SyntaxError (pythonrun.c print_exception_file_and_line,
 * parse_syntax_error and print_error_text) and its message; null when its attributes
 * cannot be read (it is then printed like any exception).
 */
function syntaxErrorLines(e: number): { lines: string[]; message: string } | null {
  try {
    const get = (n: string) => P.getAttr(e, intern(n));
    const num = (v: number, dflt: number) => v === P.None ? dflt : Number(P.index(v));
    const message = P.strJs(get('msg'));
    const fileObj = get('filename');
    const file = fileObj === P.None ? '<string>' : P.strJs(fileObj);
    const lineno = Number(P.index(get('lineno')));
    const offset = num(get('offset'), -1);
    let endLineno = lineno, endOffset = -1;
    if (P.typeOf(e) === exc.SyntaxError) { // subclasses (IndentationError...) get no end
      endLineno = num(get('end_lineno'), lineno);
      endOffset = num(get('end_offset'), -1);
    }
    const textObj = get('text');
    const lines = [`  File "${file}", line ${lineno}\n`];
    if (textObj !== P.None) {
      let text = P.strJs(textObj);
      const size = Buffer.byteLength(text, 'utf8');
      if (endLineno > lineno) endOffset = size;
      if (endOffset > size + 1) endOffset = size + 1;
      // print_error_text
      const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
      let off = offset - 1;
      const lead = /^[ \t\f]*/.exec(text)![0].length;
      text = text.slice(lead); off -= lead;
      let len = text.length;
      if (len > 0 && text[len - 1] === '\n') len--;
      if (off > len) off = len;
      for (;;) {
        const nl = text.indexOf('\n');
        if (nl < 0 || nl >= off) break;
        text = text.slice(nl + 1); len -= nl + 1; off -= nl + 1;
      }
      lines.push(`    ${text}${text[len] === '\n' ? '' : '\n'}`);
      if (off >= 0) lines.push(`    ${' '.repeat(off)}${'^'.repeat(carets)}\n`);
    }
    return { lines, message };
  } catch {
    return null;
  }
}

/** CPython's PyTraceBack_LIMIT, or sys.tracebacklimit when it is an int. */
function tracebackLimit(): number {
  try {
    const v = P.getAttrOrNull(getRoot(Root.SysModule), intern('tracebacklimit'));
    if (v !== NULL && (P.typeOf(v) === IntType || P.typeOf(v) === BoolType)) {
      const n = Number(P.index(v));
      return n > Number.MAX_SAFE_INTEGER ? Infinity : n;
    }
  } catch { /* ignore */ }
  return 1000;
}

/** tb_printinternal: the entries (the last `limit` of them), repeated lines collapsed. */
function printTracebackEntries(ctx: PrintContext, tb: number, limit: number): void {
  let entries = tracebackEntries(tb);
  if (entries.length > limit) entries = entries.slice(entries.length - limit);
  const margin = ctx.margin();
  let last = '';
  let count = 0;
  const repeated = () => {
    if (count > 3) {
      const n = count - 3;
      ctx.out.push(`  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`);
    }
  };
  for (const { code, lineno, lasti } of entries) {
    const file = jsString(codeField(code, C_FILENAME));
    const name = jsString(codeField(code, C_NAME));
    const key = `${file}\0${lineno}\0${name}`;
    if (key !== last) { repeated(); last = key; count = 0; }
    if (++count > 3) continue;
    ctx.out.push(`${margin}  File "${file}", line ${lineno}, in ${name}\n`);
    // Like CPython, no source for "<string>", "<stdin>" and the like.
    const src = file.startsWith('<') && file.endsWith('>') ? null : sourceLine(file, lineno);
    if (src === null) continue;
    ctx.out.push(`${margin}    ${src.replace(/^[ \t\f]+/, '')}\n`);
    const carets = caretLine(code, lasti, src);
    if (carets !== null) ctx.out.push(margin + carets);
  }
  repeated();
}

// ---- position markers (Python/traceback.c tb_displayline) ----------------------------------

const isWs = (c: string | number) => c === ' ' || c === '\t' || c === '\f' || c === 32 || c === 9 || c === 12;

/** _PyPegen_byte_offset_to_character_offset: characters in the first `col` UTF-8 bytes. */
function byteToChar(chars: string[], col: number): number {
  let bytes = 0, n = 0;
  for (const ch of chars) {
    if (bytes >= col) return n;
    bytes += Buffer.byteLength(ch, 'utf8');
    n++;
  }
  return bytes >= col ? n : n + 1; // CPython reads the terminating NUL when col = len + 1
}

interface Anchors { left: number; right: number; primary: string; secondary: string }

/** extract_anchors_from_line: secondary ranges inside a one-line binary operation or subscript. */
function extractAnchors(segment: string): Anchors | null {
  let mod: ast.Module;
  try { mod = parseModule(segment, '<traceback>'); } catch { return null; }
  if (mod.body.length !== 1 || mod.body[0].kind !== NodeKind.Expr) return null;
  const e = mod.body[0].value;
  const buf = Buffer.from(segment, 'utf8');
  let left = -1, right = -1, primary = '^', secondary = '^';
  if (e.kind === NodeKind.BinOp) {
    const rcol = e.right.col_offset;
    for (let i = e.left.end_col_offset; i < rcol; i++) {
      if (isWs(buf[i])) continue;
      left = i; right = i + 1;
      if (i + 1 < rcol && !isWs(buf[i + 1])) right++; // a two-character operator (//, **, ...)
      if (i + 1 < rcol && buf[i] === 0x29 /* ) */) continue;
      primary = '~'; secondary = '^';
      break;
    }
  } else if (e.kind === NodeKind.Subscript) {
    left = e.value.end_col_offset;
    right = e.slice.end_col_offset + 1;
    const len = buf.length;
    while (left < len && (isWs(buf[left]) || buf[left] !== 0x5b /* [ */)) left++;
    while (right < len && (isWs(buf[right]) || buf[right] !== 0x5d /* ] */)) right++;
    if (right < len) right++;
    primary = '~'; secondary = '^';
  } else return null;
  if (left < 0 || right < 0) return null;
  const segChars = Array.from(segment);
  return { left: byteToChar(segChars, left), right: byteToChar(segChars, right), primary, secondary };
}

/** The marker line under `src` (the full source line) for position entry `lasti`, or null. */
function caretLine(code: number, lasti: number, src: string): string | null {
  const table = codeField(code, C_POSITIONS);
  if (lasti < 0 || table === NULL || 4 * lasti + 3 >= tupleLength(table)) return null;
  const startLine = tupleItem(table, 4 * lasti), endLine = tupleItem(table, 4 * lasti + 1);
  const startCol = tupleItem(table, 4 * lasti + 2), endCol = tupleItem(table, 4 * lasti + 3);
  if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0) return null;
  const chars = Array.from(src);
  const start = byteToChar(chars, startCol);
  let end = byteToChar(chars, endCol);
  let anchors: Anchors | null = null;
  if (startLine === endLine) {
    const seg = chars.slice(start, end).join('');
    anchors = extractAnchors(seg);
    if (anchors) { anchors.left += start; anchors.right += start; }
  } else {
    // A multi-line position is underlined to the last non-blank character of its first line.
    let i = chars.length;
    while (--i >= 0) if (!isWs(chars[i])) break;
    end = i + 1;
  }
  let indent = 0;
  while (indent < chars.length && isWs(chars[indent])) indent++;
  if (end - start === chars.length - indent && anchors === null) return null;
  // print_error_location_carets; each character is drawn as wide as it shows on a terminal.
  let out = '    ';
  for (let j = indent; j < end; j++) {
    const c = j < start ? ' ' : anchors && anchors.left <= j && j < anchors.right ? anchors.secondary : anchors ? anchors.primary : '^';
    out += j < chars.length && displayWidth(chars[j].codePointAt(0)!) === 2 ? c + c : c;
  }
  return out + '\n';
}

// ---- the whole report (Python/pythonrun.c print_exception_recursive) ----------------------

const MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

class PrintContext {
  out: string[] = [];
  seen = new Set<number>();
  /** Nesting level of the exception group being printed (0: none). */
  depth = 0;
  needClose = false;
  indent(): string { return ' '.repeat(2 * this.depth); }
  margin(): string { return this.indent() + (this.depth ? '| ' : ''); }
}

function isGroup(e: number): boolean { return P.isInstance(e, exc.BaseExceptionGroup); }

function printChained(ctx: PrintContext, e: number, message: string): void {
  const needClose = ctx.needClose;
  printRecursive(ctx, e);
  ctx.needClose = needClose;
  const m = ctx.margin();
  ctx.out.push(`${m}\n${m}${message}${m}\n`);
}

function printCauseAndContext(ctx: PrintContext, e: number): void {
  ctx.seen.add(e);
  const cause = excField(e, E_CAUSE);
  if (cause !== P.None && cause !== NULL) {
    if (!ctx.seen.has(cause)) printChained(ctx, cause, 'The above exception was the direct cause of the following exception:\n');
    return;
  }
  if (excField(e, E_SUPPRESS) !== 0) return;
  const context = excField(e, E_CONTEXT);
  if (context !== P.None && context !== NULL && !ctx.seen.has(context)) {
    printChained(ctx, context, 'During handling of the above exception, another exception occurred:\n');
  }
}

function printRecursive(ctx: PrintContext, e: number): void {
  printCauseAndContext(ctx, e);
  if (isGroup(e)) printGroup(ctx, e);
  else printOne(ctx, e);
}

/** print_exception: traceback, location of a SyntaxError, "Type: message", notes. */
function printOne(ctx: PrintContext, e: number): void {
  const tb = excField(e, E_TRACEBACK);
  if (tb !== P.None && tb !== NULL) {
    const limit = tracebackLimit();
    if (limit > 0) {
      let header = 'Traceback (most recent call last):\n';
      let headerMargin = ctx.margin();
      if (isGroup(e)) {
        header = 'Exception Group Traceback (most recent call last):\n';
        if (ctx.depth === 1) headerMargin = ctx.indent() + '+ ';
      }
      ctx.out.push(headerMargin + header);
      printTracebackEntries(ctx, tb, limit);
    }
  }
  const name = qualifiedTypeName(e);
  let message: string | null = null;
  if (P.isInstance(e, exc.SyntaxError) && P.getAttrOrNull(e, intern('print_file_and_line')) !== NULL) {
    const s = syntaxErrorLines(e);
    if (s !== null) {
      for (const l of s.lines) ctx.out.push(l.startsWith('  File') ? ctx.margin() + l : l);
      message = s.message;
    }
  }
  if (message === null) message = safeStr(e);
  ctx.out.push(`${ctx.margin()}${name}${message === '' ? '' : ': '}${message}${suggestionSuffix(e)}\n`);
  printNotes(ctx, e);
}

function printNotes(ctx: PrintContext, e: number): void {
  let notes: number;
  try { notes = P.getAttrOrNull(e, N.__notes__); } catch { return; }
  if (notes === NULL) return;
  const m = ctx.margin();
  const items = (() => {
    try { return P.isInstance(notes, StrType) ? null : (require('./iteration').iterableToArray(notes) as number[]); } catch { return null; }
  })();
  if (items === null) {
    let r: string;
    try { r = P.reprJs(notes); } catch { r = '<__notes__ repr() failed>'; }
    ctx.out.push(`${m}${r}\n`);
    return;
  }
  for (const note of items) {
    let s: string | null;
    try { s = P.strJs(note); } catch { s = null; }
    if (s === null) ctx.out.push('<note str() failed>');
    else for (const line of splitLinesKeepEnds(s)) ctx.out.push(m + line);
    ctx.out.push('\n');
  }
}

/** str.splitlines(keepends=True) */
function splitLinesKeepEnds(s: string): string[] {
  const out: string[] = [];
  const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let start = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) { out.push(s.slice(start, m.index + m[0].length)); start = m.index + m[0].length; }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

/** print_exception_group: the group, then each sub-exception in a numbered box. */
function printGroup(ctx: PrintContext, e: number): void {
  if (ctx.depth > MAX_GROUP_DEPTH) {
    ctx.out.push(`${ctx.margin()}... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    return;
  }
  if (ctx.depth === 0) ctx.depth++;
  printOne(ctx, e);
  const excs = excField(e, E_EG_EXCS);
  const num = tupleLength(excs);
  const n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const lastExc = i === n - 1;
    if (lastExc) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    ctx.out.push(ctx.indent() + (truncated ? '  +---------------- ... ----------------\n' : `${i === 0 ? '+-' : '  '}+---------------- ${i + 1} ----------------\n`));
    ctx.depth++;
    if (!truncated) printRecursive(ctx, tupleItem(excs, i));
    else {
      const remaining = num - MAX_GROUP_WIDTH;
      ctx.out.push(`${ctx.margin()}and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (lastExc && ctx.needClose) {
      ctx.out.push(`${ctx.indent()}+------------------------------------\n`);
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (ctx.depth === 1) ctx.depth--;
}

/** The report of an unraisable exception (sys.unraisablehook's): no causes or contexts. */
export function formatUnchained(e: number): string {
  const ctx = new PrintContext();
  printOne(ctx, e);
  return ctx.out.join('');
}

/** The full text CPython prints for an uncaught exception. */
export function formatException(e: number): string {
  const ctx = new PrintContext();
  printRecursive(ctx, e);
  return ctx.out.join('');
}

/**
 * PyErr_Display(type, value, tb), the default sys.excepthook: value's report written to
 * sys.stderr (nothing when that is None), tb put on value when it has none.
 */
export function displayException(value: number, tb: number): void {
  let text: string;
  if (P.isInstance(value, exc.BaseException)) {
    if (tb !== NULL && P.typeOf(tb) === TracebackType && excField(value, E_TRACEBACK) === P.None) setExcField(value, E_TRACEBACK, tb);
    text = formatException(value);
  } else {
    text = `TypeError: print_exception(): Exception expected for value, ${P.typeName(value)} found\n`;
  }
  const stderr = P.getAttrOrNull(getRoot(Root.SysModule), intern('stderr'));
  if (stderr === NULL || stderr === P.None) return;
  const mark = rootMark();
  try {
    pushRoot(stderr);
    callObject(P.getAttr(stderr, N.write), [newStr(text)], null);
    callObject(P.getAttr(stderr, N.flush), [], null);
  } finally { rootRelease(mark); }
}
