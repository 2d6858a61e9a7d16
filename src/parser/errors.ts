// Syntax errors raised by the tokenizer and the parser, shaped like CPython's
// SyntaxError instances (type name, msg, filename, lineno, offset, end_lineno,
// end_offset, text). Offsets are 1-based and counted in characters (code points),
// as CPython's SyntaxError.offset is; the AST itself uses UTF-8 byte columns.

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  type: SyntaxErrorType;
  msg: string;
  filename: string;
  lineno: number;
  offset: number;
  end_lineno: number;
  end_offset: number;
  /** The source line of `lineno`, including its newline when the source has one. */
  text: string | null;

  constructor(type: SyntaxErrorType, msg: string, filename: string, lineno: number, offset: number,
              end_lineno: number, end_offset: number, text: string | null) {
    super(`${msg} (${filename}, line ${lineno})`);
    this.name = type;
    this.type = type;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.end_lineno = end_lineno;
    this.end_offset = end_offset;
    this.text = text;
  }
}

/** Source text helper: maps char indices to lines, byte columns and character offsets. */
export class SourceMap {
  readonly lineStarts: number[] = [0];

  constructor(readonly src: string, readonly filename: string) {
    let i = src.indexOf('\n');
    while (i >= 0) {
      this.lineStarts.push(i + 1);
      i = src.indexOf('\n', i + 1);
    }
  }

  /** 1-based line containing char index `pos`. */
  lineOf(pos: number): number {
    const ls = this.lineStarts;
    let lo = 0, hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid] <= pos) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  }

  lineText(lineno: number): string {
    const ls = this.lineStarts;
    if (lineno < 1 || lineno > ls.length) return '';
    const start = ls[lineno - 1];
    const end = lineno < ls.length ? ls[lineno] : this.src.length;
    return this.src.slice(start, end);
  }

  /** 1-based character (code point) offset of char index `pos` within its line. */
  charOffset(pos: number): number {
    const line = this.lineOf(pos);
    const start = this.lineStarts[line - 1];
    let n = 0;
    for (let i = start; i < pos; i++) {
      const c = this.src.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff || i === start || !isHigh(this.src.charCodeAt(i - 1))) n++;
    }
    return n + 1;
  }

  /** Convert a 0-based UTF-8 byte column on `lineno` to a 1-based character offset. */
  byteColToOffset(lineno: number, byteCol: number): number {
    const text = this.lineText(lineno);
    let bytes = 0, chars = 0;
    for (const ch of text) {
      if (bytes >= byteCol) break;
      const cp = ch.codePointAt(0)!;
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      chars++;
    }
    return chars + 1 + Math.max(0, byteCol - bytes);
  }

  error(type: SyntaxErrorType, msg: string, pos: number, endPos?: number): PySyntaxError {
    const lineno = this.lineOf(pos);
    const offset = this.charOffset(pos);
    let endLine = lineno, endOffset = offset;
    if (endPos !== undefined) {
      endLine = this.lineOf(endPos);
      endOffset = this.charOffset(endPos);
    }
    return new PySyntaxError(type, msg, this.filename, lineno, offset, endLine, endOffset, this.lineText(lineno));
  }
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
