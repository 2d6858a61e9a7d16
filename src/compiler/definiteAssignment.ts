/**
 * Definite assignment: which loads of a name in a function body are sure to find the name
 * bound, so that compiled code can skip the unbound-local check there (codegen loadName).
 *
 * A forward walk over the structured body with D = the names bound on every path to the
 * current point. Assignments, imports, `def`/`class` and loop targets add to D; `del` and
 * the implicit `del` at the end of `except ... as e` remove from it. Paths meet with an
 * intersection; a path that cannot continue (return, raise, break, continue) is `null`.
 * Exceptions may leave a try body anywhere, so handlers and `finally` start from the set
 * before the try; a `with` body may be cut short by a suppressing __exit__, so after the
 * statement only what held before it (plus its targets) counts. Walrus targets are never
 * added (they may sit in a branch of the expression). A loop body starts from the set
 * that holds on entry and after every iteration (a fixpoint, needed only when the body
 * can unbind a name). Nested scopes are not entered: their names are not this
 * function's fast locals.
 */
import * as ast from '../parser/ast';
import { NodeKind } from '../parser/ast';

type Defs = Set<string> | null; // null: unreachable

function meet(a: Defs, b: Defs): Defs {
  if (a === null) return b === null ? null : new Set(b);
  if (b === null) return new Set(a);
  const out = new Set<string>();
  for (const n of a) if (b.has(n)) out.add(n);
  return out;
}
function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const n of a) if (!b.has(n)) return false;
  return true;
}

/** Whether statements (outside nested scopes) can unbind a name: `del`, `except ... as`. */
function canUnbind(body: ast.Stmt[]): boolean {
  return body.some((s) => {
    switch (s.kind) {
      case NodeKind.Delete: return true;
      case NodeKind.Try: case NodeKind.TryStar:
        return s.handlers.some((h) => h.name !== null || canUnbind(h.body)) || canUnbind(s.body) || canUnbind(s.orelse) || canUnbind(s.finalbody);
      case NodeKind.If: case NodeKind.While: case NodeKind.For: case NodeKind.AsyncFor:
        return canUnbind(s.body) || canUnbind(s.orelse);
      case NodeKind.With: case NodeKind.AsyncWith: return canUnbind(s.body);
      case NodeKind.Match: return s.cases.some((c) => canUnbind(c.body));
      default: return false;
    }
  });
}

class Walker {
  /** Name loads found bound on every path. */
  readonly safe = new Set<ast.Name>();
  private mark = true;
  private breaks: Defs[][] = [];
  private continues: Defs[][] = [];

  stmts(body: ast.Stmt[], d: Defs): Defs {
    for (const s of body) {
      if (d === null) return null;
      d = this.stmt(s, d);
    }
    return d;
  }

  /** Walk without recording safe loads (to compute a set only). */
  private quiet<T>(f: () => T): T {
    const m = this.mark;
    this.mark = false;
    try { return f(); } finally { this.mark = m; }
  }

  private stmt(s: ast.Stmt, d: Set<string>): Defs {
    switch (s.kind) {
      case NodeKind.Expr: this.expr(s.value, d); return d;
      case NodeKind.Assign: this.expr(s.value, d); for (const t of s.targets) this.target(t, d); return d;
      case NodeKind.AugAssign:
        this.expr(s.target, d); this.expr(s.value, d);
        if (s.target.kind === NodeKind.Name) d.add(s.target.id); else this.target(s.target, d);
        return d;
      case NodeKind.AnnAssign:
        if (s.value) { this.expr(s.value, d); this.target(s.target, d); } else if (s.target.kind !== NodeKind.Name) this.target(s.target, d);
        return d;
      case NodeKind.Return: if (s.value) this.expr(s.value, d); return null;
      case NodeKind.Raise: if (s.exc) this.expr(s.exc, d); if (s.cause) this.expr(s.cause, d); return null;
      case NodeKind.Assert: this.expr(s.test, d); if (s.msg) this.expr(s.msg, d); return d;
      case NodeKind.Delete:
        for (const t of s.targets) this.unbind(t, d);
        return d;
      case NodeKind.Pass: case NodeKind.Global: case NodeKind.Nonlocal: return d;
      case NodeKind.Break: this.breaks[this.breaks.length - 1]?.push(new Set(d)); return null;
      case NodeKind.Continue: this.continues[this.continues.length - 1]?.push(new Set(d)); return null;
      case NodeKind.Import:
        for (const a of s.names) d.add(a.asname ?? a.name.split('.')[0]);
        return d;
      case NodeKind.ImportFrom:
        for (const a of s.names) if (a.name !== '*') d.add(a.asname ?? a.name);
        return d;
      case NodeKind.FunctionDef: case NodeKind.AsyncFunctionDef:
        for (const e of s.decorator_list) this.expr(e, d);
        this.args(s.args, d);
        if (s.returns) this.expr(s.returns, d);
        d.add(s.name);
        return d;
      case NodeKind.ClassDef:
        for (const e of s.decorator_list) this.expr(e, d);
        for (const e of s.bases) this.expr(e, d);
        for (const k of s.keywords) this.expr(k.value, d);
        d.add(s.name);
        return d;
      case NodeKind.TypeAlias: d.add(s.name.id); return d;
      case NodeKind.If: {
        this.expr(s.test, d);
        const a = this.stmts(s.body, new Set(d));
        const b = this.stmts(s.orelse, new Set(d));
        return meet(a, b);
      }
      case NodeKind.While: {
        const forever = s.test.kind === NodeKind.Constant && s.test.value === true;
        return this.loop(s.body, s.orelse, d, forever, s.test, null);
      }
      case NodeKind.For: case NodeKind.AsyncFor: {
        this.expr(s.iter, d);
        return this.loop(s.body, s.orelse, d, false, null, s.target);
      }
      case NodeKind.With: case NodeKind.AsyncWith: {
        const inner = new Set(d);
        for (const item of s.items) {
          this.expr(item.context_expr, inner);
          if (item.optional_vars) this.target(item.optional_vars, inner);
        }
        const after = new Set(inner);
        this.stmts(s.body, inner);
        return after;
      }
      case NodeKind.Try: case NodeKind.TryStar: {
        const bodyEnd = this.stmts(s.body, new Set(d));
        let end: Defs = bodyEnd === null ? null : this.stmts(s.orelse, bodyEnd);
        for (const h of s.handlers) {
          const hd = new Set(d);
          if (h.type) this.expr(h.type, hd);
          if (h.name !== null) hd.add(h.name);
          const he = this.stmts(h.body, hd);
          if (he !== null && h.name !== null) he.delete(h.name);
          end = meet(end, he);
        }
        if (s.finalbody.length === 0) return end;
        // Loads in `finally` may run on any path out of the try: judged from d. The set
        // after the statement (normal completion) starts from `end`.
        const fin = this.stmts(s.finalbody, new Set(d));
        if (fin === null || end === null) return null;
        return this.quiet(() => this.stmts(s.finalbody, end));
      }
      case NodeKind.Match: {
        this.expr(s.subject, d);
        let end: Defs = new Set(d); // no case matched
        for (const c of s.cases) {
          const cd = new Set(d);
          this.pattern(c.pattern, cd);
          if (c.guard) this.expr(c.guard, cd);
          end = meet(end, this.stmts(c.body, cd));
        }
        return end;
      }
    }
    return d;
  }

  /**
   * A loop: the body (and a while loop's test) runs from the set that holds on entry and
   * at every `continue` and end of the body (a fixpoint, needed only when the body can
   * unbind a name); after the loop come the `else` clause, entered from that set, and the
   * `break`s.
   */
  private loop(body: ast.Stmt[], orelse: ast.Stmt[], d: Set<string>, forever: boolean, test: ast.Expr | null, target: ast.Expr | null): Defs {
    let start = new Set(d);
    if (canUnbind(body)) {
      for (;;) {
        const from = start;
        const [end, conts] = this.quiet(() => this.iteration(body, from, target));
        let next: Defs = meet(from, end) ?? from;
        for (const c of conts) next = meet(next, c);
        if (sameSet(next!, from)) break;
        start = next!;
      }
    }
    if (test) this.expr(test, start);
    this.breaks.push([]);
    this.iteration(body, start, target, false);
    const breaks = this.breaks.pop()!;
    let after: Defs = forever ? null : this.stmts(orelse, new Set(start));
    for (const br of breaks) after = meet(after, br);
    return after;
  }

  /** One pass over a loop body from `from`: the set at its end and at each `continue`. */
  private iteration(body: ast.Stmt[], from: Set<string>, target: ast.Expr | null, ownBreaks = true): [Defs, Defs[]] {
    if (ownBreaks) this.breaks.push([]);
    this.continues.push([]);
    try {
      const b = new Set(from);
      if (target) this.target(target, b);
      const end = this.stmts(body, b);
      return [end, this.continues[this.continues.length - 1]];
    } finally {
      this.continues.pop();
      if (ownBreaks) this.breaks.pop();
    }
  }

  private target(t: ast.Expr, d: Set<string>): void {
    switch (t.kind) {
      case NodeKind.Name: d.add(t.id); return;
      case NodeKind.Tuple: case NodeKind.List: for (const e of t.elts) this.target(e, d); return;
      case NodeKind.Starred: this.target(t.value, d); return;
      case NodeKind.Attribute: this.expr(t.value, d); return;
      case NodeKind.Subscript: this.expr(t.value, d); this.expr(t.slice, d); return;
    }
  }

  private unbind(t: ast.Expr, d: Set<string>): void {
    switch (t.kind) {
      case NodeKind.Name: this.expr(t, d); d.delete(t.id); return; // `del x` reads x's binding
      case NodeKind.Tuple: case NodeKind.List: for (const e of t.elts) this.unbind(e, d); return;
      default: this.target(t, d);
    }
  }

  private pattern(p: ast.Pattern, d: Set<string>): void {
    switch (p.kind) {
      case NodeKind.MatchValue: this.expr(p.value, d); return;
      case NodeKind.MatchSingleton: return;
      case NodeKind.MatchSequence: for (const q of p.patterns) this.pattern(q, d); return;
      case NodeKind.MatchMapping:
        for (const k of p.keys) this.expr(k, d);
        for (const q of p.patterns) this.pattern(q, d);
        if (p.rest !== null) d.add(p.rest);
        return;
      case NodeKind.MatchClass:
        this.expr(p.cls, d);
        for (const q of p.patterns) this.pattern(q, d);
        for (const q of p.kwd_patterns) this.pattern(q, d);
        return;
      case NodeKind.MatchStar: if (p.name !== null) d.add(p.name); return;
      case NodeKind.MatchAs:
        if (p.pattern) this.pattern(p.pattern, d);
        if (p.name !== null) d.add(p.name);
        return;
      case NodeKind.MatchOr: {
        // Each alternative binds the same names; loads inside judge from d.
        for (const q of p.patterns) this.pattern(q, new Set(d));
        const first = new Set(d);
        if (p.patterns.length) this.quiet(() => this.pattern(p.patterns[0], first));
        for (const n of first) d.add(n);
        return;
      }
    }
  }

  private args(a: ast.Arguments, d: Set<string>): void {
    for (const e of a.defaults) this.expr(e, d);
    for (const e of a.kw_defaults) if (e) this.expr(e, d);
    for (const arg of [...a.posonlyargs, ...a.args, ...a.kwonlyargs, a.vararg, a.kwarg]) {
      if (arg && arg.annotation) this.expr(arg.annotation, d);
    }
  }

  /** Record the safe loads in an expression evaluated in this scope. */
  expr(e: ast.Expr, d: Set<string>): void {
    switch (e.kind) {
      case NodeKind.Name: if (this.mark && d.has(e.id)) this.safe.add(e); return;
      case NodeKind.Constant: return;
      case NodeKind.Lambda: this.args(e.args, d); return;
      case NodeKind.ListComp: case NodeKind.SetComp: case NodeKind.DictComp: case NodeKind.GeneratorExp:
        this.expr(e.generators[0].iter, d); // the rest runs in the comprehension's scope
        return;
      case NodeKind.NamedExpr: this.expr(e.value, d); return;
      default:
        for (const child of childExprs(e)) this.expr(child, d);
    }
  }
}

/** The sub-expressions of an expression (nested scopes excluded by the caller). */
function childExprs(e: ast.Expr): ast.Expr[] {
  switch (e.kind) {
    case NodeKind.BoolOp: return e.values;
    case NodeKind.BinOp: return [e.left, e.right];
    case NodeKind.UnaryOp: return [e.operand];
    case NodeKind.IfExp: return [e.test, e.body, e.orelse];
    case NodeKind.Dict: return [...e.keys.filter((k): k is ast.Expr => k !== null), ...e.values];
    case NodeKind.Set: return e.elts;
    case NodeKind.Await: return [e.value];
    case NodeKind.Yield: return e.value ? [e.value] : [];
    case NodeKind.YieldFrom: return [e.value];
    case NodeKind.Compare: return [e.left, ...e.comparators];
    case NodeKind.Call: return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case NodeKind.FormattedValue: return e.format_spec ? [e.value, e.format_spec] : [e.value];
    case NodeKind.JoinedStr: return e.values;
    case NodeKind.Attribute: return [e.value];
    case NodeKind.Subscript: return [e.value, e.slice];
    case NodeKind.Starred: return [e.value];
    case NodeKind.List: case NodeKind.Tuple: return e.elts;
    case NodeKind.Slice: return [e.lower, e.upper, e.step].filter((x): x is ast.Expr => x !== null);
    default: return [];
  }
}

/** The Name loads in a function body that always find their name bound. */
export function definitelyBoundLoads(params: string[], body: ast.Stmt[]): Set<ast.Name> {
  const w = new Walker();
  w.stmts(body, new Set(params));
  return w.safe;
}

/**
 * Whether a local could be rebound while an expression of this body is being evaluated:
 * only a walrus can do that (a call cannot rebind the caller's fast locals), and pattern
 * matching binds captures between the reads of one statement. Nested scopes are scanned
 * too (a comprehension's walrus binds in the enclosing function), so this is conservative.
 */
export function mayRebindWithinExpressions(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(mayRebindWithinExpressions);
  if (node === null || typeof node !== 'object' || ArrayBuffer.isView(node)) return false;
  const kind = (node as { kind?: unknown }).kind;
  if (kind === NodeKind.NamedExpr || kind === NodeKind.Match) return true;
  for (const v of Object.values(node)) if (typeof v === 'object' && mayRebindWithinExpressions(v)) return true;
  return false;
}
