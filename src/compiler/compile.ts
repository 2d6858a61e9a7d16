/**
 * The compiler driver: source text -> parsed AST -> symbol tables -> one CodeUnit per scope
 * (module, class body, function, lambda, comprehension), nested through constants.
 */
import { definitelyBoundLoads, mayRebindWithinExpressions } from './definiteAssignment';
import * as ast from '../parser/ast';
import { NodeKind, ExprContext, ConstantType } from '../parser/ast';
import { parseModule, parseExpression } from '../parser';
import { buildSymbolTable, Scope, ScopeKind, Binding, SymbolTableError } from './symtable';
import { FunctionCompiler, CompileContext, CompileError, LOCAL_VIEWS, FRAME_READERS, containsYield } from './codegen';
import { methodLocals } from './methodLocals';
import { GeneratorCompiler } from './generator';
import { CodeUnit } from './codeunit';
import { CodeFlag } from '../objects/function';

export { CompileError };

export type CompileMode = 'exec' | 'eval' | 'single';

export function compileSource(source: string, filename: string, mode: CompileMode, optimize = 0): CodeUnit {
  const tree = mode === 'eval' ? parseExpression(source, filename) : parseModule(source, filename);
  return compileAst(tree, source, filename, mode, optimize);
}

export function compileAst(tree: ast.Module | ast.Expression, source: string, filename: string, mode: CompileMode, optimize = 0): CodeUnit {
  let scopes: Map<ast.Node | null, Scope>;
  try {
    scopes = buildSymbolTable(tree);
  } catch (e) {
    if (e instanceof SymbolTableError) throw new CompileError('SyntaxError', e.message, e.lineno, e.col + 1);
    throw e;
  }
  const ctx: CompileContext = {
    filename, scopes, source, optimize,
    compileChild: (scope, node, qualname) => compileScope(ctx, scope, node, qualname),
  };
  const top = scopes.get(tree)!;
  if (tree.kind === NodeKind.Expression) return compileModuleLike(ctx, top, [], '<module>', tree.body, mode === 'single');
  let body = tree.body;
  if (mode === 'single') {
    // Interactive: expression statements print their value (sys.displayhook).
    body = body.map((s) => s.kind === NodeKind.Expr ? { ...s, value: displayCall(s.value) } as ast.Stmt : s);
  }
  return compileModuleLike(ctx, top, body, '<module>', null, false);
}

function displayCall(v: ast.Expr): ast.Expr {
  const loc = { lineno: v.lineno, col_offset: v.col_offset, end_lineno: v.end_lineno, end_col_offset: v.end_col_offset };
  return { kind: NodeKind.Call, func: { kind: NodeKind.Name, id: '__displayhook__', ctx: ExprContext.Load, ...loc }, args: [v], keywords: [], ...loc } as ast.Call;
}

function docstring(body: ast.Stmt[]): string | null {
  const first = body[0];
  if (first && first.kind === NodeKind.Expr && first.value.kind === NodeKind.Constant && first.value.valueType === ConstantType.Str) return first.value.value as string;
  return null;
}

/** Module (and eval) code: locals in a dict, passed as the single parameter. */
function compileModuleLike(ctx: CompileContext, scope: Scope, body: ast.Stmt[], name: string, evalExpr: ast.Expr | null, _single: boolean): CodeUnit {
  const fc = new FunctionCompiler(ctx, scope, name);
  fc.setupSlots(['.locals']);
  const doc = evalExpr ? null : docstring(body);
  if (doc !== null) fc.emit(`R.storeName(L, ${fc.name('__doc__')}, ${fc.str(doc)});`);
  if (!evalExpr && hasAnnotations(body)) fc.emit('R.setupAnnotations(L);');
  if (evalExpr) fc.emit(`return ${fc.expr(evalExpr)};`);
  else fc.stmts(body);
  return finish(ctx, fc, {
    name, qualname: name, firstlineno: 1, flags: CodeFlag.DictLocals | CodeFlag.Simple, argcount: 1, posonlyargcount: 0, kwonlyargcount: 0,
    dictLocals: true, doc: null, params: ['.locals'],
  });
}

function hasAnnotations(body: ast.Stmt[]): boolean {
  const walk = (list: ast.Stmt[]): boolean => list.some((s) => {
    switch (s.kind) {
      case NodeKind.AnnAssign: return true;
      case NodeKind.If: case NodeKind.While: case NodeKind.For: return walk(s.body) || walk(s.orelse);
      case NodeKind.With: return walk(s.body);
      case NodeKind.Try: return walk(s.body) || walk(s.orelse) || walk(s.finalbody) || s.handlers.some((h) => walk(h.body));
      default: return false;
    }
  });
  return walk(body);
}

function compileScope(ctx: CompileContext, scope: Scope, node: ast.Node, qualname: string): CodeUnit {
  switch (node.kind) {
    case NodeKind.ClassDef: return compileClassBody(ctx, scope, node, qualname);
    case NodeKind.FunctionDef: case NodeKind.AsyncFunctionDef: case NodeKind.Lambda: return compileFunction(ctx, scope, node, qualname);
    default: return compileComprehension(ctx, scope, node as ast.ListComp, qualname);
  }
}

function compileClassBody(ctx: CompileContext, scope: Scope, node: ast.ClassDef, qualname: string): CodeUnit {
  const fc = new FunctionCompiler(ctx, scope, qualname);
  fc.setupSlots(['.locals']);
  fc.emit(`R.storeName(L, ${fc.name('__module__')}, R.loadGlobalName(G, ${fc.name('__name__')}));`);
  fc.emit(`R.storeName(L, ${fc.name('__qualname__')}, ${fc.str(qualname)});`);
  const doc = docstring(node.body);
  if (doc !== null) fc.emit(`R.storeName(L, ${fc.name('__doc__')}, ${fc.str(doc)});`);
  if (hasAnnotations(node.body)) fc.emit('R.setupAnnotations(L);');
  fc.stmts(node.body);
  if (scope.needsClassCell) fc.emit(`R.storeName(L, ${fc.name('__classcell__')}, S[fp + ${fc.slots.get('__class__')}]);`);
  return finish(ctx, fc, {
    name: node.name, qualname, firstlineno: node.lineno, flags: CodeFlag.DictLocals | CodeFlag.Simple, argcount: 1,
    posonlyargcount: 0, kwonlyargcount: 0, dictLocals: true, doc: null, params: ['.locals'],
  });
}

function paramInfo(args: ast.Arguments) {
  return {
    argcount: args.posonlyargs.length + args.args.length,
    posonly: args.posonlyargs.length,
    kwonly: args.kwonlyargs.length,
    varargs: args.vararg !== null,
    varkw: args.kwarg !== null,
  };
}

function compileFunction(ctx: CompileContext, scope: Scope, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda, qualname: string): CodeUnit {
  const p = paramInfo(node.args);
  const isGen = scope.isGenerator || scope.isCoroutine;
  const fc = isGen ? new GeneratorCompiler(ctx, scope, qualname) : new FunctionCompiler(ctx, scope, qualname);
  const plainLocals = new Set([...scope.bindings].filter(([n, b]) => b === Binding.Local && !scope.params.includes(n)).map(([n]) => n));
  fc.setupSlots(scope.params, isGen || node.kind === NodeKind.Lambda ? new Set() : methodLocals(node.body, plainLocals, FRAME_READERS));
  const deleted = deletedNames(node.kind === NodeKind.Lambda ? [] : node.body);
  for (const n of scope.params) if (!deleted.has(n) && scope.binding(n) === Binding.Local) fc.paramsNeverDeleted.add(n);
  const a = node.args;
  const paramIds = [...a.posonlyargs, ...a.args, ...a.kwonlyargs, a.vararg, a.kwarg].filter((x): x is ast.Arg => x !== null).map((x) => x.arg);
  fc.boundLoads = definitelyBoundLoads(paramIds, node.kind === NodeKind.Lambda
    ? [{ kind: NodeKind.Return, value: node.body, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }]
    : node.body);
  fc.localsStable = !isGen && !mayRebindWithinExpressions(node.kind === NodeKind.Lambda ? node.body : node.body);
  let doc: string | null = null;
  if (node.kind === NodeKind.Lambda) {
    if (isGen) { (fc as GeneratorCompiler).body([{ kind: NodeKind.Return, value: node.body, lineno: node.body.lineno, col_offset: node.body.col_offset, end_lineno: node.body.end_lineno, end_col_offset: node.body.end_col_offset }]); }
    else fc.emit(`return ${fc.expr(node.body)};`);
  } else {
    doc = docstring(node.body);
    if (isGen) (fc as GeneratorCompiler).body(node.body);
    else fc.stmts(node.body);
  }
  let flags = CodeFlag.Optimized | CodeFlag.NewLocals;
  if (p.varargs) flags |= CodeFlag.VarArgs;
  if (p.varkw) flags |= CodeFlag.VarKeywords;
  if (scope.isGenerator) flags |= scope.isCoroutine ? CodeFlag.AsyncGenerator : CodeFlag.Generator;
  else if (scope.isCoroutine) flags |= CodeFlag.Coroutine;
  if (scope.parent && scope.parent.kind !== ScopeKind.Module) flags |= CodeFlag.Nested;
  if (scope.freeNames.length === 0 && scope.cellNames.length === 0) flags |= CodeFlag.NoFree;
  if (!p.varargs && !p.varkw && p.kwonly === 0) flags |= CodeFlag.Simple;
  if (scope.isGenerator && !scope.isCoroutine && node.kind !== NodeKind.Lambda && yieldInHandler(node.body)) flags |= CodeFlag.YieldInHandler;
  return finish(ctx, fc, {
    name: node.kind === NodeKind.Lambda ? '<lambda>' : node.name, qualname, firstlineno: node.kind !== NodeKind.Lambda && node.decorator_list.length ? node.decorator_list[0].lineno : node.lineno,
    flags, argcount: p.argcount, posonlyargcount: p.posonly, kwonlyargcount: p.kwonly, dictLocals: false, doc, params: scope.params,
  });
}

/** Whether a try or with statement of this body (not of nested scopes) contains a yield. */
function yieldInHandler(body: ast.Stmt[] | ast.Expr): boolean {
  const visit = (n: unknown): boolean => {
    if (!n || typeof n !== 'object') return false;
    if (Array.isArray(n)) return n.some(visit);
    const node = n as ast.Node;
    switch (node.kind) {
      case NodeKind.Try: case NodeKind.TryStar: case NodeKind.With: case NodeKind.AsyncWith: return containsYield(node);
      case NodeKind.FunctionDef: case NodeKind.AsyncFunctionDef: case NodeKind.ClassDef: case NodeKind.Lambda: return false;
    }
    for (const key in node) {
      const v = (node as unknown as Record<string, unknown>)[key];
      if (v && typeof v === 'object' && visit(v)) return true;
    }
    return false;
  };
  return visit(body);
}

function deletedNames(body: ast.Stmt[]): Set<string> {
  const out = new Set<string>();
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) { for (const x of n) visit(x); return; }
    const node = n as ast.Node;
    if (node.kind === NodeKind.FunctionDef || node.kind === NodeKind.ClassDef || node.kind === NodeKind.Lambda || node.kind === NodeKind.AsyncFunctionDef) return;
    if (node.kind === NodeKind.Delete) for (const t of node.targets) if (t.kind === NodeKind.Name) out.add(t.id);
    if (node.kind === NodeKind.ExceptHandler && node.name) out.add(node.name);
    for (const k in node) if (k !== 'kind') visit((node as unknown as Record<string, unknown>)[k]);
  };
  visit(body);
  return out;
}

/** Comprehensions become a function over the outermost iterator ('.0'). */
function compileComprehension(ctx: CompileContext, scope: Scope, node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp, qualname: string): CodeUnit {
  const loc = { lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset };
  const isGen = node.kind === NodeKind.GeneratorExp;
  if (!isGen) scope.bindings.set('.result', Binding.Local);
  const result: ast.Name = { kind: NodeKind.Name, id: '.result', ctx: ExprContext.Load, ...loc };
  let inner: ast.Stmt;
  switch (node.kind) {
    case NodeKind.GeneratorExp: inner = { kind: NodeKind.Expr, value: { kind: NodeKind.Yield, value: node.elt, ...loc }, ...loc }; break;
    case NodeKind.ListComp: inner = { kind: NodeKind.Expr, value: { kind: NodeKind.Call, func: { kind: NodeKind.Attribute, value: result, attr: '.append', ctx: ExprContext.Load, ...loc }, args: [node.elt], keywords: [], ...loc }, ...loc }; break;
    case NodeKind.SetComp: inner = { kind: NodeKind.Expr, value: { kind: NodeKind.Call, func: { kind: NodeKind.Attribute, value: result, attr: '.add', ctx: ExprContext.Load, ...loc }, args: [node.elt], keywords: [], ...loc }, ...loc }; break;
    default: inner = { kind: NodeKind.Assign, targets: [{ kind: NodeKind.Subscript, value: result, slice: node.key, ctx: ExprContext.Store, ...loc }], value: node.value, type_comment: null, ...loc };
  }
  let body: ast.Stmt = inner;
  for (let i = node.generators.length - 1; i >= 0; i--) {
    const g = node.generators[i];
    for (let k = g.ifs.length - 1; k >= 0; k--) body = { kind: NodeKind.If, test: g.ifs[k], body: [body], orelse: [], ...loc };
    const iter: ast.Expr = i === 0 ? { kind: NodeKind.Name, id: '.0', ctx: ExprContext.Load, ...loc } : g.iter;
    body = { kind: g.is_async ? NodeKind.AsyncFor : NodeKind.For, target: g.target, iter, body: [body], orelse: [], type_comment: null, ...loc } as ast.Stmt;
  }
  // An asynchronous comprehension (async for, or await inside) is a coroutine, or an async
  // generator for a generator expression; the caller awaits the coroutine (codegen.ts).
  const isAsync = scope.isCoroutine;
  const fc = isGen || isAsync ? new GeneratorCompiler(ctx, scope, qualname) : new FunctionCompiler(ctx, scope, qualname);
  fc.setupSlots(['.0']);
  fc.paramsNeverDeleted.add('.0');
  fc.paramsNeverDeleted.add('.result');
  if (isGen) (fc as GeneratorCompiler).body([body]);
  else if (isAsync) {
    const kind = node.kind === NodeKind.ListComp ? 'List' : node.kind === NodeKind.SetComp ? 'Set' : 'Dict';
    fc.emit(`S[fp + ${fc.slots.get('.result')}] = ${kind === 'Dict' ? 'R.newDict()' : `R.build${kind}([])`};`);
    (fc as GeneratorCompiler).body([body, { kind: NodeKind.Return, value: result, ...loc }]);
  } else {
    const kind = node.kind === NodeKind.ListComp ? 'List' : node.kind === NodeKind.SetComp ? 'Set' : 'Dict';
    fc.emit(`S[fp + ${fc.slots.get('.result')}] = ${kind === 'Dict' ? 'R.newDict()' : `R.build${kind}([])`};`);
    fc.stmts([body]);
    fc.emit(`return S[fp + ${fc.slots.get('.result')}];`);
  }
  let flags = CodeFlag.Optimized | CodeFlag.NewLocals | CodeFlag.Simple | CodeFlag.Nested;
  if (isGen) flags |= isAsync ? CodeFlag.AsyncGenerator : CodeFlag.Generator;
  else if (isAsync) flags |= CodeFlag.Coroutine;
  return finish(ctx, fc, {
    name: scope.name, qualname, firstlineno: node.lineno, flags, argcount: 1, posonlyargcount: 0, kwonlyargcount: 0,
    dictLocals: false, doc: null, params: ['.0'],
  });
}

interface UnitInfo {
  name: string; qualname: string; firstlineno: number; flags: number; argcount: number; posonlyargcount: number;
  kwonlyargcount: number; dictLocals: boolean; doc: string | null; params: string[];
}

export { LOCAL_VIEWS } from './codegen';

/** Wrap the body in the function prologue/epilogue and produce the CodeUnit. */
function finish(ctx: CompileContext, fc: FunctionCompiler, info: UnitInfo): CodeUnit {
  const nslots = fc.maxSlot;
  const params = info.params.map((_, i) => `p${i}`);
  const out: string[] = [];
  out.push('"use strict";');
  // Factory-level bindings are `var`: the function reads them from its closure, and a
  // `const` there costs a TDZ hole check at every read in unoptimized code.
  // Each function copies the heap views into its own constants (LOCAL_VIEWS): a local is a
  // register, a closure variable a context load at every use before optimization.
  out.push('var S$ = R.S, I$ = R.I, NULL = R.NULL, POLL = R.POLL, ts = R.ts;');
  out.push(...fc.icDecls);
  // Prefixed so that a Python name can never shadow a generated identifier (S, I, K, G...).
  const jsName = 'py_' + info.name.replace(/[^A-Za-z0-9_$]/g, '_');
  if (fc instanceof GeneratorCompiler) {
    out.push(...fc.wrap(jsName, params, nslots, info));
  } else {
    out.push(`return function ${jsName}(fn${params.map((p) => ', ' + p).join('')}) {`);
    out.push(`  ${LOCAL_VIEWS}`);
    out.push('  const fp = ts.sp, top = fp + ' + nslots + ';');
    out.push('  if (top > ts.stackLimit || ts.depth >= ts.recursionLimit) R.stackOverflow();');
    out.push('  ts.sp = top; ts.depth++;');
    out.push(`  let ln = 0, r = 0, x = 0, y = 0, z = 0;`);
    out.push('  try {');
    out.push('    S[fp] = fn;');
    params.forEach((p, i) => out.push(`    S[fp + ${i + 1}] = ${p};`));
    // Every slot is initialised (the collector scans the whole frame). A few stores beat a
    // call of TypedArray.prototype.fill, which optimized code does not inline.
    const first = params.length + 1;
    if (nslots - first > 0 && nslots - first <= 16) {
      out.push(`    ${Array.from({ length: nslots - first }, (_, i) => `S[fp + ${first + i}]`).join(' = ')} = NULL;`);
    } else if (nslots > first) out.push(`    S.fill(NULL, fp + ${first}, top);`);
    // The globals are read only by bodies that use them (a call less per call otherwise).
    if (fc.lines.some((l) => /\bG\b/.test(l)) || info.dictLocals) out.push('    const G = R.fnGlobals(fn);');
    if (info.dictLocals) out.push('    const L = p0;');
    out.push(...prologueCells(fc, info));
    out.push('    if (I[POLL] !== 0) R.safepoint();');
    out.push(...fc.lines.map((l) => '  ' + l));
    out.push('    return R.None;');
    out.push('  } catch (e) { throw R.addTraceback(e, fp, ln); }');
    out.push('  finally { ts.sp = fp; ts.depth--; }');
    out.push('};');
  }
  const varnames = fc.varnames.slice();
  // Entry 0 (where `ln` starts): the first line, no columns.
  fc.positions[0] = info.firstlineno; fc.positions[1] = info.firstlineno;
  return {
    name: info.name, qualname: info.qualname, filename: ctx.filename, firstlineno: info.firstlineno, flags: info.flags,
    argcount: info.argcount, posonlyargcount: info.posonlyargcount, kwonlyargcount: info.kwonlyargcount,
    varnames, cellvars: fc.scope.cellNames.slice(), freevars: fc.scope.freeNames.slice(), consts: fc.consts,
    source: hoistRuntime(out.join('\n')), nslots, doc: info.doc, positions: fc.positions,
  };
}

/**
 * Bind every runtime entry point the body uses to a factory-level constant once
 * (`R.add(...)` becomes `R_add(...)`), so hot code calls closure constants instead of
 * loading properties of the runtime object.
 */
function hoistRuntime(src: string): string {
  const used = new Set<string>();
  for (const m of src.matchAll(/\bR\.([A-Za-z_$][\w$]*)/g)) used.add(m[1]);
  const decls = [...used].sort().map((n) => `var R_${n} = R.${n};`).join('\n');
  const body = src.replace(/\bR\.([A-Za-z_$][\w$]*)/g, 'R_$1');
  const first = body.indexOf('\n');
  return `${body.slice(0, first)}\n${decls}\n${body.slice(first + 1)}`;
}

/** Cells for captured locals (parameters are wrapped), free variables from the closure. */
export function prologueCells(fc: FunctionCompiler, info: { params: string[] }): string[] {
  const out: string[] = [];
  for (const n of fc.scope.cellNames) {
    const k = fc.slots.get(n)!;
    out.push(info.params.includes(n) ? `    S[fp + ${k}] = R.newCell(S[fp + ${k}]);` : `    S[fp + ${k}] = R.newCell(NULL);`);
  }
  if (fc.scope.freeNames.length) {
    out.push('    const C = R.fnClosure(fn);');
    fc.scope.freeNames.forEach((n, i) => out.push(`    S[fp + ${fc.slots.get(n)}] = R.tupleItem(C, ${i});`));
  }
  return out;
}
