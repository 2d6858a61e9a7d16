/**
 * Symbol tables: which scope each name belongs to (CPython's Python/symtable.c rules).
 *
 * Scopes are module, class, function (def and lambda) and comprehension (3.11 semantics:
 * a comprehension is its own function scope; its first iterable is evaluated outside).
 * After collection, each name of each scope resolves to one of:
 *   Local         a fast slot of the function's frame
 *   Cell          a local captured by an inner scope: the slot holds a cell
 *   Free          a variable of an enclosing function: the slot holds the cell
 *   GlobalExplicit / GlobalImplicit   the module's globals (then builtins)
 *   Name          module and class bodies: the locals dict, then globals, then builtins
 *   ClassDeref    class bodies reading a free variable: the class dict first, then the cell
 */
import * as ast from '../parser/ast';
import { NodeKind } from '../parser/ast';

export const enum ScopeKind { Module, Class, Function, Lambda, Comprehension }
export const enum Binding { Local, Cell, Free, GlobalExplicit, GlobalImplicit, Name, ClassDeref }

const DEF_PARAM = 1, DEF_BOUND = 2, DEF_USE = 4, DEF_GLOBAL = 8, DEF_NONLOCAL = 16, DEF_ANNOT = 32;

export class Scope {
  readonly flags = new Map<string, number>();
  readonly children: Scope[] = [];
  readonly bindings = new Map<string, Binding>();
  params: string[] = [];
  isGenerator = false;
  isCoroutine = false;
  hasYieldInside = false;
  /** Names of inner scopes' free variables that this scope must provide as cells. */
  readonly cellNames: string[] = [];
  readonly freeNames: string[] = [];
  /** A class body whose methods use super() or __class__: it gets a __class__ cell. */
  needsClassCell = false;
  usesLocals = false;
  constructor(readonly kind: ScopeKind, readonly name: string, readonly node: ast.Node | null, readonly parent: Scope | null) {}
  add(name: string, flag: number): void { this.flags.set(name, (this.flags.get(name) ?? 0) | flag); }
  isFunctionLike(): boolean { return this.kind === ScopeKind.Function || this.kind === ScopeKind.Lambda || this.kind === ScopeKind.Comprehension; }
  binding(name: string): Binding {
    const b = this.bindings.get(name);
    if (b !== undefined) return b;
    if (this.kind === ScopeKind.Module || this.kind === ScopeKind.Class) return Binding.Name;
    return Binding.GlobalImplicit;
  }
}

export class SymbolTableError extends Error {
  constructor(message: string, readonly lineno: number, readonly col: number) { super(message); }
}

/** Build the scope tree of a module; scopes are keyed by their AST node. */
export function buildSymbolTable(mod: ast.Module | ast.Expression | ast.Interactive): Map<ast.Node | null, Scope> {
  const b = new Builder();
  const top = new Scope(ScopeKind.Module, 'top', mod, null);
  b.scopes.set(mod, top);
  b.cur = top;
  if (mod.kind === NodeKind.Expression) b.expr(mod.body);
  else b.stmts(mod.body);
  resolve(top, new Set(), new Set());
  return b.scopes;
}

class Builder {
  scopes = new Map<ast.Node | null, Scope>();
  cur!: Scope;

  private enter(kind: ScopeKind, name: string, node: ast.Node): Scope {
    const s = new Scope(kind, name, node, this.cur);
    this.cur.children.push(s);
    this.scopes.set(node, s);
    this.cur = s;
    return s;
  }
  private leave(s: Scope): void { this.cur = s.parent!; }

  private bind(name: string): void { this.cur.add(mangle(this.cur, name), DEF_BOUND); }
  private use(name: string): void { this.cur.add(mangle(this.cur, name), DEF_USE); }

  stmts(list: ast.Stmt[]): void { for (const s of list) this.stmt(s); }

  stmt(s: ast.Stmt): void {
    switch (s.kind) {
      case NodeKind.FunctionDef: case NodeKind.AsyncFunctionDef: {
        for (const d of s.decorator_list) this.expr(d);
        this.argDefaults(s.args);
        this.annotations(s.args, s.returns);
        this.bind(s.name);
        const fs = this.enter(ScopeKind.Function, s.name, s);
        if (s.kind === NodeKind.AsyncFunctionDef) fs.isCoroutine = true;
        this.params(s.args);
        this.stmts(s.body);
        this.leave(fs);
        break;
      }
      case NodeKind.ClassDef: {
        for (const d of s.decorator_list) this.expr(d);
        for (const e of s.bases) this.expr(e);
        for (const k of s.keywords) this.expr(k.value);
        this.bind(s.name);
        const cs = this.enter(ScopeKind.Class, s.name, s);
        this.stmts(s.body);
        this.leave(cs);
        break;
      }
      case NodeKind.Return: if (s.value) this.expr(s.value); break;
      case NodeKind.Delete: for (const t of s.targets) this.expr(t); break;
      case NodeKind.Assign: this.expr(s.value); for (const t of s.targets) this.expr(t); break;
      case NodeKind.AugAssign:
        this.expr(s.value);
        if (s.target.kind === NodeKind.Name) { this.use(s.target.id); this.bind(s.target.id); } else this.expr(s.target);
        break;
      case NodeKind.AnnAssign:
        if (s.target.kind === NodeKind.Name) {
          const n = mangle(this.cur, s.target.id);
          if (s.simple && (this.cur.flags.get(n) ?? 0) & (DEF_GLOBAL | DEF_NONLOCAL)) { /* annotated global: allowed if no value clash */ }
          this.cur.add(n, DEF_ANNOT | (s.value ? DEF_BOUND : 0));
          if (s.value) this.cur.add(n, DEF_BOUND);
        } else this.expr(s.target);
        if (this.cur.kind === ScopeKind.Module || this.cur.kind === ScopeKind.Class) this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      case NodeKind.For: case NodeKind.AsyncFor:
        this.expr(s.iter); this.expr(s.target); this.stmts(s.body); this.stmts(s.orelse); break;
      case NodeKind.While: this.expr(s.test); this.stmts(s.body); this.stmts(s.orelse); break;
      case NodeKind.If: this.expr(s.test); this.stmts(s.body); this.stmts(s.orelse); break;
      case NodeKind.With: case NodeKind.AsyncWith:
        for (const it of s.items) { this.expr(it.context_expr); if (it.optional_vars) this.expr(it.optional_vars); }
        this.stmts(s.body); break;
      case NodeKind.Match:
        this.expr(s.subject);
        for (const c of s.cases) { this.pattern(c.pattern); if (c.guard) this.expr(c.guard); this.stmts(c.body); }
        break;
      case NodeKind.Raise: if (s.exc) this.expr(s.exc); if (s.cause) this.expr(s.cause); break;
      case NodeKind.Try: case NodeKind.TryStar:
        this.stmts(s.body);
        for (const h of s.handlers) { if (h.type) this.expr(h.type); if (h.name) this.bind(h.name); this.stmts(h.body); }
        this.stmts(s.orelse); this.stmts(s.finalbody); break;
      case NodeKind.Assert: this.expr(s.test); if (s.msg) this.expr(s.msg); break;
      case NodeKind.Import: case NodeKind.ImportFrom:
        for (const a of s.names) {
          if (a.name === '*') { this.cur.usesLocals = true; continue; }
          this.bind(a.asname ?? a.name.split('.')[0]);
        }
        break;
      case NodeKind.Global:
        for (const n of s.names) {
          const m = mangle(this.cur, n);
          const f = this.cur.flags.get(m) ?? 0;
          if (f & DEF_PARAM) throw new SymbolTableError(`name '${n}' is parameter and global`, s.lineno, s.col_offset);
          if (f & DEF_NONLOCAL) throw new SymbolTableError(`name '${n}' is nonlocal and global`, s.lineno, s.col_offset);
          if (f & DEF_USE) throw new SymbolTableError(`name '${n}' is used prior to global declaration`, s.lineno, s.col_offset);
          if (f & DEF_BOUND) throw new SymbolTableError(`name '${n}' is assigned to before global declaration`, s.lineno, s.col_offset);
          this.cur.add(m, DEF_GLOBAL);
        }
        break;
      case NodeKind.Nonlocal:
        for (const n of s.names) {
          const m = mangle(this.cur, n);
          const f = this.cur.flags.get(m) ?? 0;
          if (this.cur.kind === ScopeKind.Module) throw new SymbolTableError('nonlocal declaration not allowed at module level', s.lineno, s.col_offset);
          if (f & DEF_PARAM) throw new SymbolTableError(`name '${n}' is parameter and nonlocal`, s.lineno, s.col_offset);
          if (f & DEF_GLOBAL) throw new SymbolTableError(`name '${n}' is nonlocal and global`, s.lineno, s.col_offset);
          if (f & DEF_USE) throw new SymbolTableError(`name '${n}' is used prior to nonlocal declaration`, s.lineno, s.col_offset);
          if (f & DEF_BOUND) throw new SymbolTableError(`name '${n}' is assigned to before nonlocal declaration`, s.lineno, s.col_offset);
          this.cur.add(m, DEF_NONLOCAL);
        }
        break;
      case NodeKind.Expr: this.expr(s.value); break;
      case NodeKind.TypeAlias: this.expr(s.name); this.expr(s.value); break;
      default: break;
    }
  }

  private argDefaults(a: ast.Arguments): void {
    for (const d of a.defaults) this.expr(d);
    for (const d of a.kw_defaults) if (d) this.expr(d);
  }
  private annotations(a: ast.Arguments, returns: ast.Expr | null): void {
    for (const arg of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])]) {
      if (arg.annotation) this.expr(arg.annotation);
    }
    if (returns) this.expr(returns);
  }
  private params(a: ast.Arguments): void {
    const all = [...a.posonlyargs, ...a.args, ...a.kwonlyargs];
    if (a.vararg) all.splice(a.posonlyargs.length + a.args.length, 0, a.vararg);
    const names = [...a.posonlyargs, ...a.args].map((x) => x.arg);
    names.push(...a.kwonlyargs.map((x) => x.arg));
    if (a.vararg) names.push(a.vararg.arg);
    if (a.kwarg) names.push(a.kwarg.arg);
    for (const n of names) {
      const m = mangle(this.cur, n);
      if ((this.cur.flags.get(m) ?? 0) & DEF_PARAM) throw new SymbolTableError(`duplicate argument '${n}' in function definition`, 0, 0);
      this.cur.add(m, DEF_PARAM);
    }
    this.cur.params = names.map((n) => mangle(this.cur, n));
    void all;
  }

  private pattern(p: ast.Pattern): void {
    switch (p.kind) {
      case NodeKind.MatchValue: this.expr(p.value); break;
      case NodeKind.MatchSingleton: break;
      case NodeKind.MatchSequence: for (const x of p.patterns) this.pattern(x); break;
      case NodeKind.MatchMapping: for (const k of p.keys) this.expr(k); for (const x of p.patterns) this.pattern(x); if (p.rest) this.bind(p.rest); break;
      case NodeKind.MatchClass: this.expr(p.cls); for (const x of p.patterns) this.pattern(x); for (const x of p.kwd_patterns) this.pattern(x); break;
      case NodeKind.MatchStar: if (p.name) this.bind(p.name); break;
      case NodeKind.MatchAs: if (p.pattern) this.pattern(p.pattern); if (p.name) this.bind(p.name); break;
      case NodeKind.MatchOr: for (const x of p.patterns) this.pattern(x); break;
    }
  }

  expr(e: ast.Expr): void {
    switch (e.kind) {
      case NodeKind.BoolOp: for (const v of e.values) this.expr(v); break;
      case NodeKind.NamedExpr: {
        this.expr(e.value);
        // The target binds in the nearest enclosing non-comprehension scope.
        let s = this.cur;
        while (s.kind === ScopeKind.Comprehension) {
          s.add(e.target.id, DEF_NONLOCAL | DEF_USE | DEF_BOUND);
          s = s.parent!;
        }
        if (s !== this.cur) {
          if (s.kind === ScopeKind.Class) throw new SymbolTableError('assignment expression within a comprehension cannot be used in a class body', e.lineno, e.col_offset);
          s.add(e.target.id, DEF_BOUND);
          // Inside comprehensions the name is then free (or global at module level).
          let c = this.cur;
          while (c.kind === ScopeKind.Comprehension) {
            const f = c.flags.get(e.target.id)!;
            c.flags.set(e.target.id, s.kind === ScopeKind.Module ? (f & ~DEF_NONLOCAL) | DEF_GLOBAL : f);
            c = c.parent!;
          }
        } else this.bind(e.target.id);
        break;
      }
      case NodeKind.BinOp: this.expr(e.left); this.expr(e.right); break;
      case NodeKind.UnaryOp: this.expr(e.operand); break;
      case NodeKind.Lambda: {
        this.argDefaults(e.args);
        const ls = this.enter(ScopeKind.Lambda, '<lambda>', e);
        this.params(e.args);
        this.expr(e.body);
        this.leave(ls);
        break;
      }
      case NodeKind.IfExp: this.expr(e.test); this.expr(e.body); this.expr(e.orelse); break;
      case NodeKind.Dict: for (const k of e.keys) if (k) this.expr(k); for (const v of e.values) this.expr(v); break;
      case NodeKind.Set: for (const v of e.elts) this.expr(v); break;
      case NodeKind.ListComp: this.comprehension(e, e.generators, [e.elt], '<listcomp>'); break;
      case NodeKind.SetComp: this.comprehension(e, e.generators, [e.elt], '<setcomp>'); break;
      case NodeKind.DictComp: this.comprehension(e, e.generators, [e.key, e.value], '<dictcomp>'); break;
      case NodeKind.GeneratorExp: this.comprehension(e, e.generators, [e.elt], '<genexpr>'); break;
      case NodeKind.Await:
        // await in a comprehension makes it an asynchronous comprehension; elsewhere only
        // `async def` makes a coroutine (the compiler rejects await outside one).
        if (this.cur.kind === ScopeKind.Comprehension) this.cur.isCoroutine = true;
        this.expr(e.value);
        break;
      case NodeKind.Yield:
        this.markYield(e);
        if (e.value) this.expr(e.value);
        break;
      case NodeKind.YieldFrom: this.markYield(e); this.expr(e.value); break;
      case NodeKind.Compare: this.expr(e.left); for (const c of e.comparators) this.expr(c); break;
      case NodeKind.Call:
        this.expr(e.func);
        for (const a of e.args) this.expr(a);
        for (const k of e.keywords) this.expr(k.value);
        if (e.func.kind === NodeKind.Name && e.func.id === 'super' && e.args.length === 0) this.useClassCell();
        if (e.func.kind === NodeKind.Name && (e.func.id === 'locals' || e.func.id === 'vars' || e.func.id === 'eval' || e.func.id === 'exec' || e.func.id === 'dir')) this.cur.usesLocals = true;
        break;
      case NodeKind.FormattedValue: this.expr(e.value); if (e.format_spec) this.expr(e.format_spec); break;
      case NodeKind.JoinedStr: for (const v of e.values) this.expr(v); break;
      case NodeKind.Constant: break;
      case NodeKind.Attribute: this.expr(e.value); break;
      case NodeKind.Subscript: this.expr(e.value); this.expr(e.slice); break;
      case NodeKind.Starred: this.expr(e.value); break;
      case NodeKind.Name:
        if (e.ctx === ast.ExprContext.Load) {
          this.use(e.id);
          if (e.id === '__class__') this.useClassCell();
          if (e.id === 'super') this.useClassCell();
        } else this.bind(e.id);
        break;
      case NodeKind.List: case NodeKind.Tuple: for (const v of e.elts) this.expr(v); break;
      case NodeKind.Slice: if (e.lower) this.expr(e.lower); if (e.upper) this.expr(e.upper); if (e.step) this.expr(e.step); break;
    }
  }

  private markYield(e: ast.Expr): void {
    if (this.cur.kind === ScopeKind.Module || this.cur.kind === ScopeKind.Class) throw new SymbolTableError("'yield' outside function", e.lineno, e.col_offset);
    if (this.cur.kind === ScopeKind.Comprehension && this.cur.name !== '<genexpr>') throw new SymbolTableError(`'yield' inside ${this.cur.name === '<listcomp>' ? 'list' : this.cur.name === '<setcomp>' ? 'set' : 'dict'} comprehension`, e.lineno, e.col_offset);
    this.cur.isGenerator = true;
  }

  private useClassCell(): void {
    // Zero-argument super() / __class__ inside a method: the nearest enclosing class
    // provides a __class__ cell, seen as a free variable by the function scopes between.
    let s: Scope | null = this.cur;
    if (!s.isFunctionLike()) return;
    this.cur.add('__class__', DEF_USE);
  }

  private comprehension(node: ast.Expr, gens: ast.Comprehension[], elts: ast.Expr[], name: string): void {
    // The outermost iterable is evaluated in the enclosing scope.
    this.expr(gens[0].iter);
    const cs = this.enter(ScopeKind.Comprehension, name, node);
    if (name === '<genexpr>') cs.isGenerator = true;
    cs.add('.0', DEF_PARAM);
    cs.params = ['.0'];
    gens.forEach((g, i) => {
      if (i > 0) this.expr(g.iter);
      this.expr(g.target);
      for (const c of g.ifs) this.expr(c);
      if (g.is_async) cs.isCoroutine = true;
    });
    for (const e of elts) this.expr(e);
    this.leave(cs);
  }
}

/** Private name mangling inside classes: __x -> _Class__x. */
export function mangle(scope: Scope, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  let s: Scope | null = scope;
  while (s && s.kind !== ScopeKind.Class) s = s.parent;
  if (!s) return name;
  const cls = s.name.replace(/^_+/, '');
  if (cls === '') return name;
  return `_${cls}${name}`;
}

/**
 * Resolve bindings top-down. `bound` holds names bound in enclosing function scopes (that
 * an inner scope may close over); `globals` the names declared global on the way.
 */
function resolve(s: Scope, enclosingBound: Set<string>, enclosingGlobal: Set<string>): void {
  const localBound = new Set<string>();
  for (const [name, f] of s.flags) {
    if (f & DEF_GLOBAL) { s.bindings.set(name, Binding.GlobalExplicit); continue; }
    if (f & DEF_NONLOCAL) {
      if (!enclosingBound.has(name)) throw new SymbolTableError(`no binding for nonlocal '${name}' found`, 0, 0);
      s.bindings.set(name, Binding.Free);
      continue;
    }
    if (f & (DEF_BOUND | DEF_PARAM)) {
      if (s.isFunctionLike()) { s.bindings.set(name, Binding.Local); localBound.add(name); }
      else s.bindings.set(name, Binding.Name);
      continue;
    }
    if (f & DEF_USE) {
      if (enclosingBound.has(name) && !enclosingGlobal.has(name)) {
        s.bindings.set(name, s.kind === ScopeKind.Class ? Binding.ClassDeref : Binding.Free);
      } else if (s.isFunctionLike()) s.bindings.set(name, enclosingGlobal.has(name) ? Binding.GlobalExplicit : Binding.GlobalImplicit);
      else s.bindings.set(name, Binding.Name);
    }
  }
  // Class scopes: methods see `__class__` from the class (implicit cell).
  let childBound: Set<string>;
  let childGlobal: Set<string>;
  if (s.kind === ScopeKind.Class) {
    childBound = new Set(enclosingBound);
    childBound.add('__class__');
    childGlobal = new Set([...enclosingGlobal].filter((n) => n !== '__class__'));
  } else if (s.isFunctionLike()) {
    childBound = new Set(enclosingBound);
    for (const n of localBound) childBound.add(n);
    childGlobal = new Set(enclosingGlobal);
    for (const [n, b] of s.bindings) {
      if (b === Binding.GlobalExplicit) { childGlobal.add(n); childBound.delete(n); }
      if (b === Binding.Local || b === Binding.Free) childGlobal.delete(n);
    }
  } else {
    childBound = new Set();
    childGlobal = new Set();
  }
  for (const c of s.children) resolve(c, childBound, childGlobal);
  // Free variables of children become cells here (if bound here) or free here too.
  for (const c of s.children) {
    for (const name of c.freeNames) {
      if (s.kind === ScopeKind.Class && name === '__class__') { s.needsClassCell = true; continue; }
      const b = s.bindings.get(name);
      if (s.isFunctionLike() && b === Binding.Local) s.bindings.set(name, Binding.Cell);
      else if (b === undefined || b === Binding.Free || b === Binding.GlobalImplicit || (s.kind === ScopeKind.Class && b !== Binding.Cell)) {
        if (s.kind === ScopeKind.Class) {
          if (b === undefined || b === Binding.ClassDeref) { if (!s.freeNames.includes(name)) s.freeNames.push(name); }
          else if (b === Binding.Name) { if (!s.freeNames.includes(name)) s.freeNames.push(name); }
        } else {
          if (b !== Binding.Free) s.bindings.set(name, Binding.Free);
          if (!s.freeNames.includes(name)) s.freeNames.push(name);
        }
      }
    }
  }
  for (const [n, b] of s.bindings) {
    if ((b === Binding.Free || b === Binding.ClassDeref) && !s.freeNames.includes(n)) s.freeNames.push(n);
    if (b === Binding.Cell && !s.cellNames.includes(n)) s.cellNames.push(n);
  }
  if (s.kind === ScopeKind.Class && s.needsClassCell && !s.cellNames.includes('__class__')) s.cellNames.push('__class__');
}
