// Token kinds produced by the tokenizer (tokenizer.ts) and read by the parser.
// The stream follows Python 3.12's tokenizer: f-strings are split into
// FStringStart / FStringMiddle / tokens of the replacement fields / FStringEnd.

import type { PySyntaxError } from './errors';

export const enum TokenType {
  EndMarker,
  Name,          // identifiers, including soft keywords (match, case, _, type)
  Keyword,       // hard keywords: if, def, None, True, ...
  Number,
  String,        // a complete non-f string literal, with prefix and quotes
  Op,            // operators and delimiters; `value` is the operator text
  Newline,
  Indent,
  Dedent,
  FStringStart,  // f" / rf''' ...: value is prefix + quote
  FStringMiddle, // literal text of an f-string (raw source text, escapes undecoded)
  FStringEnd,    // closing quote(s)
  Error,         // a tokenizer error, raised when the parser reaches it
}

export interface Token {
  type: TokenType;
  /** Source text of the token (NFKC-normalized for non-ASCII names). */
  value: string;
  /** Char (UTF-16) indices into the source. */
  start: number;
  end: number;
  lineno: number;
  /** UTF-8 byte column, as CPython's tokens. */
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
  /** For Error tokens: the error to raise. */
  error?: PySyntaxError;
  /** For Error tokens about an unclosed bracket at EOF: the bracket's line. */
  unclosedLine?: number;
}

export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
  'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
  'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield',
]);
