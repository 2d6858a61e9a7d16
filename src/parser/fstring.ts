// String literal atoms: implicit concatenation of adjacent str / bytes / f-string
// literals, and the replacement fields of f-strings (PEP 701 token stream).
//
// strings: (FSTRING_START fstring_middle* FSTRING_END | STRING)+
// fstring_replacement_field:
//     '{' (yield_expr | star_expressions) '='? [fstring_conversion] [fstring_full_format_spec] '}'
// fstring_conversion: '!' NAME
// fstring_full_format_spec: ':' fstring_format_spec*
//
// Positions follow CPython 3.11 (the target the differential tests compare
// with), which differ from 3.12's for f-string internals: the Constant and
// FormattedValue parts of a JoinedStr all span the whole concatenated literal,
// a format_spec JoinedStr spans the one f-string token it is written in, and
// the expressions in replacement fields have their true source positions.

import * as ast from './ast';
import { NodeKind, ConstantType } from './ast';
import { TokenType } from './tokens';
import type { Parser } from './parser';
import { decodeStrEscapes, decodeBytes, EscapeError } from './literals';
import { PySyntaxError } from './errors';

type Part = string | ast.FormattedValue;

interface FStringState {
  /** Nodes that take the span of the whole concatenated literal. */
  whole: ast.Located[];
  /** Format spec nodes of the f-string token being parsed: they take that token's span. */
  specs: ast.Located[];
  /** How many format specs enclose the field being parsed. */
  specDepth: number;
}

function pushLiteral(parts: Part[], s: string): void {
  if (s.length === 0) return;
  const n = parts.length;
  if (n > 0 && typeof parts[n - 1] === 'string') parts[n - 1] = (parts[n - 1] as string) + s;
  else parts.push(s);
}

function escapeMessage(e: EscapeError): string {
  const end = Math.max(e.startIndex, e.endIndex - 1);
  return `(unicode error) 'unicodeescape' codec can't decode bytes in position ${e.startIndex}-${end}: ${e.reason}`;
}

export function parseStrings(p: Parser): ast.Expr {
  const first = p.peek();
  let sawBytes = false, sawStr = false, hasF = false;
  const parts: Part[] = [];
  const bytes: Uint8Array[] = [];
  const state: FStringState = { whole: [], specs: [], specDepth: 0 };
  let pendingError: string | null = null;
  let constKind: string | null = null;
  for (let i = 0; ; i++) {
    const t = p.peek();
    if (t.type === TokenType.String) {
      p.next();
      const v = t.value;
      let q = 0;
      while (v.charCodeAt(q) !== 34 && v.charCodeAt(q) !== 39) q++;
      const prefix = v.slice(0, q).toLowerCase();
      const triple = v.length >= q + 6 && v.charCodeAt(q + 1) === v.charCodeAt(q) && v.charCodeAt(q + 2) === v.charCodeAt(q);
      const body = triple ? v.slice(q + 3, v.length - 3) : v.slice(q + 1, v.length - 1);
      const raw = prefix.indexOf('r') >= 0;
      // CPython looks at the first char of the first token only (lowercase 'u').
      if (i === 0 && v.charCodeAt(0) === 117) constKind = 'u';
      if (prefix.indexOf('b') >= 0) {
        sawBytes = true;
        let b: Uint8Array | null = null;
        try {
          b = decodeBytes(body, raw);
        } catch (e) {
          if (!(e instanceof EscapeError)) throw e;
          pendingError ??= `(value error) ${e.reason}`;
        }
        if (b === null && pendingError === null) throw p.errorRange('bytes can only contain ASCII literal characters', t);
        if (b !== null) bytes.push(b);
      } else {
        sawStr = true;
        let s = body;
        if (!raw) {
          try {
            s = decodeStrEscapes(body);
          } catch (e) {
            if (!(e instanceof EscapeError)) throw e;
            pendingError ??= escapeMessage(e);
          }
        }
        pushLiteral(parts, s);
      }
    } else if (t.type === TokenType.FStringStart) {
      sawStr = true;
      hasF = true;
      try {
        fstring(p, parts, state);
      } catch (e) {
        if (!(e instanceof EscapeError)) throw e;
        pendingError ??= escapeMessage(e);
      }
    } else {
      break;
    }
  }
  if (sawBytes && sawStr) throw p.errorHere('cannot mix bytes and nonbytes literals');
  if (pendingError !== null) throw p.errorHere(pendingError);
  const last = p.last;
  if (sawBytes) {
    let n = 0;
    for (const b of bytes) n += b.length;
    const value = new Uint8Array(n);
    let o = 0;
    for (const b of bytes) { value.set(b, o); o += b.length; }
    return p.mk2<ast.Constant>({ kind: NodeKind.Constant, value, constKind: null, valueType: ConstantType.Bytes }, first, last);
  }
  if (!hasF) {
    const value = parts.length === 0 ? '' : parts[0] as string;
    return p.mk2<ast.Constant>({ kind: NodeKind.Constant, value, constKind, valueType: ConstantType.Str }, first, last);
  }
  const values = partsToNodes(parts, state);
  for (const n of state.whole) {
    if (constKind !== null && (n as ast.Constant).kind === NodeKind.Constant) (n as ast.Constant).constKind = constKind;
    n.lineno = first.lineno;
    n.col_offset = first.col_offset;
    n.end_lineno = last.end_lineno;
    n.end_col_offset = last.end_col_offset;
  }
  return p.mk2<ast.JoinedStr>({ kind: NodeKind.JoinedStr, values }, first, last);
}

function partsToNodes(parts: Part[], state: FStringState): (ast.Constant | ast.FormattedValue)[] {
  const out: (ast.Constant | ast.FormattedValue)[] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      const c = {
        kind: NodeKind.Constant, value: part, constKind: null, valueType: ConstantType.Str,
        lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0,
      } as ast.Constant;
      state.whole.push(c);
      out.push(c);
    } else {
      out.push(part);
    }
  }
  return out;
}

/** The position just past the end of the f-string being parsed (where 3.11 reports f-string errors). */
function afterFString(p: Parser): ast.Located {
  let depth = 0;
  for (let i = p.pos; i < p.tokens.length; i++) {
    const t = p.tokens[i];
    if (t.type === TokenType.FStringStart) depth++;
    else if (t.type === TokenType.FStringEnd) {
      if (depth === 0) {
        return { lineno: t.end_lineno, col_offset: t.end_col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset };
      }
      depth--;
    }
  }
  return p.tokens[p.tokens.length - 1];
}

/**
 * CPython 3.11 parses a replacement field as the separate source "(expr)", so
 * parser errors in it say "f-string: ..." with positions relative to that
 * source: line 1 is the line of the '{', whose column becomes offset 1.
 */
function fieldError(p: Parser, e: unknown, lb: ast.Located): unknown {
  if (!(e instanceof PySyntaxError)) return e;
  const last = p.tokens[p.tokens.length - 1];
  if (last.type === TokenType.Error && last.error === e) return e;
  if (e.msg.startsWith('f-string')) return e;
  const base = p.map.byteColToOffset(lb.lineno, lb.col_offset);
  const rel = (line: number, off: number) => (line === lb.lineno ? off - base + 1 : off);
  return new PySyntaxError(e.type, 'f-string: ' + e.msg, e.filename, e.lineno - lb.lineno + 1,
    rel(e.lineno, e.offset), e.end_lineno - lb.lineno + 1, rel(e.end_lineno, e.end_offset), e.text);
}

function decodeMiddle(text: string, raw: boolean, inSpec: boolean): string {
  if (!inSpec) {
    if (text.indexOf('{{') >= 0) text = text.replace(/\{\{/g, '{');
    if (text.indexOf('}}') >= 0) text = text.replace(/\}\}/g, '}');
  }
  return raw ? text : decodeStrEscapes(text);
}

// fstring: FSTRING_START fstring_middle* FSTRING_END
function fstring(p: Parser, parts: Part[], state: FStringState): void {
  const start = p.next();
  const raw = start.value.toLowerCase().indexOf('r') >= 0;
  const outerSpecs = state.specs;
  state.specs = [];
  for (;;) {
    const t = p.peek();
    if (t.type === TokenType.FStringMiddle) {
      p.next();
      pushLiteral(parts, decodeMiddle(t.value, raw, false));
    } else if (t.type === TokenType.Op && t.value === '{') {
      replacementField(p, parts, state, raw);
    } else if (t.type === TokenType.FStringEnd) {
      p.next();
      break;
    } else {
      p.fail();
    }
  }
  const end = p.last;
  for (const s of state.specs) {
    s.lineno = start.lineno;
    s.col_offset = start.col_offset;
    s.end_lineno = end.end_lineno;
    s.end_col_offset = end.end_col_offset;
  }
  state.specs = outerSpecs;
}

// fstring_replacement_field:
//     '{' (yield_expr | star_expressions) '='? [fstring_conversion] [fstring_full_format_spec] '}'
function replacementField(p: Parser, parts: Part[], state: FStringState, raw: boolean): void {
  const lb = p.next();
  if (state.specDepth >= 2) throw p.errorRange('f-string: expressions nested too deeply', afterFString(p));
  const t = p.peek();
  if (t.type === TokenType.Op && (t.value === '}' || t.value === '!' || t.value === ':' || t.value === '=')) {
    throw p.errorRange('f-string: empty expression not allowed', afterFString(p));
  }
  let value: ast.Expr;
  try {
    value = p.isKw('yield') ? p.yieldExpr() : p.starExpressions();
    const n = p.peek();
    if (!(n.type === TokenType.Op && (n.value === '}' || n.value === '!' || n.value === ':' || n.value === '='))) {
      p.missingComma(value);
      p.fail();
    }
  } catch (e) {
    throw fieldError(p, e, lb);
  }
  if (value.kind === NodeKind.Tuple && !p.parenthesized.has(value)) {
    // CPython 3.11 parses the field as "(expr)", so a bare tuple spans the braces'
    // positions: from the '{' to just past the end of the expression text.
    const after = p.peek();
    value.lineno = lb.lineno;
    value.col_offset = lb.col_offset;
    value.end_lineno = after.lineno;
    value.end_col_offset = after.col_offset + 1;
  }
  let debug = false;
  if (p.isOp('=')) {
    p.next();
    const after = p.peek();
    pushLiteral(parts, p.src.slice(lb.end, after.start));
    debug = true;
  }
  let conversion = -1;
  if (p.isOp('!')) {
    p.next();
    const n = p.peek();
    if (n.type === TokenType.Name && (n.value === 's' || n.value === 'r' || n.value === 'a')) {
      p.next();
      conversion = n.value.charCodeAt(0);
    } else {
      throw p.errorRange("f-string: invalid conversion character: expected 's', 'r', or 'a'", afterFString(p));
    }
  }
  let formatSpec: ast.JoinedStr | null = null;
  if (p.isOp(':')) {
    p.next();
    const specParts: Part[] = [];
    for (;;) {
      const x = p.peek();
      if (x.type === TokenType.FStringMiddle) {
        p.next();
        pushLiteral(specParts, decodeMiddle(x.value, raw, true));
      } else if (x.type === TokenType.Op && x.value === '{') {
        state.specDepth++;
        replacementField(p, specParts, state, raw);
        state.specDepth--;
      } else {
        break;
      }
    }
    // CPython 3.11 gives the trailing literal of a spec the span of its f-string
    // token (like the spec itself); literals before a nested field get the whole span.
    const trailing = specParts.length > 0 && typeof specParts[specParts.length - 1] === 'string'
      ? specParts.pop() as string : null;
    const values = partsToNodes(specParts, state);
    if (trailing !== null) {
      const c = {
        kind: NodeKind.Constant, value: trailing, constKind: null, valueType: ConstantType.Str,
        lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0,
      } as ast.Constant;
      values.push(c);
      state.specs.push(c);
    }
    formatSpec = {
      kind: NodeKind.JoinedStr, values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0,
    } as ast.JoinedStr;
    state.specs.push(formatSpec);
  }
  if (!p.isOp('}')) throw p.errorRange("f-string: expecting '}'", afterFString(p));
  p.next();
  if (debug && conversion === -1 && formatSpec === null) conversion = 114;
  const fv = {
    kind: NodeKind.FormattedValue, value, conversion, format_spec: formatSpec,
    lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0,
  } as ast.FormattedValue;
  state.whole.push(fv);
  parts.push(fv);
}

