// Public entry points of the parser.
//
//   parseModule(source, filename)      -> ast.Module      (compile(..., 'exec'))
//   parseExpression(source, filename)  -> ast.Expression  (compile(..., 'eval'))
//   parseInteractive(source, filename) -> ast.Interactive (compile(..., 'single'))
//
// The source is a JS string (the caller decodes UTF-8). A leading BOM is
// dropped; coding declarations are ordinary comments; "\r\n" and "\r" are read
// as "\n". Syntax errors are thrown as PySyntaxError (errors.ts).

import * as ast from './ast';
import { SourceMap } from './errors';
import { tokenize } from './tokenizer';
import { Parser } from './parser';

export * from './ast';
export { PySyntaxError } from './errors';
export type { SyntaxErrorType } from './errors';
export { dumpAst } from './dump';

function prepare(source: string, filename: string): Parser {
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  if (source.indexOf('\r') >= 0) source = source.replace(/\r\n?/g, '\n');
  const map = new SourceMap(source, filename);
  return new Parser(map, tokenize(map));
}

export function parseModule(source: string, filename: string): ast.Module {
  return prepare(source, filename).parseFile();
}

export function parseExpression(source: string, filename: string): ast.Expression {
  // Like compile(..., 'eval'); the builtin eval() strips leading blanks first, the caller's job.
  return prepare(source, filename).parseEval();
}

export function parseInteractive(source: string, filename: string): ast.Interactive {
  return prepare(source, filename).parseInteractive();
}
