// Recursive-descent parser for Python 3.12, producing nodes shaped like CPython's ast.
//
// The grammar rules quoted above each method are those of CPython's
// Grammar/python.gram (3.12), simplified where the recursive descent needs no
// backtracking. Assignment targets are parsed as expressions and then turned
// into Store/Del context (CPython's _PyPegen_set_expr_context), which is how
// CPython's error messages about invalid targets arise too.
//
// Positions: every node spans from its first token to the last non-whitespace
// token consumed when it is finished (CPython's EXTRA macro), so parentheses
// around an operand belong to the enclosing node but not to the operand.

import * as ast from './ast';
import { NodeKind, ExprContext, Operator, CmpOperator, UnaryOperator, BoolOperator, ConstantType } from './ast';
import { Token, TokenType } from './tokens';
import { PySyntaxError, SourceMap, SyntaxErrorType } from './errors';
import { parseNumber } from './literals';
import { parseStrings } from './fstring';
import { parsePatterns } from './patterns';

type Pos = ast.Located;

const AUGASSIGN_OPS: Record<string, Operator> = {
  '+=': Operator.Add, '-=': Operator.Sub, '*=': Operator.Mult, '@=': Operator.MatMult,
  '/=': Operator.Div, '%=': Operator.Mod, '**=': Operator.Pow, '<<=': Operator.LShift,
  '>>=': Operator.RShift, '|=': Operator.BitOr, '^=': Operator.BitXor, '&=': Operator.BitAnd,
  '//=': Operator.FloorDiv,
};

const COMPARE_OPS: Record<string, CmpOperator> = {
  '==': CmpOperator.Eq, '!=': CmpOperator.NotEq, '<': CmpOperator.Lt, '<=': CmpOperator.LtE,
  '>': CmpOperator.Gt, '>=': CmpOperator.GtE,
};

const TERM_OPS: Record<string, Operator> = {
  '*': Operator.Mult, '/': Operator.Div, '//': Operator.FloorDiv, '%': Operator.Mod, '@': Operator.MatMult,
};

export class Parser {
  readonly tokens: Token[];
  readonly src: string;
  pos = 0;
  /** Furthest token index looked at: where a generic "invalid syntax" is reported. */
  maxPos = 0;
  /** Last consumed token other than NEWLINE / INDENT / DEDENT. */
  last: Token;
  /** Expressions that were written inside their own parentheses. */
  readonly parenthesized = new Set<ast.Expr>();

  constructor(readonly map: SourceMap, tokens: Token[]) {
    this.tokens = tokens;
    this.src = map.src;
    this.last = tokens[0];
  }

  // ================================================================ tokens

  peek(): Token {
    const pos = this.pos;
    if (pos > this.maxPos) this.maxPos = pos;
    const t = this.tokens[pos];
    if (t.type === TokenType.Error) throw t.error!;
    return t;
  }

  peekAt(k: number): Token {
    let i = this.pos + k;
    if (i >= this.tokens.length) i = this.tokens.length - 1;
    if (i > this.maxPos) this.maxPos = i;
    const t = this.tokens[i];
    if (t.type === TokenType.Error) throw t.error!;
    return t;
  }

  next(): Token {
    const t = this.peek();
    this.pos++;
    const ty = t.type;
    if (ty !== TokenType.Newline && ty !== TokenType.Indent && ty !== TokenType.Dedent) this.last = t;
    return t;
  }

  isOp(v: string): boolean {
    const t = this.peek();
    return t.type === TokenType.Op && t.value === v;
  }

  isKw(v: string): boolean {
    const t = this.peek();
    return t.type === TokenType.Keyword && t.value === v;
  }

  eatOp(v: string): boolean {
    if (this.isOp(v)) { this.next(); return true; }
    return false;
  }

  eatKw(v: string): boolean {
    if (this.isKw(v)) { this.next(); return true; }
    return false;
  }

  expectOp(v: string): Token {
    if (this.isOp(v)) return this.next();
    return this.fail();
  }

  expectKw(v: string): Token {
    if (this.isKw(v)) return this.next();
    return this.fail();
  }

  expectName(): Token {
    const t = this.peek();
    if (t.type === TokenType.Name) return this.next();
    return this.fail();
  }

  /** Finish a located node: starts at `s`, ends at the last consumed token. */
  mk<T extends ast.Located>(n: Omit<T, keyof ast.Located>, s: Pos): T {
    const r = n as T;
    const e = this.last;
    r.lineno = s.lineno;
    r.col_offset = s.col_offset;
    r.end_lineno = e.end_lineno;
    r.end_col_offset = e.end_col_offset;
    return r;
  }

  mk2<T extends ast.Located>(n: Omit<T, keyof ast.Located>, s: Pos, e: Pos): T {
    const r = n as T;
    r.lineno = s.lineno;
    r.col_offset = s.col_offset;
    r.end_lineno = e.end_lineno;
    r.end_col_offset = e.end_col_offset;
    return r;
  }

  // ================================================================ errors

  /** Error spanning from `a` to `b` (nodes or tokens), as CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE. */
  errorRange(msg: string, a: Pos, b: Pos = a, type: SyntaxErrorType = 'SyntaxError'): PySyntaxError {
    const m = this.map;
    return new PySyntaxError(type, msg, m.filename, a.lineno, m.byteColToOffset(a.lineno, a.col_offset),
      b.end_lineno, m.byteColToOffset(b.end_lineno, b.end_col_offset), m.lineText(a.lineno));
  }

  /** Error at the furthest token looked at (CPython's RAISE_SYNTAX_ERROR without location). */
  errorHere(msg: string, type: SyntaxErrorType = 'SyntaxError'): PySyntaxError {
    const t = this.tokens[Math.min(this.maxPos, this.tokens.length - 1)];
    return this.errorRange(msg, t, t, type);
  }

  /** Generic "invalid syntax", with CPython's refinements (_PyPegen_set_syntax_error). */
  fail(): never {
    const t = this.tokens[Math.min(this.maxPos, this.tokens.length - 1)];
    if (t.type === TokenType.Error) throw t.error!;
    if (t.type === TokenType.Indent || t.type === TokenType.Dedent) {
      const m = this.map;
      const off = m.byteColToOffset(t.lineno, t.col_offset) - 1;
      throw new PySyntaxError('IndentationError', t.type === TokenType.Indent ? 'unexpected indent' : 'unexpected unindent',
        m.filename, t.lineno, off, t.lineno, -1, m.lineText(t.lineno));
    }
    if (t.type === TokenType.EndMarker) {
      // CPython's ENDMARKER has no column: offset 0 on the last line
      const m = this.map;
      throw new PySyntaxError('SyntaxError', 'invalid syntax', m.filename, t.lineno, 0, t.lineno, 0, m.lineText(t.lineno));
    }
    // (a tokenizer error later in the file takes priority: see run())
    throw this.errorRange('invalid syntax', t);
  }

  // ================================================================ modules

  /**
   * Run a start rule. A syntax error found by the parser gives way to a
   * tokenizer error later in the file, as CPython's
   * _PyPegen_tokenize_full_source_to_check_for_errors arranges: any tokenizer
   * error wins, and an unclosed bracket wins when the parser had read past
   * the bracket's line.
   */
  run<T>(rule: () => T): T {
    try {
      return rule();
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      const lastTok = this.tokens[this.tokens.length - 1];
      if (lastTok.type !== TokenType.Error || lastTok.error === e) throw e;
      if (lastTok.unclosedLine === 0) throw lastTok.error!;
      const furthest = this.tokens[Math.min(this.maxPos, this.tokens.length - 1)];
      if (furthest.lineno > lastTok.unclosedLine!) throw lastTok.error!;
      throw e;
    }
  }

  // file: [statements] ENDMARKER
  parseFile(): ast.Module {
    return this.run(() => {
      const body: ast.Stmt[] = [];
      while (this.peek().type !== TokenType.EndMarker) {
        this.statement(body);
      }
      return { kind: NodeKind.Module, body, type_ignores: [] };
    });
  }

  // eval: expressions NEWLINE* ENDMARKER
  // expressions: expression (',' expression)* [',']
  parseEval(): ast.Expression {
    return this.run(() => {
      const s = this.peek();
      let body = this.expression();
      if (this.isOp(',')) {
        const elts = [body];
        while (this.eatOp(',')) {
          if (!this.startsExpression(this.peek()) || this.isOp('*')) break;
          elts.push(this.expression());
        }
        body = this.mk<ast.Tuple>({ kind: NodeKind.Tuple, elts, ctx: ExprContext.Load }, s);
      }
      while (this.peek().type === TokenType.Newline) this.next();
      if (this.peek().type !== TokenType.EndMarker) this.fail();
      return { kind: NodeKind.Expression, body };
    });
  }

  // interactive: statement_newline
  parseInteractive(): ast.Interactive {
    return this.run(() => {
      const body: ast.Stmt[] = [];
      while (this.peek().type === TokenType.Newline) this.next();
      if (this.peek().type !== TokenType.EndMarker) this.statement(body);
      while (this.peek().type === TokenType.Newline) this.next();
      if (this.peek().type !== TokenType.EndMarker) this.fail();
      return { kind: NodeKind.Interactive, body };
    });
  }

  // ================================================================ statements

  // statement: compound_stmt | simple_stmts
  statement(out: ast.Stmt[]): void {
    const t = this.peek();
    if (t.type === TokenType.Keyword) {
      switch (t.value) {
        case 'def': out.push(this.funcDef([], null)); return;
        case 'if': out.push(this.ifStmt()); return;
        case 'class': out.push(this.classDef([])); return;
        case 'with': out.push(this.withStmt(null)); return;
        case 'for': out.push(this.forStmt(null)); return;
        case 'try': out.push(this.tryStmt()); return;
        case 'while': out.push(this.whileStmt()); return;
        case 'async': {
          const n = this.peekAt(1);
          if (n.type === TokenType.Keyword) {
            if (n.value === 'def') { const a = this.next(); out.push(this.funcDef([], a)); return; }
            if (n.value === 'with') { const a = this.next(); out.push(this.withStmt(a)); return; }
            if (n.value === 'for') { const a = this.next(); out.push(this.forStmt(a)); return; }
          }
          break;
        }
      }
    } else if (t.type === TokenType.Op) {
      if (t.value === '@') { out.push(this.decorated()); return; }
    } else if (t.type === TokenType.Name && t.value === 'match') {
      const m = this.tryMatchStmt();
      if (m !== null) { out.push(m); return; }
    } else if (t.type === TokenType.Indent) {
      this.fail();
    }
    this.simpleStmts(out);
  }

  // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
  simpleStmts(out: ast.Stmt[]): void {
    for (;;) {
      out.push(this.simpleStmt());
      const t = this.peek();
      if (t.type === TokenType.Newline) { this.next(); return; }
      if (t.type === TokenType.Op && t.value === ';') {
        this.next();
        if (this.peek().type === TokenType.Newline) { this.next(); return; }
        continue;
      }
      this.fail();
    }
  }

  // simple_stmt:
  //     | assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass'
  //     | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt
  //     | nonlocal_stmt | type_alias
  simpleStmt(): ast.Stmt {
    const t = this.peek();
    if (t.type === TokenType.Keyword) {
      switch (t.value) {
        case 'pass': this.next(); return this.mk<ast.Pass>({ kind: NodeKind.Pass }, t);
        case 'break': this.next(); return this.mk<ast.Break>({ kind: NodeKind.Break }, t);
        case 'continue': this.next(); return this.mk<ast.Continue>({ kind: NodeKind.Continue }, t);
        case 'return': return this.returnStmt();
        case 'import': return this.importStmt();
        case 'from': return this.fromImportStmt();
        case 'raise': return this.raiseStmt();
        case 'del': return this.delStmt();
        case 'assert': return this.assertStmt();
        case 'global': case 'nonlocal': return this.globalStmt(t.value === 'global');
      }
    } else if (t.type === TokenType.Name && t.value === 'type') {
      const n = this.peekAt(1);
      if (n.type === TokenType.Name) {
        const n2 = this.peekAt(2);
        if (n2.type === TokenType.Op && (n2.value === '=' || n2.value === '[')) return this.typeAlias();
      }
    }
    return this.exprStmt();
  }

  // assignment:
  //     | NAME ':' expression ['=' annotated_rhs]
  //     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  //     | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
  //     | single_target augassign ~ (yield_expr | star_expressions)
  // star_expressions
  exprStmt(): ast.Stmt {
    const start = this.peek();
    const e = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
    const t = this.peek();
    if (t.type === TokenType.Op) {
      const v = t.value;
      if (v === '=') return this.assignment(start, e);
      if (v === ':') return this.annAssign(start, e);
      const op = AUGASSIGN_OPS[v];
      if (op !== undefined) {
        const k = e.kind;
        if (k !== NodeKind.Name && k !== NodeKind.Attribute && k !== NodeKind.Subscript) {
          throw this.errorRange(`'${exprName(e)}' is an illegal expression for augmented assignment`, e);
        }
        (e as ast.Name).ctx = ExprContext.Store;
        this.next();
        const value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
        return this.mk<ast.AugAssign>({ kind: NodeKind.AugAssign, target: e, op, value }, start);
      }
    }
    if (t.type !== TokenType.Newline && !(t.type === TokenType.Op && t.value === ';')) {
      this.legacyPrint(e);
      if (t.type === TokenType.Op && t.value === ':=' ) {
        throw this.errorRange(`cannot use assignment expressions with ${exprName(e)}`, e);
      }
      this.missingComma(e);
    }
    return this.mk<ast.ExprStmt>({ kind: NodeKind.Expr, value: e }, start);
  }

  // invalid_legacy_expression: NAME !'(' star_expressions
  legacyPrint(e: ast.Expr): void {
    if (e.kind !== NodeKind.Name || (e.id !== 'print' && e.id !== 'exec')) return;
    if (!this.startsExpression(this.peek())) return;
    const save = this.pos, saveMax = this.maxPos, saveLast = this.last;
    let b: ast.Expr;
    try {
      b = this.starExpressions();
    } catch (err) {
      this.pos = save; this.maxPos = saveMax; this.last = saveLast;
      return;
    }
    throw this.errorRange(`Missing parentheses in call to '${e.id}'. Did you mean ${e.id}(...)?`, e, b);
  }

  assignment(start: Pos, first: ast.Expr): ast.Assign {
    const targets: ast.Expr[] = [first];
    let value: ast.Expr;
    for (;;) {
      this.next(); // '='
      const v = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
      if (this.isOp('=')) { targets.push(v); continue; }
      value = v;
      break;
    }
    for (let i = 0; i < targets.length; i++) {
      const tgt = targets[i];
      if (tgt.kind === NodeKind.Yield || tgt.kind === NodeKind.YieldFrom) {
        throw this.errorRange('assignment to yield expression not possible', tgt);
      }
      const bad = setContext(tgt, ExprContext.Store);
      if (bad !== null) {
        if (bad === tgt && targets.length === 1 && i === 0 && isBitwiseOrLevel(tgt) && !this.parenthesized.has(tgt)
            && tgt.kind !== NodeKind.List && tgt.kind !== NodeKind.Tuple && tgt.kind !== NodeKind.GeneratorExp
            && !(tgt.kind === NodeKind.Constant && (tgt.valueType === ConstantType.None || tgt.valueType === ConstantType.Bool))
            && isBitwiseOrLevel(value)) {
          throw this.errorRange(`cannot assign to ${exprName(bad)} here. Maybe you meant '==' instead of '='?`, bad);
        }
        throw this.errorRange(`cannot assign to ${exprName(bad)}`, bad);
      }
    }
    return this.mk<ast.Assign>({ kind: NodeKind.Assign, targets, value, type_comment: null }, start);
  }

  annAssign(start: Pos, target: ast.Expr): ast.AnnAssign {
    const k = target.kind;
    if (k === NodeKind.Tuple || k === NodeKind.List) {
      throw this.errorRange(`only single target (not ${k === NodeKind.Tuple ? 'tuple' : 'list'}) can be annotated`, target);
    }
    if (k !== NodeKind.Name && k !== NodeKind.Attribute && k !== NodeKind.Subscript) {
      throw this.errorRange('illegal target for annotation', target);
    }
    this.next(); // ':'
    target.ctx = ExprContext.Store;
    const annotation = this.expression();
    let value: ast.Expr | null = null;
    if (this.eatOp('=')) value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
    const simple = k === NodeKind.Name && !this.parenthesized.has(target) ? 1 : 0;
    return this.mk<ast.AnnAssign>({ kind: NodeKind.AnnAssign, target, annotation, value, simple }, start);
  }

  // return_stmt: 'return' [star_expressions]
  returnStmt(): ast.Return {
    const t = this.next();
    const value = this.startsExpression(this.peek()) ? this.starExpressions() : null;
    return this.mk<ast.Return>({ kind: NodeKind.Return, value }, t);
  }

  // raise_stmt: 'raise' expression ['from' expression] | 'raise'
  raiseStmt(): ast.Raise {
    const t = this.next();
    let exc: ast.Expr | null = null, cause: ast.Expr | null = null;
    if (this.startsExpression(this.peek())) {
      exc = this.expression();
      if (this.eatKw('from')) cause = this.expression();
    }
    return this.mk<ast.Raise>({ kind: NodeKind.Raise, exc, cause }, t);
  }

  // assert_stmt: 'assert' expression [',' expression]
  assertStmt(): ast.Assert {
    const t = this.next();
    const test = this.expression();
    const msg = this.eatOp(',') ? this.expression() : null;
    return this.mk<ast.Assert>({ kind: NodeKind.Assert, test, msg }, t);
  }

  // global_stmt: 'global' ','.NAME+
  // nonlocal_stmt: 'nonlocal' ','.NAME+
  globalStmt(isGlobal: boolean): ast.Global | ast.Nonlocal {
    const t = this.next();
    const names: string[] = [];
    do names.push(this.expectName().value); while (this.eatOp(','));
    if (isGlobal) return this.mk<ast.Global>({ kind: NodeKind.Global, names }, t);
    return this.mk<ast.Nonlocal>({ kind: NodeKind.Nonlocal, names }, t);
  }

  // del_stmt: 'del' del_targets &(';' | NEWLINE)
  // del_targets: ','.del_target+ [',']
  delStmt(): ast.Delete {
    const t = this.next();
    const targets: ast.Expr[] = [];
    do {
      if (!this.startsExpression(this.peek())) break;
      const e = this.isOp('*') ? this.starredBitwiseOr() : this.bitwiseOr();
      const bad = setContext(e, ExprContext.Del);
      if (bad !== null) throw this.errorRange(`cannot delete ${exprName(bad)}`, bad);
      targets.push(e);
    } while (this.eatOp(','));
    if (targets.length === 0) this.fail();
    const n = this.peek();
    if (n.type !== TokenType.Newline && !(n.type === TokenType.Op && n.value === ';')) this.fail();
    return this.mk<ast.Delete>({ kind: NodeKind.Delete, targets }, t);
  }

  // import_name: 'import' dotted_as_names
  importStmt(): ast.Import {
    const t = this.next();
    const names: ast.Alias[] = [];
    do {
      const s = this.peek();
      const name = this.dottedName();
      const asname = this.eatKw('as') ? this.expectName().value : null;
      names.push(this.mk<ast.Alias>({ kind: NodeKind.alias, name, asname }, s));
    } while (this.eatOp(','));
    return this.mk<ast.Import>({ kind: NodeKind.Import, names }, t);
  }

  // dotted_name: dotted_name '.' NAME | NAME
  dottedName(): string {
    let name = this.expectName().value;
    while (this.isOp('.')) {
      this.next();
      name += '.' + this.expectName().value;
    }
    return name;
  }

  // import_from:
  //     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  //     | 'from' ('.' | '...')+ 'import' import_from_targets
  // import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
  fromImportStmt(): ast.ImportFrom {
    const t = this.next();
    let level = 0;
    for (;;) {
      if (this.isOp('.')) { this.next(); level++; }
      else if (this.isOp('...')) { this.next(); level += 3; }
      else break;
    }
    let module: string | null = null;
    if (level === 0 || !this.isKw('import')) module = this.dottedName();
    this.expectKw('import');
    const names: ast.Alias[] = [];
    if (this.isOp('*')) {
      const s = this.next();
      names.push(this.mk<ast.Alias>({ kind: NodeKind.alias, name: '*', asname: null }, s));
    } else {
      const paren = this.eatOp('(');
      for (;;) {
        const s = this.peek();
        const name = this.expectName().value;
        const asname = this.eatKw('as') ? this.expectName().value : null;
        names.push(this.mk<ast.Alias>({ kind: NodeKind.alias, name, asname }, s));
        if (!this.isOp(',')) break;
        this.next();
        if (paren && this.isOp(')')) break;
        if (!paren && this.peek().type === TokenType.Newline) {
          throw this.errorHere('trailing comma not allowed without surrounding parentheses');
        }
      }
      if (paren) this.expectOp(')');
    }
    return this.mk<ast.ImportFrom>({ kind: NodeKind.ImportFrom, module, names, level }, t);
  }

  // type_alias: "type" NAME [type_params] '=' expression
  typeAlias(): ast.TypeAlias {
    const t = this.next();
    const n = this.next();
    const name = this.mk<ast.Name>({ kind: NodeKind.Name, id: n.value, ctx: ExprContext.Store }, n);
    const typeParams = this.isOp('[') ? this.typeParams() : [];
    this.expectOp('=');
    const value = this.expression();
    return this.mk<ast.TypeAlias>({ kind: NodeKind.TypeAlias, name, type_params: typeParams, value }, t);
  }

  // type_params: '[' type_param_seq ']'
  // type_param: NAME [':' expression] | '*' NAME | '**' NAME
  typeParams(): ast.TypeParam[] {
    const lb = this.expectOp('[');
    if (this.isOp(']')) throw this.errorRange('Type parameter list cannot be empty', lb, this.peek());
    const out: ast.TypeParam[] = [];
    do {
      if (this.isOp(']')) break;
      const s = this.peek();
      if (this.eatOp('*')) {
        out.push(this.mk<ast.TypeVarTuple>({ kind: NodeKind.TypeVarTuple, name: this.expectName().value }, s));
      } else if (this.eatOp('**')) {
        out.push(this.mk<ast.ParamSpec>({ kind: NodeKind.ParamSpec, name: this.expectName().value }, s));
      } else {
        const name = this.expectName().value;
        const bound = this.eatOp(':') ? this.expression() : null;
        out.push(this.mk<ast.TypeVar>({ kind: NodeKind.TypeVar, name, bound }, s));
      }
    } while (this.eatOp(','));
    this.expectOp(']');
    return out;
  }

  // ---------------------------------------------------------------- blocks

  /**
   * Consume ':'. CPython says "expected ':'" where its grammar forces the colon
   * (`forced`: after def / try / else / finally headers) or when the header is
   * followed by a NEWLINE; otherwise the error is a generic "invalid syntax".
   */
  expectColon(forced = false): void {
    const t = this.peek();
    if (t.type === TokenType.Op && t.value === ':') { this.next(); return; }
    if (forced || t.type === TokenType.Newline) throw this.errorHere("expected ':'");
    this.fail();
  }

  // block: NEWLINE INDENT statements DEDENT | simple_stmts
  block(what: string, line: number): ast.Stmt[] {
    const body: ast.Stmt[] = [];
    const t = this.peek();
    if (t.type === TokenType.Newline) {
      this.next();
      if (this.peek().type !== TokenType.Indent) {
        const n = this.peek();
        throw this.errorRange(`expected an indented block after ${what} on line ${line}`, n, n, 'IndentationError');
      }
      this.next();
      do this.statement(body);
      while (this.peek().type !== TokenType.Dedent);
      this.next();
      return body;
    }
    this.simpleStmts(body);
    return body;
  }

  elseBlock(): ast.Stmt[] {
    if (!this.isKw('else')) return [];
    const t = this.next();
    this.expectColon(true);
    return this.block("'else' statement", t.lineno);
  }

  // if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
  // elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
  ifStmt(): ast.If {
    const t = this.next();
    const test = this.namedExpression();
    this.expectColon();
    const body = this.block(t.value === 'if' ? "'if' statement" : "'elif' statement", t.lineno);
    let orelse: ast.Stmt[];
    if (this.isKw('elif')) orelse = [this.ifStmt()];
    else orelse = this.elseBlock();
    return this.mk<ast.If>({ kind: NodeKind.If, test, body, orelse }, t);
  }

  // while_stmt: 'while' named_expression ':' block [else_block]
  whileStmt(): ast.While {
    const t = this.next();
    const test = this.namedExpression();
    this.expectColon();
    const body = this.block("'while' statement", t.lineno);
    const orelse = this.elseBlock();
    return this.mk<ast.While>({ kind: NodeKind.While, test, body, orelse }, t);
  }

  // for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
  forStmt(asyncTok: Token | null): ast.For | ast.AsyncFor {
    const t = this.next();
    const start = asyncTok ?? t;
    const target = this.starTargets();
    this.expectKw('in');
    const iter = this.starExpressions();
    this.expectColon();
    const body = this.block("'for' statement", t.lineno);
    const orelse = this.elseBlock();
    if (asyncTok !== null) {
      return this.mk<ast.AsyncFor>({ kind: NodeKind.AsyncFor, target, iter, body, orelse, type_comment: null }, start);
    }
    return this.mk<ast.For>({ kind: NodeKind.For, target, iter, body, orelse, type_comment: null }, start);
  }

  // with_stmt:
  //     | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
  //     | [ASYNC] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
  withStmt(asyncTok: Token | null): ast.With | ast.AsyncWith {
    const t = this.next();
    const start = asyncTok ?? t;
    let items: ast.WithItem[] | null = null;
    if (this.isOp('(')) {
      const save = this.pos, saveLast = this.last;
      try {
        this.next();
        const its: ast.WithItem[] = [];
        do {
          if (this.isOp(')')) break;
          its.push(this.withItem());
        } while (this.eatOp(','));
        this.expectOp(')');
        if (this.isOp(':') && its.length > 0) items = its;
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
      }
      if (items === null) { this.pos = save; this.last = saveLast; }
    }
    if (items === null) {
      items = [];
      do items.push(this.withItem()); while (this.eatOp(','));
    }
    this.expectColon();
    const body = this.block("'with' statement", t.lineno);
    if (asyncTok !== null) {
      return this.mk<ast.AsyncWith>({ kind: NodeKind.AsyncWith, items, body, type_comment: null }, start);
    }
    return this.mk<ast.With>({ kind: NodeKind.With, items, body, type_comment: null }, start);
  }

  // with_item: expression 'as' star_target &(',' | ')' | ':') | expression
  withItem(): ast.WithItem {
    const contextExpr = this.expression();
    let optionalVars: ast.Expr | null = null;
    if (this.eatKw('as')) {
      optionalVars = this.starTarget();
      const n = this.peek();
      if (!(n.type === TokenType.Op && (n.value === ',' || n.value === ')' || n.value === ':'))) this.fail();
    }
    return { kind: NodeKind.withitem, context_expr: contextExpr, optional_vars: optionalVars };
  }

  // try_stmt:
  //     | 'try' ':' block finally_block
  //     | 'try' ':' block except_block+ [else_block] [finally_block]
  //     | 'try' ':' block except_star_block+ [else_block] [finally_block]
  tryStmt(): ast.Try | ast.TryStar {
    const t = this.next();
    this.expectColon(true);
    const body = this.block("'try' statement", t.lineno);
    const handlers: ast.ExceptHandler[] = [];
    let star = -1;
    while (this.isKw('except')) {
      const e = this.next();
      const isStar = this.eatOp('*');
      if (star === -1) star = isStar ? 1 : 0;
      else if ((star === 1) !== isStar) {
        throw this.errorRange("cannot have both 'except' and 'except*' on the same 'try'", e);
      }
      let type: ast.Expr | null = null;
      let name: string | null = null;
      if (!this.isOp(':')) {
        type = this.expression();
        if (this.isOp(',')) {
          const s = type;
          this.next();
          const rest = this.starExpressions();
          throw this.errorRange('multiple exception types must be parenthesized', s, rest);
        }
        if (this.eatKw('as')) name = this.expectName().value;
      } else if (isStar) {
        throw this.errorHere('expected one or more exception types');
      }
      this.expectColon();
      const hbody = this.block(isStar ? "'except*' statement" : "'except' statement", e.lineno);
      handlers.push(this.mk<ast.ExceptHandler>({ kind: NodeKind.ExceptHandler, type, name, body: hbody }, e));
    }
    const orelse = handlers.length > 0 ? this.elseBlock() : [];
    let finalbody: ast.Stmt[] = [];
    if (this.isKw('finally')) {
      const f = this.next();
      this.expectColon(true);
      finalbody = this.block("'finally' statement", f.lineno);
    } else if (handlers.length === 0) {
      throw this.errorHere("expected 'except' or 'finally' block");
    }
    if (star === 1) {
      return this.mk<ast.TryStar>({ kind: NodeKind.TryStar, body, handlers, orelse, finalbody }, t);
    }
    return this.mk<ast.Try>({ kind: NodeKind.Try, body, handlers, orelse, finalbody }, t);
  }

  // decorators: ('@' f=named_expression NEWLINE)+
  decorated(): ast.Stmt {
    const decorators: ast.Expr[] = [];
    while (this.isOp('@')) {
      this.next();
      decorators.push(this.namedExpression());
      if (this.peek().type !== TokenType.Newline) this.fail();
      this.next();
    }
    const t = this.peek();
    if (t.type === TokenType.Keyword) {
      if (t.value === 'def') return this.funcDef(decorators, null);
      if (t.value === 'class') return this.classDef(decorators);
      if (t.value === 'async' && this.peekAt(1).value === 'def') {
        const a = this.next();
        return this.funcDef(decorators, a);
      }
    }
    return this.fail();
  }

  // function_def_raw:
  //     | [ASYNC] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' [func_type_comment] block
  funcDef(decorators: ast.Expr[], asyncTok: Token | null): ast.FunctionDef | ast.AsyncFunctionDef {
    const t = this.next();
    const start = asyncTok ?? t;
    const name = this.expectName().value;
    const typeParams = this.isOp('[') ? this.typeParams() : [];
    if (!this.isOp('(')) throw this.errorHere("expected '('");
    this.next();
    const args = this.parameters(')', true);
    this.expectOp(')');
    const returns = this.eatOp('->') ? this.expression() : null;
    this.expectColon(true);
    const body = this.block('function definition', t.lineno);
    if (asyncTok !== null) {
      return this.mk<ast.AsyncFunctionDef>({
        kind: NodeKind.AsyncFunctionDef, name, args, body, decorator_list: decorators, returns,
        type_comment: null, type_params: typeParams,
      }, start);
    }
    return this.mk<ast.FunctionDef>({
      kind: NodeKind.FunctionDef, name, args, body, decorator_list: decorators, returns,
      type_comment: null, type_params: typeParams,
    }, start);
  }

  // class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
  classDef(decorators: ast.Expr[]): ast.ClassDef {
    const t = this.next();
    const name = this.expectName().value;
    const typeParams = this.isOp('[') ? this.typeParams() : [];
    let bases: ast.Expr[] = [], keywords: ast.Keyword[] = [];
    if (this.isOp('(')) {
      const lp = this.next();
      const r = this.callArguments(lp, false);
      bases = r.args;
      keywords = r.keywords;
    }
    this.expectColon();
    const body = this.block('class definition', t.lineno);
    return this.mk<ast.ClassDef>({
      kind: NodeKind.ClassDef, name, bases, keywords, body, decorator_list: decorators, type_params: typeParams,
    }, t);
  }

  // parameters / lambda_parameters:
  //     | slash_no_default param_no_default* param_with_default* [star_etc]
  //     | slash_with_default param_with_default* [star_etc]
  //     | param_no_default+ param_with_default* [star_etc]
  //     | param_with_default+ [star_etc]
  //     | star_etc
  // star_etc: '*' param_no_default param_maybe_default* [kwds] | '*' ',' param_maybe_default+ [kwds] | kwds
  // kwds: '**' param_no_default
  parameters(closer: string, annotations: boolean): ast.Arguments {
    const posonly: ast.Arg[] = [], args: ast.Arg[] = [], defaults: ast.Expr[] = [];
    const kwonly: ast.Arg[] = [], kwDefaults: (ast.Expr | null)[] = [];
    let vararg: ast.Arg | null = null, kwarg: ast.Arg | null = null;
    let seenSlash = false, seenStar = false;
    while (!this.isOp(closer)) {
      const t = this.peek();
      if (t.type === TokenType.Op && t.value === '/') {
        if (seenSlash) throw this.errorRange('/ may appear only once', t);
        if (seenStar) throw this.errorRange('/ must be ahead of *', t);
        if (args.length === 0) throw this.errorRange('at least one argument must precede /', t);
        this.next();
        seenSlash = true;
        posonly.push(...args);
        args.length = 0;
      } else if (t.type === TokenType.Op && t.value === '*') {
        if (seenStar) throw this.errorRange('* argument may appear only once', t);
        this.next();
        seenStar = true;
        if (this.isOp(',') || this.isOp(closer)) {
          const n = this.peekAt(this.isOp(',') ? 1 : 0);
          if (this.isOp(closer) || (n.type === TokenType.Op && (n.value === '**' || n.value === closer))) {
            throw this.errorRange('named arguments must follow bare *', t);
          }
        } else {
          vararg = this.param(annotations, true);
          if (this.isOp('=')) throw this.errorHere('var-positional argument cannot have default value');
        }
      } else if (t.type === TokenType.Op && t.value === '**') {
        this.next();
        kwarg = this.param(annotations, false);
        if (this.isOp('=')) throw this.errorHere('var-keyword argument cannot have default value');
        this.eatOp(',');
        if (!this.isOp(closer)) throw this.errorRange('arguments cannot follow var-keyword argument', this.peek());
        break;
      } else {
        if (t.type === TokenType.Op && t.value === '(') {
          const save = this.pos;
          this.next();
          const inner = this.peek();
          let close: Token = inner;
          if (inner.type === TokenType.Name) { this.next(); close = this.peek(); }
          this.pos = save;
          throw this.errorRange(annotations ? 'Function parameters cannot be parenthesized'
            : 'Lambda expression parameters cannot be parenthesized', t, close);
        }
        const a = this.param(annotations, false);
        let def: ast.Expr | null = null;
        if (this.eatOp('=')) {
          def = this.expression();
          this.missingComma(def);
        }
        if (seenStar) {
          kwonly.push(a);
          kwDefaults.push(def);
        } else {
          if (def !== null) defaults.push(def);
          else if (defaults.length > 0) throw this.errorRange('non-default argument follows default argument', a);
          args.push(a);
        }
      }
      if (!this.eatOp(',')) break;
    }
    return {
      kind: NodeKind.arguments, posonlyargs: posonly, args, vararg, kwonlyargs: kwonly,
      kw_defaults: kwDefaults, kwarg, defaults,
    };
  }

  // param: NAME annotation?   (annotation: ':' expression; star_annotation: ':' star_expression)
  param(annotations: boolean, star: boolean): ast.Arg {
    const t = this.expectName();
    let annotation: ast.Expr | null = null;
    if (annotations && this.eatOp(':')) annotation = star ? this.starExpression() : this.expression();
    return this.mk<ast.Arg>({ kind: NodeKind.arg, arg: t.value, annotation, type_comment: null }, t);
  }

  // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  tryMatchStmt(): ast.Match | null {
    const n = this.peekAt(1);
    if (n.type === TokenType.Newline || n.type === TokenType.EndMarker) return null;
    if (n.type === TokenType.Op) {
      switch (n.value) {
        case '(': case '[': case '{': case '-': case '+': case '~': case '*': case '...': break;
        default: return null;
      }
    } else if (n.type === TokenType.Keyword) {
      switch (n.value) {
        case 'None': case 'True': case 'False': case 'not': case 'lambda': case 'await': break;
        default: return null;
      }
    }
    const save = this.pos, saveLast = this.last;
    const t = this.next();
    let subject: ast.Expr;
    try {
      const s = this.peek();
      const first = this.starNamedExpression();
      if (this.isOp(',')) {
        const elts = [first];
        while (this.eatOp(',')) {
          if (this.isOp(':')) break;
          elts.push(this.starNamedExpression());
        }
        subject = this.mk<ast.Tuple>({ kind: NodeKind.Tuple, elts, ctx: ExprContext.Load }, s);
      } else {
        subject = first;
      }
      if (!this.isOp(':')) throw this.errorHere('invalid syntax');
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      this.pos = save;
      this.last = saveLast;
      return null;
    }
    this.next(); // ':'
    if (this.peek().type !== TokenType.Newline) this.fail();
    this.next();
    if (this.peek().type !== TokenType.Indent) {
      const x = this.peek();
      throw this.errorRange(`expected an indented block after 'match' statement on line ${t.lineno}`, x, x, 'IndentationError');
    }
    this.next();
    const cases: ast.MatchCase[] = [];
    do {
      const c = this.peek();
      if (!(c.type === TokenType.Name && c.value === 'case')) this.fail();
      this.next();
      const pattern = parsePatterns(this);
      const guard = this.eatKw('if') ? this.namedExpression() : null;
      this.expectColon();
      const body = this.block("'case' statement", c.lineno);
      cases.push({ kind: NodeKind.match_case, pattern, guard, body });
    } while (this.peek().type !== TokenType.Dedent);
    this.next();
    return this.mk<ast.Match>({ kind: NodeKind.Match, subject, cases }, t);
  }

  // ================================================================ targets

  // star_targets: star_target !',' | star_target (',' star_target)* [',']
  starTargets(): ast.Expr {
    const s = this.peek();
    const first = this.targetElement();
    let e: ast.Expr = first;
    if (this.isOp(',')) {
      const elts = [first];
      while (this.eatOp(',')) {
        if (!this.startsExpression(this.peek())) break;
        elts.push(this.targetElement());
      }
      e = this.mk<ast.Tuple>({ kind: NodeKind.Tuple, elts, ctx: ExprContext.Load }, s);
    }
    const bad = setContext(e, ExprContext.Store);
    if (bad !== null) throw this.errorRange(`cannot assign to ${exprName(bad)}`, bad);
    return e;
  }

  // star_target: '*' (!'*' star_target) | target_with_star_atom
  starTarget(): ast.Expr {
    const e = this.targetElement();
    const bad = setContext(e, ExprContext.Store);
    if (bad !== null) throw this.errorRange(`cannot assign to ${exprName(bad)}`, bad);
    return e;
  }

  targetElement(): ast.Expr {
    return this.isOp('*') ? this.starredBitwiseOr() : this.bitwiseOr();
  }

  starredBitwiseOr(): ast.Starred {
    const t = this.next();
    const value = this.bitwiseOr();
    return this.mk<ast.Starred>({ kind: NodeKind.Starred, value, ctx: ExprContext.Load }, t);
  }

  // ================================================================ expressions

  /** Can `t` start an expression (star_expressions)? */
  startsExpression(t: Token): boolean {
    switch (t.type) {
      case TokenType.Name: case TokenType.Number: case TokenType.String: case TokenType.FStringStart:
        return true;
      case TokenType.Keyword:
        switch (t.value) {
          case 'None': case 'True': case 'False': case 'not': case 'lambda': case 'await': case 'yield':
            return true;
        }
        return false;
      case TokenType.Op:
        switch (t.value) {
          case '(': case '[': case '{': case '-': case '+': case '~': case '*': case '...':
            return true;
        }
        return false;
    }
    return false;
  }

  // star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
  starExpressions(): ast.Expr {
    const s = this.peek();
    const first = this.starExpression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      const t = this.peek();
      if (!this.startsExpression(t) || (t.type === TokenType.Keyword && t.value === 'yield')) break;
      elts.push(this.starExpression());
    }
    return this.mk<ast.Tuple>({ kind: NodeKind.Tuple, elts, ctx: ExprContext.Load }, s);
  }

  // star_expression: '*' bitwise_or | expression
  starExpression(): ast.Expr {
    if (this.isOp('*')) return this.starredBitwiseOr();
    return this.expression();
  }

  // star_named_expression: '*' bitwise_or | named_expression
  starNamedExpression(): ast.Expr {
    if (this.isOp('*')) return this.starredBitwiseOr();
    return this.namedExpression();
  }

  // named_expression: assignment_expression | expression !':='
  // assignment_expression: NAME ':=' ~ expression
  namedExpression(): ast.Expr {
    const t = this.peek();
    if (t.type === TokenType.Name) {
      const n = this.peekAt(1);
      if (n.type === TokenType.Op && n.value === ':=') {
        this.next();
        const target = this.mk<ast.Name>({ kind: NodeKind.Name, id: t.value, ctx: ExprContext.Store }, t);
        this.next();
        const value = this.expression();
        return this.mk<ast.NamedExpr>({ kind: NodeKind.NamedExpr, target, value }, t);
      }
    }
    const e = this.expression();
    if (this.isOp(':=')) throw this.errorRange(`cannot use assignment expressions with ${exprName(e)}`, e);
    return e;
  }

  // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
  expression(): ast.Expr {
    const s = this.peek();
    if (s.type === TokenType.Keyword && s.value === 'lambda') return this.lambdef();
    const body = this.disjunction();
    const t = this.peek();
    if (t.type === TokenType.Keyword && t.value === 'if') {
      this.next();
      const test = this.disjunction();
      if (!this.isKw('else')) {
        throw this.errorRange("expected 'else' after 'if' expression", s, this.last);
      }
      this.next();
      const orelse = this.expression();
      return this.mk<ast.IfExp>({ kind: NodeKind.IfExp, test, body, orelse }, s);
    }
    return body;
  }

  // lambdef: 'lambda' [lambda_params] ':' expression
  lambdef(): ast.Lambda {
    const t = this.next();
    const args = this.parameters(':', false);
    this.expectColon();
    const body = this.expression();
    return this.mk<ast.Lambda>({ kind: NodeKind.Lambda, args, body }, t);
  }

  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  yieldExpr(): ast.Yield | ast.YieldFrom {
    const t = this.next();
    if (this.eatKw('from')) {
      const value = this.expression();
      return this.mk<ast.YieldFrom>({ kind: NodeKind.YieldFrom, value }, t);
    }
    const n = this.peek();
    const value = this.startsExpression(n) && !(n.type === TokenType.Keyword && n.value === 'yield')
      ? this.starExpressions() : null;
    return this.mk<ast.Yield>({ kind: NodeKind.Yield, value }, t);
  }

  // disjunction: conjunction ('or' conjunction)+ | conjunction
  disjunction(): ast.Expr {
    const s = this.peek();
    const first = this.conjunction();
    if (!this.isKw('or')) return first;
    const values = [first];
    while (this.eatKw('or')) values.push(this.conjunction());
    return this.mk<ast.BoolOp>({ kind: NodeKind.BoolOp, op: BoolOperator.Or, values }, s);
  }

  // conjunction: inversion ('and' inversion)+ | inversion
  conjunction(): ast.Expr {
    const s = this.peek();
    const first = this.inversion();
    if (!this.isKw('and')) return first;
    const values = [first];
    while (this.eatKw('and')) values.push(this.inversion());
    return this.mk<ast.BoolOp>({ kind: NodeKind.BoolOp, op: BoolOperator.And, values }, s);
  }

  // inversion: 'not' inversion | comparison
  inversion(): ast.Expr {
    const t = this.peek();
    if (t.type === TokenType.Keyword && t.value === 'not') {
      this.next();
      const operand = this.inversion();
      return this.mk<ast.UnaryOp>({ kind: NodeKind.UnaryOp, op: UnaryOperator.Not, operand }, t);
    }
    return this.comparison();
  }

  // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
  comparison(): ast.Expr {
    const s = this.peek();
    const left = this.bitwiseOr();
    let ops: CmpOperator[] | null = null;
    let comparators: ast.Expr[] | null = null;
    for (;;) {
      const t = this.peek();
      let op: CmpOperator;
      if (t.type === TokenType.Op) {
        const o = COMPARE_OPS[t.value];
        if (o === undefined) break;
        op = o;
        this.next();
      } else if (t.type === TokenType.Keyword) {
        if (t.value === 'in') { op = CmpOperator.In; this.next(); }
        else if (t.value === 'is') {
          this.next();
          if (this.eatKw('not')) op = CmpOperator.IsNot; else op = CmpOperator.Is;
        } else if (t.value === 'not') {
          const n = this.peekAt(1);
          if (!(n.type === TokenType.Keyword && n.value === 'in')) break;
          this.next(); this.next();
          op = CmpOperator.NotIn;
        } else break;
      } else break;
      if (ops === null) { ops = []; comparators = []; }
      ops.push(op);
      comparators!.push(this.bitwiseOr());
    }
    if (ops === null) return left;
    return this.mk<ast.Compare>({ kind: NodeKind.Compare, left, ops, comparators: comparators! }, s);
  }

  // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
  bitwiseOr(): ast.Expr {
    const s = this.peek();
    let left = this.bitwiseXor();
    while (this.isOp('|')) {
      this.next();
      const right = this.bitwiseXor();
      left = this.mk<ast.BinOp>({ kind: NodeKind.BinOp, left, op: Operator.BitOr, right }, s);
    }
    return left;
  }

  // bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
  bitwiseXor(): ast.Expr {
    const s = this.peek();
    let left = this.bitwiseAnd();
    while (this.isOp('^')) {
      this.next();
      const right = this.bitwiseAnd();
      left = this.mk<ast.BinOp>({ kind: NodeKind.BinOp, left, op: Operator.BitXor, right }, s);
    }
    return left;
  }

  // bitwise_and: bitwise_and '&' shift_expr | shift_expr
  bitwiseAnd(): ast.Expr {
    const s = this.peek();
    let left = this.shiftExpr();
    while (this.isOp('&')) {
      this.next();
      const right = this.shiftExpr();
      left = this.mk<ast.BinOp>({ kind: NodeKind.BinOp, left, op: Operator.BitAnd, right }, s);
    }
    return left;
  }

  // shift_expr: shift_expr '<<' sum | shift_expr '>>' sum | sum
  shiftExpr(): ast.Expr {
    const s = this.peek();
    let left = this.sum();
    for (;;) {
      const t = this.peek();
      if (t.type !== TokenType.Op) break;
      let op: Operator;
      if (t.value === '<<') op = Operator.LShift;
      else if (t.value === '>>') op = Operator.RShift;
      else break;
      this.next();
      const right = this.sum();
      left = this.mk<ast.BinOp>({ kind: NodeKind.BinOp, left, op, right }, s);
    }
    return left;
  }

  // sum: sum '+' term | sum '-' term | term
  sum(): ast.Expr {
    const s = this.peek();
    let left = this.term();
    for (;;) {
      const t = this.peek();
      if (t.type !== TokenType.Op) break;
      let op: Operator;
      if (t.value === '+') op = Operator.Add;
      else if (t.value === '-') op = Operator.Sub;
      else break;
      this.next();
      const right = this.term();
      left = this.mk<ast.BinOp>({ kind: NodeKind.BinOp, left, op, right }, s);
    }
    return left;
  }

  // term: term ('*' | '/' | '//' | '%' | '@') factor | factor
  term(): ast.Expr {
    const s = this.peek();
    let left = this.factor();
    for (;;) {
      const t = this.peek();
      if (t.type !== TokenType.Op) break;
      const op = TERM_OPS[t.value];
      if (op === undefined) break;
      this.next();
      const right = this.factor();
      left = this.mk<ast.BinOp>({ kind: NodeKind.BinOp, left, op, right }, s);
    }
    return left;
  }

  // factor: '+' factor | '-' factor | '~' factor | power
  factor(): ast.Expr {
    const t = this.peek();
    if (t.type === TokenType.Op) {
      let op: UnaryOperator | -1 = -1;
      if (t.value === '-') op = UnaryOperator.USub;
      else if (t.value === '+') op = UnaryOperator.UAdd;
      else if (t.value === '~') op = UnaryOperator.Invert;
      if (op !== -1) {
        this.next();
        const operand = this.factor();
        return this.mk<ast.UnaryOp>({ kind: NodeKind.UnaryOp, op, operand }, t);
      }
    }
    return this.power();
  }

  // power: await_primary '**' factor | await_primary
  power(): ast.Expr {
    const s = this.peek();
    const left = this.awaitPrimary();
    if (this.isOp('**')) {
      this.next();
      const right = this.factor();
      return this.mk<ast.BinOp>({ kind: NodeKind.BinOp, left, op: Operator.Pow, right }, s);
    }
    return left;
  }

  // await_primary: AWAIT primary | primary
  awaitPrimary(): ast.Expr {
    const t = this.peek();
    if (t.type === TokenType.Keyword && t.value === 'await') {
      this.next();
      const value = this.primary();
      return this.mk<ast.Await>({ kind: NodeKind.Await, value }, t);
    }
    return this.primary();
  }

  // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
  primary(): ast.Expr {
    const s = this.peek();
    let e = this.atom();
    for (;;) {
      const t = this.peek();
      if (t.type !== TokenType.Op) break;
      const v = t.value;
      if (v === '.') {
        this.next();
        const attr = this.expectName().value;
        e = this.mk<ast.Attribute>({ kind: NodeKind.Attribute, value: e, attr, ctx: ExprContext.Load }, s);
      } else if (v === '(') {
        this.next();
        const r = this.callArguments(t);
        e = this.mk<ast.Call>({ kind: NodeKind.Call, func: e, args: r.args, keywords: r.keywords }, s);
      } else if (v === '[') {
        this.next();
        const slice = this.slices();
        this.expectOp(']');
        e = this.mk<ast.Subscript>({ kind: NodeKind.Subscript, value: e, slice, ctx: ExprContext.Load }, s);
      } else break;
    }
    return e;
  }

  // arguments: args [','] &')'
  // args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs] | kwargs
  // kwarg_or_starred: NAME '=' expression | starred_expression
  // kwarg_or_double_starred: NAME '=' expression | '**' expression
  // Called after '('; consumes the closing ')'.
  callArguments(lpar: Token, allowGenexp = true): { args: ast.Expr[]; keywords: ast.Keyword[] } {
    const args: ast.Expr[] = [];
    const keywords: ast.Keyword[] = [];
    let sawKeyword = false, sawDoubleStar = false;
    while (!this.isOp(')')) {
      const t = this.peek();
      if (t.type === TokenType.Op && t.value === '*') {
        this.next();
        const value = this.expression();
        const st = this.mk<ast.Starred>({ kind: NodeKind.Starred, value, ctx: ExprContext.Load }, t);
        this.noStarredComprehension(st);
        if (sawDoubleStar) throw this.errorRange('iterable argument unpacking follows keyword argument unpacking', st);
        args.push(st);
      } else if (t.type === TokenType.Op && t.value === '**') {
        this.next();
        const value = this.expression();
        keywords.push(this.mk<ast.Keyword>({ kind: NodeKind.keyword, arg: null, value }, t));
        sawDoubleStar = true;
      } else if (t.type === TokenType.Name && this.peekAt(1).type === TokenType.Op && this.peekAt(1).value === '=') {
        this.next();
        const eq = this.next();
        const value = this.expression();
        if (this.isKw('for') || (this.isKw('async') && this.peekAt(1).value === 'for')) {
          throw this.errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t, eq);
        }
        this.missingComma(value);
        keywords.push(this.mk<ast.Keyword>({ kind: NodeKind.keyword, arg: t.value, value }, t));
        sawKeyword = true;
      } else {
        const e = this.namedExpression();
        if (allowGenexp && (this.isKw('for') || (this.isKw('async') && this.peekAt(1).value === 'for'))) {
          const generators = this.comprehensionClauses();
          if (args.length > 0 || keywords.length > 0 || !this.isOp(')')) {
            const g = this.mk<ast.GeneratorExp>({ kind: NodeKind.GeneratorExp, elt: e, generators }, e);
            throw this.errorRange('Generator expression must be parenthesized', g);
          }
          this.next();
          args.push(this.mk<ast.GeneratorExp>({ kind: NodeKind.GeneratorExp, elt: e, generators }, lpar));
          return { args, keywords };
        }
        if (this.isOp('=')) {
          if (e.kind === NodeKind.Constant && (e.valueType === ConstantType.None || e.valueType === ConstantType.Bool)) {
            throw this.errorRange(`cannot assign to ${exprName(e)}`, e);
          }
          throw this.errorRange('expression cannot contain assignment, perhaps you meant "=="?', e, this.peek());
        }
        if (sawDoubleStar || sawKeyword) {
          this.peek();
          throw this.errorHere(sawDoubleStar ? 'positional argument follows keyword argument unpacking'
            : 'positional argument follows keyword argument');
        }
        this.missingComma(e);
        args.push(e);
      }
      if (!this.eatOp(',')) break;
    }
    this.expectOp(')');
    return { args, keywords };
  }

  /** invalid_comprehension: ('[' | '(' | '{') a=starred_expression for_if_clauses */
  noStarredComprehension(e: ast.Expr): void {
    if (e.kind === NodeKind.Starred && (this.isKw('for') || (this.isKw('async') && this.peekAt(1).value === 'for'))) {
      throw this.errorRange('iterable unpacking cannot be used in comprehension', e);
    }
  }

  /**
   * CPython's invalid_expression: two expressions side by side inside brackets
   * raise "invalid syntax. Perhaps you forgot a comma?".
   */
  missingComma(a: ast.Expr): void {
    const t = this.peek();
    if (!this.startsExpression(t) || (t.type === TokenType.Keyword && (t.value === 'yield' || t.value === 'not'))) return;
    if (t.type === TokenType.Op && (t.value === '*' || t.value === '-' || t.value === '+' || t.value === '(' || t.value === '[' || t.value === '~')) return;
    if (a.kind === NodeKind.Lambda || a.kind === NodeKind.IfExp || a.kind === NodeKind.Starred) return;
    if (a.kind === NodeKind.Name && (t.type === TokenType.String || t.type === TokenType.FStringStart)) return;
    if (!this.inBrackets(t)) return;
    const save = this.pos, saveMax = this.maxPos, saveLast = this.last;
    let b: ast.Expr;
    try {
      b = this.expression();
    } catch (e) {
      this.pos = save; this.maxPos = saveMax; this.last = saveLast;
      return;
    }
    throw this.errorRange('invalid syntax. Perhaps you forgot a comma?', a, b);
  }

  /** Whether token `t` is inside brackets (recomputed by scanning back; only used on error paths). */
  inBrackets(t: Token): boolean {
    let depth = 0;
    const idx = this.tokens.indexOf(t);
    for (let i = idx - 1; i >= 0; i--) {
      const x = this.tokens[i];
      if (x.type !== TokenType.Op && x.type !== TokenType.FStringStart && x.type !== TokenType.FStringEnd) {
        if (x.type === TokenType.Newline) return depth < 0;
        continue;
      }
      const v = x.value;
      if (v === ')' || v === ']' || v === '}') depth++;
      else if (v === '(' || v === '[' || v === '{') { depth--; if (depth < 0) return true; }
    }
    return false;
  }

  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  slices(): ast.Expr {
    const s = this.peek();
    const first = this.slice();
    if (!this.isOp(',')) {
      if (first.kind !== NodeKind.Starred) return first;
      return this.mk<ast.Tuple>({ kind: NodeKind.Tuple, elts: [first], ctx: ExprContext.Load }, s);
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.slice());
    }
    return this.mk<ast.Tuple>({ kind: NodeKind.Tuple, elts, ctx: ExprContext.Load }, s);
  }

  // slice: [expression] ':' [expression] [':' [expression]] | named_expression
  slice(): ast.Expr {
    const s = this.peek();
    let lower: ast.Expr | null = null;
    if (s.type === TokenType.Op && s.value === '*') {
      const t = this.next();
      const value = this.bitwiseOr();
      return this.mk<ast.Starred>({ kind: NodeKind.Starred, value, ctx: ExprContext.Load }, t);
    }
    if (!(s.type === TokenType.Op && s.value === ':')) {
      lower = this.namedExpression();
      if (!this.isOp(':')) {
        this.missingComma(lower);
        return lower;
      }
    }
    this.next(); // ':'
    let upper: ast.Expr | null = null, step: ast.Expr | null = null;
    let t = this.peek();
    if (!(t.type === TokenType.Op && (t.value === ':' || t.value === ',' || t.value === ']'))) upper = this.expression();
    if (this.eatOp(':')) {
      t = this.peek();
      if (!(t.type === TokenType.Op && (t.value === ',' || t.value === ']'))) step = this.expression();
    }
    return this.mk<ast.Slice>({ kind: NodeKind.Slice, lower, upper, step }, s);
  }

  // atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp)
  //     | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'
  atom(): ast.Expr {
    const t = this.peek();
    switch (t.type) {
      case TokenType.Name:
        this.next();
        return this.mk<ast.Name>({ kind: NodeKind.Name, id: t.value, ctx: ExprContext.Load }, t);
      case TokenType.Number: {
        this.next();
        const v = parseNumber(t.value);
        return this.mk<ast.Constant>({ kind: NodeKind.Constant, value: v.value, constKind: null, valueType: v.type }, t);
      }
      case TokenType.String: case TokenType.FStringStart:
        return parseStrings(this);
      case TokenType.Keyword:
        if (t.value === 'None') {
          this.next();
          return this.mk<ast.Constant>({ kind: NodeKind.Constant, value: null, constKind: null, valueType: ConstantType.None }, t);
        }
        if (t.value === 'True' || t.value === 'False') {
          this.next();
          return this.mk<ast.Constant>({ kind: NodeKind.Constant, value: t.value === 'True', constKind: null, valueType: ConstantType.Bool }, t);
        }
        break;
      case TokenType.Op:
        switch (t.value) {
          case '(': return this.parenAtom();
          case '[': return this.listAtom();
          case '{': return this.dictOrSetAtom();
          case '...':
            this.next();
            return this.mk<ast.Constant>({ kind: NodeKind.Constant, value: ast.ELLIPSIS, constKind: null, valueType: ConstantType.Ellipsis }, t);
        }
        break;
    }
    return this.fail();
  }

  // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
  // group: '(' (yield_expr | named_expression) ')'
  // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
  parenAtom(): ast.Expr {
    const lp = this.next();
    if (this.isOp(')')) {
      this.next();
      return this.mk<ast.Tuple>({ kind: NodeKind.Tuple, elts: [], ctx: ExprContext.Load }, lp);
    }
    if (this.isKw('yield')) {
      const y = this.yieldExpr();
      this.expectOp(')');
      this.parenthesized.add(y);
      return y;
    }
    const first = this.starNamedExpression();
    this.noStarredComprehension(first);
    if (this.isKw('for') || (this.isKw('async') && this.peekAt(1).value === 'for')) {
      const generators = this.comprehensionClauses();
      this.expectOp(')');
      return this.mk<ast.GeneratorExp>({ kind: NodeKind.GeneratorExp, elt: first, generators }, lp);
    }
    if (this.isOp(',')) {
      const elts = [first];
      while (this.eatOp(',')) {
        if (this.isOp(')')) break;
        const e = this.starNamedExpression();
        elts.push(e);
        if (!this.isOp(',') && !this.isOp(')')) this.missingComma(e);
      }
      this.expectOp(')');
      const tuple = this.mk<ast.Tuple>({ kind: NodeKind.Tuple, elts, ctx: ExprContext.Load }, lp);
      this.parenthesized.add(tuple);
      return tuple;
    }
    if (!this.isOp(')')) {
      this.missingComma(first);
      this.fail();
    }
    this.next();
    if (first.kind === NodeKind.Starred) throw this.errorRange('cannot use starred expression here', first);
    this.parenthesized.add(first);
    return first;
  }

  // list: '[' [star_named_expressions] ']'
  // listcomp: '[' named_expression for_if_clauses ']'
  listAtom(): ast.Expr {
    const lb = this.next();
    if (this.isOp(']')) {
      this.next();
      return this.mk<ast.List>({ kind: NodeKind.List, elts: [], ctx: ExprContext.Load }, lb);
    }
    const first = this.starNamedExpression();
    this.noStarredComprehension(first);
    if (this.isKw('for') || (this.isKw('async') && this.peekAt(1).value === 'for')) {
      const generators = this.comprehensionClauses();
      this.expectOp(']');
      return this.mk<ast.ListComp>({ kind: NodeKind.ListComp, elt: first, generators }, lb);
    }
    const elts = [first];
    this.missingComma(first);
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      const e = this.starNamedExpression();
      elts.push(e);
      this.missingComma(e);
    }
    this.expectOp(']');
    return this.mk<ast.List>({ kind: NodeKind.List, elts, ctx: ExprContext.Load }, lb);
  }

  // dict: '{' [double_starred_kvpairs] '}'
  // set: '{' star_named_expressions '}'
  // dictcomp: '{' kvpair for_if_clauses '}'
  // setcomp: '{' named_expression for_if_clauses '}'
  dictOrSetAtom(): ast.Expr {
    const lb = this.next();
    if (this.isOp('}')) {
      this.next();
      return this.mk<ast.Dict>({ kind: NodeKind.Dict, keys: [], values: [] }, lb);
    }
    let firstKey: ast.Expr | null;
    let firstValue: ast.Expr;
    if (this.isOp('**')) {
      const st = this.next();
      firstKey = null;
      firstValue = this.bitwiseOr();
      if (this.isKw('for') || (this.isKw('async') && this.peekAt(1).value === 'for')) {
        throw this.errorRange('dict unpacking cannot be used in dict comprehension', st, firstValue);
      }
    } else {
      const first = this.starNamedExpression();
      this.noStarredComprehension(first);
      if (!this.isOp(':')) {
        // set / setcomp
        if ((this.isKw('for') || (this.isKw('async') && this.peekAt(1).value === 'for'))) {
          const generators = this.comprehensionClauses();
          this.expectOp('}');
          return this.mk<ast.SetComp>({ kind: NodeKind.SetComp, elt: first, generators }, lb);
        }
        const elts = [first];
        this.missingComma(first);
        while (this.eatOp(',')) {
          if (this.isOp('}')) break;
          const e = this.starNamedExpression();
          elts.push(e);
          this.missingComma(e);
        }
        this.expectOp('}');
        return this.mk<ast.SetExpr>({ kind: NodeKind.Set, elts }, lb);
      }
      this.next(); // ':'
      firstKey = first;
      firstValue = this.expression();
      if (this.isKw('for') || (this.isKw('async') && this.peekAt(1).value === 'for')) {
        const generators = this.comprehensionClauses();
        this.expectOp('}');
        return this.mk<ast.DictComp>({ kind: NodeKind.DictComp, key: first, value: firstValue, generators }, lb);
      }
    }
    const keys: (ast.Expr | null)[] = [firstKey];
    const values: ast.Expr[] = [firstValue];
    this.missingComma(firstValue);
    while (this.eatOp(',')) {
      if (this.isOp('}')) break;
      if (this.eatOp('**')) {
        keys.push(null);
        values.push(this.bitwiseOr());
      } else {
        const key = this.expression();
        keys.push(key);
        if (!this.isOp(':')) {
          if (this.isOp('}') || this.isOp(',')) {
            const at = { lineno: key.end_lineno, col_offset: key.end_col_offset - 1, end_lineno: key.end_lineno, end_col_offset: key.end_col_offset - 1 };
            throw this.errorRange("':' expected after dictionary key", at);
          }
          this.missingComma(key);
          this.fail();
        }
        const colon = this.next();
        if (this.isOp('}') || this.isOp(',')) throw this.errorRange("expression expected after dictionary key and ':'", colon);
        const v = this.expression();
        values.push(v);
        this.missingComma(v);
      }
    }
    this.expectOp('}');
    return this.mk<ast.Dict>({ kind: NodeKind.Dict, keys, values }, lb);
  }

  // for_if_clauses: for_if_clause+
  // for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
  comprehensionClauses(): ast.Comprehension[] {
    const out: ast.Comprehension[] = [];
    for (;;) {
      let isAsync = 0;
      if (this.isKw('async') && this.peekAt(1).value === 'for') { this.next(); isAsync = 1; }
      else if (!this.isKw('for')) break;
      this.next();
      const target = this.starTargets();
      this.expectKw('in');
      const iter = this.disjunction();
      const ifs: ast.Expr[] = [];
      while (this.eatKw('if')) ifs.push(this.disjunction());
      out.push({ kind: NodeKind.comprehension, target, iter, ifs, is_async: isAsync });
    }
    return out;
  }
}

// ================================================================ helpers

/**
 * Set the context of an assignment / deletion target (CPython's
 * _PyPegen_set_expr_context). Returns the first node that cannot be a target,
 * or null when the whole target is valid.
 */
export function setContext(e: ast.Expr, ctx: ExprContext): ast.Expr | null {
  switch (e.kind) {
    case NodeKind.Name: case NodeKind.Attribute: case NodeKind.Subscript:
      e.ctx = ctx;
      return null;
    case NodeKind.Starred:
      if (ctx === ExprContext.Del) return e;
      e.ctx = ctx;
      return setContext(e.value, ctx);
    case NodeKind.Tuple: case NodeKind.List:
      for (const x of e.elts) {
        const bad = setContext(x, ctx);
        if (bad !== null) return bad;
      }
      e.ctx = ctx;
      return null;
  }
  return e;
}

function isBitwiseOrLevel(e: ast.Expr): boolean {
  switch (e.kind) {
    case NodeKind.BoolOp: case NodeKind.Compare: case NodeKind.IfExp: case NodeKind.Lambda:
    case NodeKind.NamedExpr: case NodeKind.Starred: case NodeKind.Yield: case NodeKind.YieldFrom:
      return false;
    case NodeKind.UnaryOp:
      return e.op !== UnaryOperator.Not;
  }
  return true;
}

/** The name CPython uses for an expression in error messages (_PyPegen_get_expr_name). */
export function exprName(e: ast.Expr): string {
  switch (e.kind) {
    case NodeKind.Attribute: return 'attribute';
    case NodeKind.Subscript: return 'subscript';
    case NodeKind.Starred: return 'starred';
    case NodeKind.Name: return 'name';
    case NodeKind.List: return 'list';
    case NodeKind.Tuple: return 'tuple';
    case NodeKind.Lambda: return 'lambda';
    case NodeKind.Call: return 'function call';
    case NodeKind.BoolOp: case NodeKind.BinOp: case NodeKind.UnaryOp: return 'expression';
    case NodeKind.GeneratorExp: return 'generator expression';
    case NodeKind.Yield: case NodeKind.YieldFrom: return 'yield expression';
    case NodeKind.Await: return 'await expression';
    case NodeKind.ListComp: return 'list comprehension';
    case NodeKind.SetComp: return 'set comprehension';
    case NodeKind.DictComp: return 'dict comprehension';
    case NodeKind.Dict: return 'dict literal';
    case NodeKind.Set: return 'set display';
    case NodeKind.JoinedStr: case NodeKind.FormattedValue: return 'f-string expression';
    case NodeKind.Constant:
      switch (e.valueType) {
        case ConstantType.None: return 'None';
        case ConstantType.Bool: return e.value ? 'True' : 'False';
        case ConstantType.Ellipsis: return 'ellipsis';
      }
      return 'literal';
    case NodeKind.Compare: return 'comparison';
    case NodeKind.IfExp: return 'conditional expression';
    case NodeKind.NamedExpr: return 'named expression';
    case NodeKind.Slice: return 'slice';
  }
  return 'expression';
}
