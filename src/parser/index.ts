// Public entry points of the parser (src/parser/).
//
//   parseModule(source, filename)      -> ast.Module      (compile(..., 'exec'))
//   parseExpression(source, filename)  -> ast.Expression  (compile(..., 'eval'))
//   parseInteractive(source, filename) -> ast.Interactive (compile(..., 'single'))
//   dumpAst(node, includeAttributes)   -> the text of Python 3.11's ast.dump()
//
// The source is a JS string (the caller decodes UTF-8). A leading BOM is
// dropped; coding declarations are ordinary comments; "\r\n" and "\r" are read
// as "\n". Syntax errors are thrown as PySyntaxError (errors.ts) with CPython's
// type (SyntaxError / IndentationError / TabError), msg, lineno, offset
// (1-based, in characters), end_lineno, end_offset and text.
//
// What the parser does not check, because CPython's compiler / symtable does:
// 'return'/'yield'/'await' outside a function, duplicate arguments, nonlocal at
// module level, default 'except:' not last, starred expressions in the wrong
// place ("can't use starred expression here"), assignment to __debug__.
//
// AST conventions (details in ast.ts):
// - Node and field names, field order and positions are CPython's.
//   Every node has `kind: NodeKind.<PythonClassName>`; misc nodes keep Python's
//   lowercase names (NodeKind.arguments, .arg, .keyword, .alias, .withitem,
//   .comprehension, .match_case). Python's `ast.Expr` statement is
//   NodeKind.Expr with TS type ExprStmt; `ast.Set` has TS type SetExpr.
// - ctx / op fields are const enums: ExprContext, Operator, BoolOperator,
//   UnaryOperator, CmpOperator.
// - Constant.value: null | boolean | number | bigint | string | Uint8Array |
//   {imag} | ELLIPSIS; `valueType` (ConstantType) tells int from float, and
//   Python's Constant.kind ('u') is `constKind`.
// - Optional Python fields are null when absent.
// - Positions: lineno/end_lineno 1-based, col_offset/end_col_offset UTF-8 bytes.

import * as ast from './ast';
import { SourceMap, PySyntaxError } from './errors';
import { tokenize } from './tokenizer';
import { Parser } from './parser';

export * from './ast';
export { PySyntaxError } from './errors';
export type { SyntaxErrorType } from './errors';
export { dumpAst } from './dump';

function prepare(source: string, filename: string): Parser {
  if (source.indexOf('\0') >= 0) {
    // CPython raises this with lineno/offset None: here 0 and text null.
    throw new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes', filename, 0, 0, 0, 0, null);
  }
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
