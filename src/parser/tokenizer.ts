// Tokenizer: turns source text into a Token[] (the whole file at once).
//
// Behaviour follows CPython's tokenizer (Parser/tokenizer.c) as observable from
// Python: INDENT/DEDENT from indentation (tab stops of 8, TabError when tabs
// and spaces are inconsistent), implicit line joining inside brackets,
// backslash continuations, NEWLINE only at the end of logical lines, and 3.12's
// f-string tokens (FSTRING_START / MIDDLE / END with the replacement fields
// tokenized as ordinary tokens, so quotes may be reused inside fields: PEP 701).
//
// Errors: CPython's tokenizer runs lazily, so a syntax error earlier in the file
// wins over a tokenizer error later on. We tokenize eagerly, so an error stops
// the stream with an Error token carrying the PySyntaxError; the parser raises
// it when it reaches that token (or when a generic "invalid syntax" is reported,
// as CPython's _PyPegen_tokenize_full_source_to_check_for_errors does).

import { Token, TokenType, KEYWORDS } from './tokens';
import { PySyntaxError, SourceMap, SyntaxErrorType } from './errors';

const enum ModeKind { FString, Field, Spec }

interface Mode {
  kind: ModeKind;
  quote: number;     // char code of the quote of the enclosing f-string
  triple: boolean;
  raw: boolean;
  start: number;     // index of the f-string's first char (its prefix)
  depth: number;     // Field: bracket depth including the field's '{'
}

interface Bracket { ch: number; pos: number; line: number }

const ID_START = /[\p{ID_Start}_]/u;
const ID_CONTINUE = /[\p{ID_Continue}\u00b7]/u;

function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isAsciiIdChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean { return c >= 48 && c <= 57; }
function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

function utf8Len(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

export function tokenize(map: SourceMap): Token[] {
  const t = new Tokenizer(map);
  t.run();
  return t.tokens;
}

class Tokenizer {
  readonly src: string;
  readonly len: number;
  readonly tokens: Token[] = [];
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  /** Index of the first non-ASCII char of the current line (or line end). */
  private lineNA = 0;
  private readonly asciiOnly: boolean;
  private indents: number[] = [0];
  private altIndents: number[] = [0];
  private brackets: Bracket[] = [];
  private modes: Mode[] = [];
  private atBol = true;
  /** True while the current physical line has produced no token. */
  private blank = true;

  constructor(private readonly map: SourceMap) {
    this.src = map.src;
    this.len = this.src.length;
    this.asciiOnly = !/[^\x00-\x7f]/.test(this.src);
    this.computeLineNA();
  }

  run(): void {
    try {
      while (this.step()) { /* loop */ }
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      const tok = this.make(TokenType.Error, '', this.pos, this.line, this.col(this.pos));
      tok.error = e;
      tok.unclosedLine = e.msg.endsWith('was never closed') ? e.lineno : 0;
      this.tokens.push(tok);
    }
  }

  // ------------------------------------------------------------ positions

  private computeLineNA(): void {
    if (this.asciiOnly) { this.lineNA = Infinity; return; }
    const s = this.src;
    let i = this.lineStart;
    while (i < this.len) {
      const c = s.charCodeAt(i);
      if (c === 10 || c >= 128) break;
      i++;
    }
    this.lineNA = i;
  }

  private newLine(nextLineStart: number): void {
    this.line++;
    this.lineStart = nextLineStart;
    this.computeLineNA();
  }

  /** UTF-8 byte column of char index `pos` on the current line. */
  private col(pos: number): number {
    if (pos <= this.lineNA) return pos - this.lineStart;
    return (this.lineNA - this.lineStart) + utf8Len(this.src, this.lineNA, pos);
  }

  private make(type: TokenType, value: string, start: number, line: number, col: number): Token {
    return {
      type, value, start, end: this.pos, lineno: line, col_offset: col,
      end_lineno: this.line, end_col_offset: this.col(this.pos),
    };
  }

  private emit(type: TokenType, start: number, end: number): void {
    const col = this.col(start);
    this.pos = end;
    this.tokens.push(this.make(type, this.src.slice(start, end), start, this.line, col));
  }

  /** Error whose offset is CPython's tokenizer `cur`: the number of chars before `cur` on its line. */
  private errCur(msg: string, cur: number, type: SyntaxErrorType = 'SyntaxError'): PySyntaxError {
    let p = cur > 0 ? cur - 1 : 0;
    const c = this.src.charCodeAt(p);
    if (c >= 0xdc00 && c <= 0xdfff && p > 0) p--;
    return this.map.error(type, msg, p);
  }

  // ------------------------------------------------------------ main loop

  private step(): boolean {
    const modes = this.modes;
    if (modes.length > 0) {
      const m = modes[modes.length - 1];
      if (m.kind !== ModeKind.Field) {
        this.fstringText(m);
        return true;
      }
    }
    if (this.atBol) {
      this.atBol = false;
      this.indentation();
    }
    const s = this.src;
    let pos = this.pos;
    let c = s.charCodeAt(pos);
    while (c === 32 || c === 9 || c === 12) c = s.charCodeAt(++pos);
    this.pos = pos;

    if (pos >= this.len) return this.eof();
    if (c === 35) { // '#': comment
      let e = s.indexOf('\n', pos);
      if (e < 0) e = this.len;
      this.pos = e;
      return true;
    }
    if (c === 10) {
      if (this.modes.length > 0 && !this.modes[this.modes.length - 1].triple) {
        // 3.11: a single-quoted f-string cannot span lines, even inside a field
        throw this.stringUnterminated(this.modes[this.modes.length - 1].start, false);
      }
      if (this.brackets.length > 0 || this.blank) {
        this.pos = pos + 1;
        this.newLine(pos + 1);
        if (this.brackets.length === 0) this.atBol = true;
        return true;
      }
      this.emit(TokenType.Newline, pos, pos + 1);
      this.newLine(pos + 1);
      this.atBol = true;
      this.blank = true;
      return true;
    }
    if (c === 92) { // backslash continuation
      const n = s.charCodeAt(pos + 1);
      if (n === 10) {
        if (pos + 2 >= this.len) throw this.errCur('unexpected EOF while parsing', pos + 2);
        this.pos = pos + 2;
        this.newLine(pos + 2);
        return true;
      }
      if (pos + 1 >= this.len) throw this.errCur('unexpected EOF while parsing', pos + 2);
      throw this.errCur('unexpected character after line continuation character', pos + 2);
    }
    this.blank = false;
    if (isAsciiIdStart(c) || (c >= 128 && this.isIdStartAt(pos))) {
      this.identifier(pos);
      return true;
    }
    if (isDigit(c) || (c === 46 && isDigit(s.charCodeAt(pos + 1)))) {
      this.number(pos);
      return true;
    }
    if (c === 34 || c === 39) {
      this.string(pos, pos, '');
      return true;
    }
    this.operator(pos, c);
    return true;
  }

  private isIdStartAt(pos: number): boolean {
    const cp = this.src.codePointAt(pos)!;
    return ID_START.test(String.fromCodePoint(cp));
  }

  private eof(): boolean {
    const pos = this.len;
    if (this.lineStart === pos && pos > 0) {
      // CPython's tokenizer stays on the last line at EOF: put NEWLINE/DEDENT/ENDMARKER there.
      const prev = this.src.lastIndexOf('\n', pos - 2) + 1;
      this.line--;
      this.lineStart = prev;
      this.computeLineNA();
      const col = this.col(pos - 1);
      return this.eofTokens(pos, col);
    }
    return this.eofTokens(pos, this.col(pos));
  }

  private eofTokens(pos: number, col: number): boolean {
    if (this.modes.length > 0) {
      const m = this.modes[0];
      throw this.stringUnterminated(m.start, m.triple, true);
    }
    if (this.brackets.length > 0) {
      const b = this.brackets[this.brackets.length - 1];
      throw this.map.error('SyntaxError', `'${String.fromCharCode(b.ch)}' was never closed`, b.pos);
    }
    if (!this.blank) {
      this.tokens.push(this.make(TokenType.Newline, '', pos, this.line, col));
      this.blank = true;
    }
    while (this.indents.length > 1) {
      this.indents.pop();
      this.altIndents.pop();
      this.tokens.push(this.make(TokenType.Dedent, '', pos, this.line, col));
    }
    this.tokens.push(this.make(TokenType.EndMarker, '', pos, this.line, col));
    return false;
  }

  // Indentation at the start of a logical line (CPython: tok_get's "Get indentation level").
  private indentation(): void {
    const s = this.src;
    let p = this.pos, col = 0, alt = 0;
    for (;;) {
      const c = s.charCodeAt(p);
      if (c === 32) { col++; alt++; }
      else if (c === 9) { col = ((col >> 3) + 1) << 3; alt++; }
      else if (c === 12) { col = alt = 0; }
      else break;
      p++;
    }
    const c = s.charCodeAt(p);
    if (c === 35 || c === 10 || p >= this.len) { this.pos = p; return; } // blank line
    if (c === 92 && s.charCodeAt(p + 1) === 10) { this.pos = p; return; }
    const indents = this.indents, alts = this.altIndents;
    const top = indents[indents.length - 1];
    const line = this.line;
    const bcol = this.col(p);
    const lineEnd = () => { const e = s.indexOf('\n', p); return e < 0 ? this.len : e; };
    if (col === top) {
      if (alt !== alts[alts.length - 1]) {
        throw this.map.error('TabError', 'inconsistent use of tabs and spaces in indentation', this.lineStart);
      }
    } else if (col > top) {
      if (alt <= alts[alts.length - 1]) {
        throw this.map.error('TabError', 'inconsistent use of tabs and spaces in indentation', this.lineStart);
      }
      if (indents.length >= 100) { // CPython's MAXINDENT
        throw this.map.error('IndentationError', 'too many levels of indentation', this.lineStart);
      }
      indents.push(col);
      alts.push(alt);
      this.pos = p;
      this.tokens.push(this.make(TokenType.Indent, '', p, line, bcol));
    } else {
      while (indents.length > 1 && col < indents[indents.length - 1]) {
        indents.pop();
        alts.pop();
        this.pos = p;
        this.tokens.push(this.make(TokenType.Dedent, '', p, line, bcol));
      }
      if (col !== indents[indents.length - 1]) {
        throw this.errCur('unindent does not match any outer indentation level', lineEnd() + 1, 'IndentationError');
      }
      if (alt !== alts[alts.length - 1]) {
        throw this.map.error('TabError', 'inconsistent use of tabs and spaces in indentation', this.lineStart);
      }
    }
    this.pos = p;
  }

  // ------------------------------------------------------------ names

  private identifier(start: number): void {
    const s = this.src;
    let p = start;
    let ascii = true;
    for (;;) {
      const c = s.charCodeAt(p);
      if (isAsciiIdChar(c)) { p++; continue; }
      if (c >= 128) {
        const cp = s.codePointAt(p)!;
        const ch = String.fromCodePoint(cp);
        if (ID_CONTINUE.test(ch) || ID_START.test(ch)) { ascii = false; p += ch.length; continue; }
      }
      break;
    }
    const c = s.charCodeAt(p);
    if ((c === 34 || c === 39) && p - start <= 2) {
      const prefix = s.slice(start, p).toLowerCase();
      switch (prefix) {
        case 'r': case 'u': case 'b': case 'br': case 'rb': case 'f': case 'fr': case 'rf':
          this.string(start, p, prefix);
          return;
      }
    }
    const col = this.col(start);
    this.pos = p;
    let text = s.slice(start, p);
    if (!ascii) text = text.normalize('NFKC');
    this.tokens.push(this.make(KEYWORDS.has(text) ? TokenType.Keyword : TokenType.Name, text, start, this.line, col));
    if (p < this.len && s.charCodeAt(p) >= 128) this.checkBadChar(p);
  }

  private checkBadChar(p: number): void {
    const cp = this.src.codePointAt(p)!;
    const ch = String.fromCodePoint(cp);
    if (ID_CONTINUE.test(ch)) return;
    if (cp === 0xa0 || /[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Co}\p{Cn}]/u.test(ch)) {
      throw this.errCur(`invalid non-printable character U+${hex4(cp)}`, p + ch.length);
    }
    throw this.errCur(`invalid character '${ch}' (U+${hex4(cp)})`, p + ch.length);
  }

  // ------------------------------------------------------------ numbers

  private number(start: number): void {
    const s = this.src;
    let p = start;
    let c = s.charCodeAt(p);
    if (c === 48) {
      const n = s.charCodeAt(p + 1) | 0x20;
      if (n === 120 || n === 111 || n === 98) { // x o b
        const kind = n === 120 ? 'hexadecimal' : n === 111 ? 'octal' : 'binary';
        const ok = n === 120 ? isHexDigit : n === 111 ? (d: number) => d >= 48 && d <= 55 : (d: number) => d === 48 || d === 49;
        p += 2;
        let digits = 0;
        for (;;) {
          c = s.charCodeAt(p);
          if (c === 95) {
            p++;
            c = s.charCodeAt(p);
            if (!ok(c)) {
              if (isDigit(c)) throw this.errCur(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, p + 1);
              throw this.errCur(`invalid ${kind} literal`, p);
            }
          }
          if (ok(c)) { p++; digits++; continue; }
          break;
        }
        if (isDigit(c)) throw this.errCur(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, p + 1);
        if (digits === 0) throw this.errCur(`invalid ${kind} literal`, p);
        this.endOfNumber(p, kind);
        this.emit(TokenType.Number, start, p);
        return;
      }
    }
    // decimal: [digits] [. digits] [e [+-] digits] [j]
    if (c !== 46) {
      p = this.digits(p);
      if (s.charCodeAt(start) === 48) {
        // "0" followed by nonzero digits is only valid as a float / imaginary
        let allZero = true;
        for (let i = start; i < p; i++) { const d = s.charCodeAt(i); if (d !== 48 && d !== 95) { allZero = false; break; } }
        if (!allZero) {
          const n = s.charCodeAt(p);
          if (n !== 46 && (n | 0x20) !== 101 && (n | 0x20) !== 106) {
            let zerosEnd = start;
            while (s.charCodeAt(zerosEnd) === 48 || s.charCodeAt(zerosEnd) === 95) zerosEnd++;
            throw this.map.error('SyntaxError',
              'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
              start, zerosEnd);
          }
        }
      }
    }
    c = s.charCodeAt(p);
    if (c === 46) {
      p++;
      if (isDigit(s.charCodeAt(p))) p = this.digits(p);
      c = s.charCodeAt(p);
    }
    if ((c | 0x20) === 101) { // e
      const save = p;
      let q = p + 1;
      let d = s.charCodeAt(q);
      if (d === 43 || d === 45) { q++; d = s.charCodeAt(q); }
      if (isDigit(d)) {
        p = this.digits(q);
      } else {
        // "1else": back up, the 'e' starts a keyword
        p = save;
        this.endOfNumber(p, 'decimal');
        this.emit(TokenType.Number, start, p);
        return;
      }
      c = s.charCodeAt(p);
    }
    let kind = 'decimal';
    if ((c | 0x20) === 106) { // j
      p++;
      kind = 'imaginary';
    }
    this.endOfNumber(p, kind);
    this.emit(TokenType.Number, start, p);
  }

  private digits(p: number): number {
    const s = this.src;
    for (;;) {
      const c = s.charCodeAt(p);
      if (isDigit(c)) { p++; continue; }
      if (c === 95 && isDigit(s.charCodeAt(p + 1))) { p += 2; continue; }
      if (c === 95) throw this.errCur('invalid decimal literal', p + 1);
      return p;
    }
  }

  // CPython's verify_end_of_number: a number may be directly followed by some keywords.
  private endOfNumber(p: number, kind: string): void {
    const s = this.src;
    const c = s.charCodeAt(p);
    if (!(isAsciiIdChar(c) || c >= 128)) return;
    const rest = s.slice(p, p + 5);
    if (/^(and|else|for|if|in|is|not|or)/.test(rest)) return;
    throw this.errCur(`invalid ${kind} literal`, p);
  }

  // ------------------------------------------------------------ strings

  private stringUnterminated(start: number, triple: boolean, atEof = false): PySyntaxError {
    // At EOF after a final newline CPython's line counter is still on the last line.
    const line = atEof && this.lineStart === this.len && this.len > 0 ? this.line - 1 : this.line;
    const m = this.innermostFString();
    if (m !== null && m.kind === ModeKind.Field && start > m.start && this.src.charCodeAt(start) === m.quote) {
      // 3.11 reads the quote as the end of the enclosing f-string
      return this.map.error('SyntaxError', "f-string: expecting '}'", start + 1);
    }
    const msg = triple
      ? `unterminated triple-quoted string literal (detected at line ${line})`
      : `unterminated string literal (detected at line ${this.line})`;
    return this.map.error('SyntaxError', msg, start);
  }

  private string(start: number, quotePos: number, prefix: string): void {
    const s = this.src;
    const q = s.charCodeAt(quotePos);
    const triple = s.charCodeAt(quotePos + 1) === q && s.charCodeAt(quotePos + 2) === q;
    const startLine = this.line;
    const startCol = this.col(start);
    let p = quotePos + (triple ? 3 : 1);
    if (prefix.indexOf('f') >= 0) {
      this.pos = p;
      this.tokens.push(this.make(TokenType.FStringStart, s.slice(start, p), start, startLine, startCol));
      this.modes.push({ kind: ModeKind.FString, quote: q, triple, raw: prefix.indexOf('r') >= 0, start, depth: 0 });
      return;
    }
    for (;;) {
      if (p >= this.len) throw this.stringUnterminated(start, triple, true);
      const c = s.charCodeAt(p);
      if (c === 92) {
        if (s.charCodeAt(p + 1) === 10) this.newLine(p + 2);
        p += 2;
        continue;
      }
      if (c === 10) {
        if (!triple) throw this.stringUnterminated(start, false);
        this.newLine(p + 1);
      } else if (c === q) {
        if (!triple) { p++; break; }
        if (s.charCodeAt(p + 1) === q && s.charCodeAt(p + 2) === q) { p += 3; break; }
      }
      p++;
    }
    this.pos = p;
    this.tokens.push(this.make(TokenType.String, s.slice(start, p), start, startLine, startCol));
  }

  /** The innermost f-string related mode, or null. */
  private innermostFString(): Mode | null {
    return this.modes.length > 0 ? this.modes[this.modes.length - 1] : null;
  }

  /** Index just past the closing quote of f-string `m`, scanning from `p` (for error positions). */
  private fstringEnd(m: Mode, p: number): number {
    const s = this.src, q = m.quote;
    for (; p < this.len; p++) {
      const c = s.charCodeAt(p);
      if (c === 10 && !m.triple) return p;
      if (c === 92) { p++; continue; }
      if (c === q) {
        if (!m.triple) return p + 1;
        if (s.charCodeAt(p + 1) === q && s.charCodeAt(p + 2) === q) return p + 3;
      }
    }
    return p;
  }

  // Literal text of an f-string, or of a format spec inside a replacement field.
  private fstringText(m: Mode): void {
    const s = this.src;
    const start = this.pos;
    const startLine = this.line;
    const startCol = this.col(start);
    const inSpec = m.kind === ModeKind.Spec;
    const q = m.quote;
    let p = start;
    const flush = () => {
      if (p > start) {
        this.pos = p;
        this.tokens.push(this.make(TokenType.FStringMiddle, s.slice(start, p), start, startLine, startCol));
      }
    };
    for (;;) {
      if (p >= this.len) throw this.stringUnterminated(this.modes[0].start, this.modes[0].triple, true);
      const c = s.charCodeAt(p);
      if (c === q && (!m.triple || (s.charCodeAt(p + 1) === q && s.charCodeAt(p + 2) === q))) {
        if (inSpec) {
          throw this.map.error('SyntaxError', "f-string: expecting '}'", p + (m.triple ? 3 : 1));
        }
        flush();
        const e = p + (m.triple ? 3 : 1);
        const col = this.col(p);
        this.pos = e;
        this.tokens.push(this.make(TokenType.FStringEnd, s.slice(p, e), p, this.line, col));
        this.modes.pop();
        return;
      }
      if (c === 10) {
        if (!m.triple) {
          if (inSpec) throw this.map.error('SyntaxError', "f-string: expecting '}'", p);
          throw this.stringUnterminated(this.modes[0].start, false);
        }
        this.newLine(p + 1);
        p++;
        continue;
      }
      if (c === 92) {
        const n = s.charCodeAt(p + 1);
        if (!m.raw && n === 78 && s.charCodeAt(p + 2) === 123) { // \N{...}
          const e = s.indexOf('}', p + 3);
          if (e >= 0 && s.lastIndexOf('\n', e) < p) { p = e + 1; continue; }
        }
        if (n === 123 || n === 125) { p++; continue; }
        if (n === 10) this.newLine(p + 2);
        p += 2;
        continue;
      }
      if (c === 123) { // {
        if (!inSpec && s.charCodeAt(p + 1) === 123) { p += 2; continue; }
        flush();
        this.pos = p;
        this.brackets.push({ ch: 123, pos: p, line: this.line });
        this.emit(TokenType.Op, p, p + 1);
        this.modes.push({ kind: ModeKind.Field, quote: q, triple: m.triple, raw: m.raw, start: m.start, depth: this.brackets.length });
        return;
      }
      if (c === 125) { // }
        if (inSpec) {
          flush();
          this.pos = p;
          this.modes.pop();
          return;
        }
        if (s.charCodeAt(p + 1) === 125) { p += 2; continue; }
        throw this.map.error('SyntaxError', "f-string: single '}' is not allowed", this.fstringEnd(m, p));
      }
      p++;
    }
  }

  // ------------------------------------------------------------ operators

  private operator(pos: number, c: number): void {
    const s = this.src;
    const c2 = s.charCodeAt(pos + 1);
    let n = 1;
    switch (c) {
      case 40: case 91: case 123: // ( [ {
        if (this.brackets.length >= 200) throw this.errCur('too many nested parentheses', pos + 1);
        this.brackets.push({ ch: c, pos, line: this.line });
        break;
      case 41: case 93: case 125: { // ) ] }
        const b = this.brackets;
        if (b.length === 0) throw this.errCur(`unmatched '${String.fromCharCode(c)}'`, pos + 1);
        const open = b[b.length - 1];
        const want = open.ch === 40 ? 41 : open.ch === 91 ? 93 : 125;
        if (c !== want) {
          let msg = `closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${String.fromCharCode(open.ch)}'`;
          if (open.line !== this.line) msg += ` on line ${open.line}`;
          throw this.errCur(msg, pos + 1);
        }
        b.pop();
        const modes = this.modes;
        if (c === 125 && modes.length > 0) {
          const m = modes[modes.length - 1];
          if (m.kind === ModeKind.Field && b.length + 1 === m.depth) modes.pop();
        }
        break;
      }
      case 58: // :
        if (c2 === 61) n = 2;
        if (this.modes.length > 0) {
          const m = this.modes[this.modes.length - 1];
          if (m.kind === ModeKind.Field && this.brackets.length === m.depth) {
            this.emit(TokenType.Op, pos, pos + 1);
            this.modes.push({ kind: ModeKind.Spec, quote: m.quote, triple: m.triple, raw: m.raw, start: m.start, depth: 0 });
            return;
          }
        }
        break;
      case 42: // *
        if (c2 === 42) n = s.charCodeAt(pos + 2) === 61 ? 3 : 2;
        else if (c2 === 61) n = 2;
        break;
      case 47: // /
        if (c2 === 47) n = s.charCodeAt(pos + 2) === 61 ? 3 : 2;
        else if (c2 === 61) n = 2;
        break;
      case 60: // <
        if (c2 === 60) n = s.charCodeAt(pos + 2) === 61 ? 3 : 2;
        else if (c2 === 61) n = 2;
        break;
      case 62: // >
        if (c2 === 62) n = s.charCodeAt(pos + 2) === 61 ? 3 : 2;
        else if (c2 === 61) n = 2;
        break;
      case 45: // -
        if (c2 === 61 || c2 === 62) n = 2;
        break;
      case 46: // .
        if (c2 === 46 && s.charCodeAt(pos + 2) === 46) n = 3;
        break;
      case 33: // !
        if (c2 === 61) n = 2;
        break;
      case 43: case 37: case 38: case 64: case 94: case 124: case 61: // + % & @ ^ | =
        if (c2 === 61) n = 2;
        break;
      case 44: case 59: case 126: // , ; ~
        break;
      default: {
        if (c >= 128) {
          this.checkBadChar(pos);
        }
        // '$', '?', '`' and friends: a token the parser will reject.
        const cp = s.codePointAt(pos)!;
        n = cp > 0xffff ? 2 : 1;
        break;
      }
    }
    this.emit(TokenType.Op, pos, pos + n);
  }
}

function hex4(cp: number): string {
  const h = cp.toString(16).toUpperCase();
  return h.length < 4 ? '0'.repeat(4 - h.length) + h : h;
}
