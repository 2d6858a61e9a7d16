/**
 * Code generation: one Python code object -> the JS source of one function.
 *
 * Every Python local, cell and temporary lives in a slot of the frame on the shadow stack
 * (S[fp + k]); slot 0 holds the running function object, which keeps the code, its
 * constants and globals alive. Any value that must survive a call that can run Python code
 * is in a slot (the collector's roots), never only in a JS variable; JS locals carry values
 * only within one statement between calls.
 *
 * Expressions compile to JS expression strings. A compound expression stores its result in
 * the next free temporary slot ("stack discipline": a result reuses the slot where its
 * first operand temporaries began). Statements compile to structured JS (if/for/try) when
 * they contain no `yield`; generator functions are compiled by generator.ts on top of
 * the same expression compiler.
 */
import * as ast from '../parser/ast';
import { NodeKind, ExprContext, CmpOperator, Operator, UnaryOperator, BoolOperator, ConstantType } from '../parser/ast';
import { Scope, ScopeKind, Binding, mangle } from './symtable';
import { CodeUnit, ConstSpec } from './codeunit';
import { CodeFlag } from '../objects/function';

export class CompileError extends Error {
  constructor(readonly type: 'SyntaxError' | 'IndentationError', message: string, readonly lineno: number, readonly col: number, readonly endLineno = 0, readonly endCol = 0) { super(message); }
}

const B = '9007199254740992';

/** Operands the inline fast paths may read more than once: slots, constants, literals. */
const SIMPLE_OPERAND = /^(S\[fp \+ \d+\]|K\[\d+\]|-?\d+(\.\d+)?(e[-+]?\d+)?|R\.\w+|NULL)$/;
/**
 * Bind the operands to the function's scratch variables x, y (declared in every prologue),
 * so each is read once; other operand forms are used as they are.
 */
function bindOperands(a: string, b: string): [string, string, string] {
  if (!SIMPLE_OPERAND.test(a) || !SIMPLE_OPERAND.test(b)) return ['', `(${a})`, `(${b})`]; // side-effect-free but not scratch-safe
  return [`x = ${a}, y = ${b}, `, 'x', 'y'];
}

/**
 * `o.name` inline when the site's cache (runtime/attributeCache.ts) says the value sits in
 * the instance dict at the hinted slot: the object's type and its version match, and the
 * dict's table has the hinted size and holds `name` at the slot with a live value (the
 * lock-free reader protocol of dict.ts). `ac.ta` is -1 when the cache has no such hint.
 * Inline because a call would box the double it returns, and this is most attribute reads.
 */
function inlineAttrLoad(obj: string, name: string, ac: string, atSlow: string): string {
  const o = SIMPLE_OPERAND.test(obj) ? obj : 'x';
  const bind = o === 'x' ? `x = ${obj}, ` : '';
  return `(${bind}${o} >= ${B} && I[(${o} - ${B}) >>> 2] === ${ac}.ta && S[${ac}.vi] === ${ac}.v` +
    ` && (r = S[((${o} - ${B}) >>> 3) + ${ac}.dw]) !== NULL && (y = S[((r - ${B}) >>> 3) + 2] - ${B}, I[(y >>> 2) + 2] === ${ac}.log2)` +
    ` && (r = I[(y >>> 2) + 6 + ${ac}.slot]) >= 0 && S[(y >>> 3) + ${ac}.eoff + 3 * r + 1] === ${name}` +
    ` && (r = S[(y >>> 3) + ${ac}.eoff + 3 * r + 2]) !== NULL) ? r : (${atSlow}R.loadAttr(${o}, ${name}, ${ac}))`;
}

/**
 * The call of `callee` (a plain read) with `vals` (plain reads) through call-site cache cc:
 * its test inline, a hit calling the cached target directly (runtime/callCache.ts); with
 * `self`, an unbound method called with self prepended (callCache.ts callWithSelf).
 */
function cachedCallOf(callee: string, vals: string[], cc: string, self = ''): string {
  const padded = [...(self ? [self] : []), ...vals, 'NULL', 'NULL', 'NULL'].slice(0, self ? 4 : 3);
  const slow = self ? `R.callWithSelf${vals.length}(${[callee, self, cc, ...vals].join(', ')})` : `R.call${vals.length}(${[callee, cc, ...vals].join(', ')})`;
  return `${callee} >= ${B} && (x = (${callee} - ${B}) >>> 2, I[x] === ${cc}.t && I[x + 2] === ${cc}.i && I[x + 3] === ${cc}.k && ts.gcEpoch === ${cc}.epoch)` +
    ` ? ${cc}.direct(${callee}, ${padded.join(', ')}) : ${slow}`;
}

/**
 * `o[k]` with an exact list and an index in [0, 2^32) read inline (no call, so no
 * boxing of the operands); everything else (tuples included) through R.getItem. The read
 * follows list.ts's lock-free reader protocol: read the array reference, check the index
 * against both the list's length and the array's capacity, and treat a NULL slot (a racing
 * removal) as a miss for the slow path to decide. Kept short: TurboFan's compile time grows
 * with the size of the function, and hot loops wait for it.
 */
function inlineSubscript(obj: string, key: string, atSlow: string): string {
  const [bind, o, k] = bindOperands(obj, key);
  const w = `((${o} - ${B}) >>> 2)`;
  return `(${bind}${o} >= ${B} && (${k} >>> 0) === ${k} && I[${w}] === R.LIST_T && ${k} < I[${w} + 3] && (r = S[((${o} - ${B}) >>> 3) + 2] - ${B}, ${k} < I[(r >>> 2) + 2]) && (r = S[(r >>> 3) + 2 + ${k}]) !== NULL) ? r : (${atSlow}R.getItem(${o}, ${k}))`;
}

/** The value of a float constant like 2.0 or -1.0 (integral, so boxed at run time), or null. */
function integralFloatConstant(e: ast.Expr): number | null {
  let neg = false;
  if (e.kind === NodeKind.UnaryOp && e.op === UnaryOperator.USub) { neg = true; e = e.operand; }
  if (e.kind !== NodeKind.Constant || e.valueType !== ConstantType.Float || typeof e.value !== 'number') return null;
  const v = neg ? -e.value : e.value;
  return Number.isInteger(v) && !Object.is(v, -0) && Math.abs(v) < 2 ** 53 ? v : null;
}

/**
 * `a op b` where one side is an integral float constant c (a boxed float at run time) and
 * the other is an immediate: the result is a float, kept inline when it is finite and not
 * integral (a float immediate); everything else goes to `slow`.
 */
function floatConstantArith(left: string, right: string, op: string, cl: number | null, cr: number | null, slow: (a: string, b: string) => string): string {
  const [bind, a, b] = bindOperands(left, right);
  if (cl !== null && cr !== null) return `(${bind}false) ? 0 : ${slow(a, b)}`;
  if (op === '/' && cr === 0) return `(${bind}false) ? 0 : ${slow(a, b)}`;
  const other = cl !== null ? b : a;
  const expr = cl !== null ? `${cl} ${op} ${b}` : `${a} ${op} ${cr}`;
  const nonzero = op === '/' && cl !== null ? ` && ${b} !== 0` : '';
  return `(${bind}${other} < ${B}${nonzero} && !Number.isInteger(r = ${expr}) && r - r === 0) ? r : ${slow(a, b)}`;
}

/** `a / b` of immediates inline when the quotient is a float immediate (finite, not integral). */
function immediateDivision(left: string, right: string, slow: (a: string, b: string) => string): string {
  const [bind, a, b] = bindOperands(left, right);
  return `(${bind}${a} < ${B} && ${b} < ${B} && ${b} !== 0 && !Number.isInteger(r = ${a} / ${b}) && r - r === 0) ? r : ${slow(a, b)}`;
}

/**
 * `a op b` (op one of + - *) inline when both operands are immediates (ints or float
 * immediates, memory.ts): a non-integral result is a float immediate, and an integral one
 * is an int when both operands were ints and the result is exact. An integral result of
 * a float operand (a boxed float) and every other case go to the runtime's `slow`.
 * `+ 0` turns an int product's -0 into 0. Immediates are finite and below 2^53, so the
 * result is never NaN or infinite.
 *
 * The order of the tests follows the operands' likely type (`likelyInt`): in TurboFan code
 * `r | 0` of a float costs more than Number.isInteger, and Number.isInteger first costs
 * int code a little (docs/design.md, "Inline arithmetic").
 */
function immediateArith(left: string, right: string, op: string, intFirst: boolean, slow: (a: string, b: string) => string): string {
  const [bind, a, b] = bindOperands(left, right);
  const int32 = `(${a} | 0) === ${a} && (${b} | 0) === ${b}`;
  const wideInt = `r < ${B} && r > -${B} && Number.isInteger(${a}) && Number.isInteger(${b})`;
  const test = intFirst
    ? `((r = ${a} ${op} ${b}) | 0) === r && ${int32} || (Number.isInteger(r) ? ${wideInt} : true)`
    : `!Number.isInteger(r = ${a} ${op} ${b}) || ((r | 0) === r && ${int32}) || ${wideInt}`;
  return `(${bind}${a} < ${B} && ${b} < ${B} && (${test})) ? r + 0 : ${slow(a, b)}`;
}

/**
 * `a % b` and `a // b` inline for int32 operands with b > 0 (`i % 3`, `n // 2`): Python's
 * modulo takes the divisor's sign, so a negative JS remainder gets b added (and -0 becomes
 * 0); the floor quotient is then exact, (a - r) / b. Everything else goes to the runtime.
 */
function int32DivMod(left: string, right: string, floor: boolean, slow: (a: string, b: string) => string): string {
  const [bind, a, b] = bindOperands(left, right);
  const r = `((r = ${a} % ${b}) < 0 ? r + ${b} : r + 0)`;
  return `(${bind}(${a} | 0) === ${a} && (${b} | 0) === ${b} && ${b} > 0) ? ${floor ? `(${a} - ${r}) / ${b}` : r} : ${slow(a, b)}`;
}

/**
 * Whether e is likely an int, from its shape alone: an int literal, a bitwise operation, a
 * call of len/int/ord, or arithmetic with such an operand (`x * 31 + k`, `acc += x & 255`).
 */
function likelyInt(e: ast.Expr): boolean {
  switch (e.kind) {
    case NodeKind.Constant: return e.valueType === ConstantType.Int;
    case NodeKind.UnaryOp: return e.op !== UnaryOperator.Not && likelyInt(e.operand);
    case NodeKind.BinOp:
      switch (e.op) {
        case Operator.BitAnd: case Operator.BitOr: case Operator.BitXor: case Operator.LShift: case Operator.RShift: return true;
        case Operator.Add: case Operator.Sub: case Operator.Mult: case Operator.FloorDiv: case Operator.Mod: return likelyInt(e.left) || likelyInt(e.right);
        default: return false;
      }
    case NodeKind.Call: return e.func.kind === NodeKind.Name && (e.func.id === 'len' || e.func.id === 'int' || e.func.id === 'ord');
    default: return false;
  }
}
const binOpRuntime: Record<number, string> = {
  [Operator.Add]: 'add', [Operator.Sub]: 'sub', [Operator.Mult]: 'mul', [Operator.MatMult]: 'matmul',
  [Operator.Div]: 'truediv', [Operator.Mod]: 'mod', [Operator.Pow]: 'pow', [Operator.LShift]: 'lshift',
  [Operator.RShift]: 'rshift', [Operator.BitOr]: 'or', [Operator.BitXor]: 'xor', [Operator.BitAnd]: 'and',
  [Operator.FloorDiv]: 'floordiv',
};
/** Operator enum -> runtime BinOp number (runtime/operators.ts order). */
const binOpCode: Record<number, number> = {
  [Operator.Add]: 0, [Operator.Sub]: 1, [Operator.Mult]: 2, [Operator.Div]: 3, [Operator.FloorDiv]: 4,
  [Operator.Mod]: 5, [Operator.Pow]: 6, [Operator.LShift]: 7, [Operator.RShift]: 8, [Operator.BitAnd]: 9,
  [Operator.BitOr]: 10, [Operator.BitXor]: 11, [Operator.MatMult]: 12,
};
const cmpCode: Record<number, number> = { [CmpOperator.Lt]: 0, [CmpOperator.LtE]: 1, [CmpOperator.Eq]: 2, [CmpOperator.NotEq]: 3, [CmpOperator.Gt]: 4, [CmpOperator.GtE]: 5 };
const cmpJs: Record<number, string> = { [CmpOperator.Lt]: '<', [CmpOperator.LtE]: '<=', [CmpOperator.Eq]: '===', [CmpOperator.NotEq]: '!==', [CmpOperator.Gt]: '>', [CmpOperator.GtE]: '>=' };

/** Statements without nested statements (their temps are dead when they end). */
const SIMPLE_STATEMENTS = new Set<NodeKind>([NodeKind.Expr, NodeKind.Assign, NodeKind.AugAssign, NodeKind.AnnAssign, NodeKind.Delete]);

/** Builtins that read the calling frame (they find it through ts.callerFp). */
export const FRAME_READERS = new Set(['globals', 'locals', 'vars', 'dir', 'eval', 'exec', '__import__', 'compile', '_getframe']);

/**
 * Frame slots of an except* block: the caught exception, the part no handler has matched
 * yet, a list of what the handlers raised, the current handler's match, and the handled
 * exception of the surroundings, restored when the block is left.
 */
export interface ExceptStarSlots { orig: number; rest: number; raised: number; match: number; outer: number }
interface LoopLabels { brk: string; cont: string; finallyDepth: number }

export interface CompileContext {
  filename: string;
  scopes: Map<ast.Node | null, Scope>;
  source: string;
  /** Compile a nested scope into a code unit (set by compile.ts). */
  compileChild: (scope: Scope, node: ast.Node, qualname: string) => CodeUnit;
  optimize: number;
}

/** Does a statement/expression subtree contain a yield (not inside nested scopes)? */
export function containsYield(n: ast.Node | null | undefined): boolean {
  if (!n || typeof n !== 'object') return false;
  switch ((n as ast.Node).kind) {
    case NodeKind.Yield: case NodeKind.YieldFrom: case NodeKind.Await: case NodeKind.AsyncFor: case NodeKind.AsyncWith: return true;
    case NodeKind.FunctionDef: case NodeKind.AsyncFunctionDef: {
      const f = n as ast.FunctionDef;
      return f.decorator_list.some(containsYield) || f.args.defaults.some(containsYield) || f.args.kw_defaults.some((d) => d !== null && containsYield(d));
    }
    case NodeKind.ClassDef: {
      const c = n as ast.ClassDef;
      return c.decorator_list.some(containsYield) || c.bases.some(containsYield) || c.keywords.some((k) => containsYield(k.value));
    }
    case NodeKind.Lambda: return (n as ast.Lambda).args.defaults.some(containsYield);
    case NodeKind.ListComp: case NodeKind.SetComp: case NodeKind.DictComp: case NodeKind.GeneratorExp:
      return containsYield((n as ast.ListComp).generators[0].iter);
  }
  for (const key in n) {
    if (key === 'kind' || key === 'lineno' || key === 'col_offset' || key === 'end_lineno' || key === 'end_col_offset') continue;
    const v = (n as unknown as Record<string, unknown>)[key];
    if (Array.isArray(v)) { for (const x of v) if (x && typeof x === 'object' && 'kind' in x && containsYield(x as ast.Node)) return true; }
    else if (v && typeof v === 'object' && 'kind' in (v as object) && containsYield(v as ast.Node)) return true;
  }
  return false;
}

/** The first statement of every generated function: the heap views as locals. */
export const LOCAL_VIEWS = 'const S = S$, I = I$;';

/** Whether statements contain a `return` of their own function (not of a nested def). */
function containsReturn(stmts: ast.Stmt[]): boolean { return containsJump(stmts, [NodeKind.Return], false); }
/** Whether statements contain a break or continue of the loop around them. */
function containsLoopJump(stmts: ast.Stmt[]): boolean { return containsJump(stmts, [NodeKind.Break, NodeKind.Continue], true); }
function containsJump(stmts: ast.Stmt[], kinds: NodeKind[], stopAtLoops: boolean): boolean {
  const visit = (n: unknown): boolean => {
    if (!n || typeof n !== 'object') return false;
    if (Array.isArray(n)) return n.some(visit);
    if (!('kind' in (n as object))) return false;
    const kind = (n as ast.Node).kind;
    if (kinds.includes(kind)) return true;
    switch (kind) {
      case NodeKind.FunctionDef: case NodeKind.AsyncFunctionDef: case NodeKind.ClassDef: case NodeKind.Lambda: return false;
      case NodeKind.For: case NodeKind.While: case NodeKind.AsyncFor:
        if (stopAtLoops) return visit((n as ast.For).orelse);
    }
    for (const key in n as object) {
      if (key === 'kind') continue;
      const v = (n as Record<string, unknown>)[key];
      if (v && typeof v === 'object' && visit(v)) return true;
    }
    return false;
  };
  return visit(stmts);
}

export class FunctionCompiler {
  readonly lines: string[] = [];
  private indent = 1;
  readonly consts: ConstSpec[] = [];
  private constIndex = new Map<string, number>();
  /** Slot of each local/cell/free name. */
  readonly slots = new Map<string, number>();
  readonly varnames: string[] = [];
  private firstTemp = 0;
  private tempTop = 0;
  maxSlot = 0;
  private labelCounter = 0;
  private loops: LoopLabels[] = [];
  private finallyDepth = 0;
  private pendingSlots: number[] = [];
  private icCounter = 0;
  /** A fresh cache for one call site (runtime/callCache.ts), declared once per code object. */
  private callCache(): string {
    const ic = `CC${this.icCounter++}`;
    this.icDecls.push(`var ${ic} = R.newCallCache();`);
    return ic;
  }
  /** A fresh cache for one name site of a module or class body (rt.ts NameCache). */
  private nameCache(): string {
    const nc = `NC${this.icCounter++}`;
    this.icDecls.push(`var ${nc} = R.newNameCache();`);
    return nc;
  }
  /** A fresh inline cache for one attribute site (runtime/attributeCache.ts), declared once per code object. */
  private attrCache(): string {
    const ic = `AC${this.icCounter++}`;
    this.icDecls.push(`var ${ic} = R.newAttrCache();`);
    return ic;
  }
  readonly icDecls: string[] = [];
  /**
   * Source positions of the operations that can raise, 4 numbers per entry (line, end line,
   * column, end column; columns in UTF-8 bytes, -1 when unknown). The JS local `ln` holds the
   * index of the entry for the operation running now; tracebacks read it. Entry 0 is the
   * function's first line (filled in by compile.ts).
   */
  readonly positions: number[] = [-1, -1, -1, -1];
  private posIndex = new Map<string, number>();
  /** The entry `ln` is known to hold at the current point of the emitted code (-1: unknown). */
  private curPos = -1;
  /** Slot holding the currently handled exception saved by the innermost except. */
  readonly isDictLocals: boolean;

  constructor(readonly ctx: CompileContext, readonly scope: Scope, readonly qualname: string) {
    this.isDictLocals = scope.kind === ScopeKind.Module || scope.kind === ScopeKind.Class;
  }

  // ---- emission helpers -----------------------------------------------------------------
  emit(line: string): void { this.lines.push('  '.repeat(this.indent) + line); }
  // A block boundary is a control-flow join: `ln` may hold any entry after it.
  open(line: string): void { this.emit(line); this.indent++; this.curPos = -1; }
  close(line = '}'): void { this.indent--; this.emit(line); this.curPos = -1; }
  label(prefix: string): string { return `${prefix}${this.labelCounter++}`; }

  constant(c: ConstSpec): string {
    const key = JSON.stringify(c, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v instanceof Uint8Array ? Array.from(v) : Object.is(v, -0) ? '-0' : v));
    let i = c.kind === 'code' ? undefined : this.constIndex.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(c);
      if (c.kind !== 'code') this.constIndex.set(key, i);
    }
    return `K[${i}]`;
  }
  /** A float constant: a finite non-integral one is its own immediate (a JS literal). */
  floatConstant(v: number): string {
    if (Number.isFinite(v) && !Number.isInteger(v)) return String(v);
    return this.constant({ kind: 'float', value: v });
  }
  name(n: string): string { return this.constant({ kind: 'name', value: n }); }
  str(s: string): string { return this.constant({ kind: 'str', value: s }); }

  // ---- slots ----------------------------------------------------------------------------
  setupSlots(paramNames: string[], methodLocals: Set<string> = new Set()): void {
    let next = 1;
    const add = (n: string) => { if (!this.slots.has(n)) { this.slots.set(n, next++); this.varnames.push(n); } };
    for (const p of paramNames) add(p);
    if (!this.isDictLocals) {
      for (const [n, b] of this.scope.bindings) if (b === Binding.Local || b === Binding.Cell) add(n);
    }
    for (const n of this.scope.cellNames) add(n);
    for (const n of this.scope.freeNames) if (!this.slots.has(n)) { this.slots.set(n, next++); }
    // A method local's hidden slot for self (methodLocals.ts), after the named slots.
    for (const n of methodLocals) if (this.slots.has(n)) this.methodSelf.set(n, next++);
    this.firstTemp = next;
    this.tempTop = next;
    this.maxSlot = next;
  }
  slot(k: number): string { return `S[fp + ${k}]`; }
  allocTemp(): number {
    const t = this.tempTop++;
    if (this.tempTop > this.maxSlot) this.maxSlot = this.tempTop;
    if (this.tempTop > this.stmtHigh) this.stmtHigh = this.tempTop;
    return t;
  }
  get tempMark(): number { return this.tempTop; }
  set tempMark(m: number) { this.tempTop = m; }

  /** Store a JS expression into a new temp (at the current mark) and return its slot read. */
  toTemp(code: string, mark: number): string {
    this.tempTop = mark;
    const t = this.allocTemp();
    this.emit(`S[fp + ${t}] = ${code};`);
    return this.slot(t);
  }

  // ---- source positions (tracebacks) -----------------------------------------------------
  /** The position-table entry of a node (CPython's instruction location for it). */
  pos(n: ast.Located): number { return this.posOf(n.lineno, n.end_lineno ?? n.lineno, n.col_offset ?? -1, n.end_col_offset ?? -1); }
  posOf(line: number, endLine: number, col: number, endCol: number): number {
    const key = `${line},${endLine},${col},${endCol}`;
    let i = this.posIndex.get(key);
    if (i === undefined) {
      i = this.positions.length >> 2;
      this.positions.push(line, endLine, col, endCol);
      this.posIndex.set(key, i);
    }
    return i;
  }
  /** Two fresh consecutive entries (a method call and its attribute lookup: see rt.methodCall). */
  posPair(call: ast.Located, attr: ast.Located): number {
    const i = this.positions.length >> 2;
    for (const n of [call, attr]) this.positions.push(n.lineno, n.end_lineno, n.col_offset, n.end_col_offset);
    return i;
  }
  /** Emit `ln = p;` unless `ln` already holds p here. */
  at(p: number): void {
    if (p === this.curPos) return;
    // A store immediately overwritten is dropped.
    if (/^\s*ln = \d+;$/.test(this.lines[this.lines.length - 1] ?? '')) this.lines.pop();
    this.emit(`ln = ${p};`);
    this.curPos = p;
  }
  /** `ln = p, ` to prefix an operation inside an expression that always runs, or ''. */
  atExpr(p: number): string {
    if (p === this.curPos) return '';
    this.curPos = p;
    return `ln = ${p}, `;
  }
  /** `ln = p, ` for an operation on a conditional (slow) path, which leaves `ln` unknown. */
  atSlow(p: number): string {
    if (p === this.curPos) return '';
    this.curPos = -1;
    return `ln = ${p}, `;
  }
  /** `ln = p; ` before a statement that only raises (it never falls through). */
  atRaise(p: number): string { return p === this.curPos ? '' : `ln = ${p}; `; }
  /** Store a computation into a new temp, with `ln` set to the node's position first. */
  toTempAt(n: ast.Located, code: string, mark: number): string {
    this.at(this.pos(n));
    return this.toTemp(code, mark);
  }
  setLine(n: ast.Located): void { this.at(this.pos(n)); }
  /** Forget what `ln` holds (after control-flow joins). */
  resetLine(): void { this.curPos = -1; }

  // ---- statements -----------------------------------------------------------------------
  stmts(list: ast.Stmt[]): void { for (const s of list) this.stmt(s); }

  stmt(s: ast.Stmt): void {
    const mark = this.tempTop;
    const outerHigh = this.stmtHigh;
    this.stmtHigh = mark;
    this.setLine(s);
    switch (s.kind) {
      case NodeKind.Expr: {
        const v = this.expr(s.value);
        if (!this.isTrivial(v)) this.emit(`${v};`);
        break;
      }
      case NodeKind.Assign: {
        if (s.targets.length === 1 && s.targets[0].kind === NodeKind.Name && s.value.kind === NodeKind.Attribute && this.methodSelf.has(s.targets[0].id)) {
          this.methodLocalStore(s.targets[0].id, s.value, mark);
          break;
        }
        let v = this.expr(s.value);
        if (s.targets.length === 1 && s.targets[0].kind === NodeKind.Name && this.storeIntoLocal(s.targets[0].id, v)) break;
        if (s.targets.length > 1 || !this.isTrivial(v)) v = this.materialize(v, mark);
        for (const t of s.targets) this.assign(t, v);
        break;
      }
      case NodeKind.AugAssign: this.augAssign(s); break;
      case NodeKind.AnnAssign: this.annAssign(s); break;
      case NodeKind.Return: this.returnStmt(s); break;
      case NodeKind.Pass: break;
      case NodeKind.If: this.ifStmt(s); break;
      case NodeKind.While: this.whileStmt(s); break;
      case NodeKind.For: this.forStmt(s); break;
      case NodeKind.Break: this.breakStmt(s); break;
      case NodeKind.Continue: this.continueStmt(s); break;
      case NodeKind.FunctionDef: this.functionDef(s); break;
      case NodeKind.AsyncFunctionDef: this.functionDef(s); break;
      case NodeKind.ClassDef: this.classDef(s); break;
      case NodeKind.Raise: this.raiseStmt(s); break;
      case NodeKind.Try: this.tryStmt(s); break;
      case NodeKind.TryStar: this.tryStmt(s as unknown as ast.Try); break;
      case NodeKind.With: this.withStmt(s, 0); break;
      case NodeKind.Assert: this.assertStmt(s); break;
      case NodeKind.Delete: for (const t of s.targets) this.deleteTarget(t); break;
      case NodeKind.Global: case NodeKind.Nonlocal: break;
      case NodeKind.Import: this.importStmt(s); break;
      case NodeKind.ImportFrom: this.importFrom(s); break;
      case NodeKind.Match: this.matchStmt(s); break;
      case NodeKind.AsyncFor: case NodeKind.AsyncWith:
        throw new CompileError('SyntaxError', `'${s.kind === NodeKind.AsyncFor ? 'async for' : 'async with'}' outside async function`, s.lineno, s.col_offset + 1);
      case NodeKind.TypeAlias: {
        const v = this.expr(s.value);
        this.assign(s.name, `R.typeAlias(${this.str(s.name.id)}, ${v})`);
        break;
      }
    }
    // Temps are roots until overwritten. Module and class bodies run once and may live as
    // long as the program: a simple statement there outside loops clears what it left (an
    // argument, a call's result), so that it does not keep garbage alive. Elsewhere the
    // frame's end or the next statements clear them, and the stores would cost in loops.
    if (!this.scope.isFunctionLike() && this.loops.length === 0 && SIMPLE_STATEMENTS.has(s.kind)) this.clearSlots(mark, this.stmtHigh);
    this.stmtHigh = Math.max(outerHigh, this.stmtHigh);
    this.tempTop = mark;
  }
  /** The highest temp (exclusive) the statement being compiled has used. */
  private stmtHigh = 0;

  isTrivial(code: string): boolean { return /^(S\[fp \+ \d+\]|K\[\d+\]|-?\d+|R\.None|R\.True|R\.False)$/.test(code); }
  /** Make `code` safe to hold across further evaluation: temps and constants already are. */
  /**
   * `x = <value just computed into a temp>` for a local x: the computation stores into x's
   * slot directly (the temp had no other use). False if the shape does not fit.
   */
  private storeIntoLocal(id: string, v: string): boolean {
    const n = mangle(this.scope, id);
    if (this.scope.binding(n) !== Binding.Local) return false;
    const m = /^S\[fp \+ (\d+)\]$/.exec(v);
    if (!m || Number(m[1]) < this.firstTemp) return false;
    const last = this.lines.length - 1;
    const prefix = `${'  '.repeat(this.indent)}${v} = `;
    if (last < 0 || !this.lines[last].startsWith(prefix)) return false;
    this.lines[last] = `${'  '.repeat(this.indent)}S[fp + ${this.slots.get(n)}] = ${this.lines[last].slice(prefix.length)}`;
    return true;
  }

  materialize(code: string, mark: number): string {
    if (/^(K\[\d+\]|-?\d+|R\.None|R\.True|R\.False)$/.test(code)) return code;
    const m = /^S\[fp \+ (\d+)\]$/.exec(code);
    // A temp keeps its value; so does a local's slot where nothing can rebind a local
    // while an expression is evaluated (see localsStable).
    if (m && (Number(m[1]) >= this.firstTemp || this.localsStable)) return code;
    return this.toTemp(code, Math.max(mark, this.tempTop));
  }

  private returnStmt(s: ast.Return): void {
    if (this.scope.kind !== ScopeKind.Function && this.scope.kind !== ScopeKind.Lambda && this.scope.kind !== ScopeKind.Comprehension) {
      throw new CompileError('SyntaxError', "'return' outside function", s.lineno, s.col_offset + 1, s.end_lineno, s.end_col_offset + 1);
    }
    const v = s.value ? this.expr(s.value) : 'R.None';
    if (this.pendingSlots.length && !this.isConstantCode(v)) {
      // Enclosing finally blocks or __exit__ methods run before the value reaches the caller.
      const slot = this.pendingSlots[0];
      this.emit(`S[fp + ${slot}] = ${v};`);
      this.emit(`return S[fp + ${slot}];`);
      return;
    }
    this.emit(`return ${v};`);
  }
  private isConstantCode(code: string): boolean { return /^(K\[\d+\]|-?\d+|R\.None|R\.True|R\.False)$/.test(code); }

  private ifStmt(s: ast.If): void {
    this.open(`if (${this.test(s.test, this.pos(s))}) {`);
    this.stmts(s.body);
    this.resetLine();
    if (s.orelse.length) {
      this.indent--; this.open('} else {');
      this.stmts(s.orelse);
      this.resetLine();
    }
    this.close();
  }

  private whileStmt(s: ast.While): void {
    if (this.outlines(s)) { this.outlined(s, () => this.whileStmt(s)); return; }
    const brk = this.label('brk'), cont = this.label('cont');
    this.open(`${brk}: {`);
    this.open(`${cont}: while (true) {`);
    this.resetLine();
    this.setLine(s);
    this.emit(`if (!(${this.test(s.test, this.pos(s))})) break;`);
    this.loops.push({ brk, cont, finallyDepth: this.finallyDepth });
    this.stmts(s.body);
    this.loops.pop();
    // A signal delivered at the back-edge is located like CPython's backward jump: the
    // loop's test (a comparison) or the while statement.
    this.emit(`if (I[POLL] !== 0) { ln = ${this.whileJumpPos(s)}; R.safepoint(); }`);
    this.resetLine();
    this.close();
    this.stmts(s.orelse);
    this.resetLine();
    this.close();
  }
  /**
   * A loop nested in another loop of this function is compiled as a JS function of its own,
   * called where the loop stands: every JS function then holds one level of loops. V8
   * compiles a long-running loop on stack replacement while its function is still in the
   * loop's first iterations; code that has not run yet has no type feedback and deoptimizes
   * the new code when it first runs. With nested loops in one function that code is the
   * outer loop's tail (matmul: the optimized code was dropped at the end of the first row
   * and rebuilt 60 ms later; docs/design.md, "Loops outlined"). A function's own loop jumps
   * back only after its whole body has run, so its tail has feedback.
   * The outlined loop shares the frame (locals and temps are frame slots); it has its own
   * `ln` (starting at the caller's) and scratch variables, so the caller's stay registers.
   * An exception leaving it gets this frame's traceback entry from it (catchException
   * notes the frame, so the caller's handlers do not add a second one); `return` inside it
   * hands the value out.
   */
  private outlined(s: ast.For | ast.While, emitLoop: () => void): void {
    const returns = containsReturn([s]);
    const rv = returns ? this.label('rv') : '';
    this.open(`${returns ? `const ${rv} = ` : ''}((fp, ln) => {`);
    this.emit(LOCAL_VIEWS);
    this.emit('let r = 0, x = 0, y = 0, z = 0;');
    this.open('try {');
    this.outlineNext = false;
    emitLoop();
    this.indent--; this.open('} catch (e) {');
    this.emit('throw R.catchException(e, fp, ln);');
    this.close();
    this.close('})(fp, ln);');
    if (returns) this.emit(`if (${rv} !== undefined) return ${rv};`);
  }
  /**
   * Outline the loop about to be compiled: it is nested in a loop, not yet outlined, and its
   * else block does not break or continue the enclosing loop (a jump out of the JS function).
   */
  private outlines(s: ast.For | ast.While): boolean {
    if (!this.outlineNext) { this.outlineNext = true; return false; }
    return this.outlinesLoops && this.loops.length > 0 && !containsLoopJump(s.orelse);
  }
  /** Loops in generators stay in the resumable function (generator.ts). */
  protected outlinesLoops = true;
  /** False while the loop that outlined() wraps is compiled (it must not wrap it again). */
  private outlineNext = true;
  whileJumpPos(s: ast.While): number { return this.pos(s.test.kind === NodeKind.Compare ? s.test : s); }

  private forStmt(s: ast.For): void {
    if (this.outlines(s)) { this.outlined(s, () => this.forStmt(s)); return; }
    const mark = this.tempTop;
    const it = this.allocTemp();
    const brk = this.label('brk'), cont = this.label('cont');
    const rangeCall = this.rangeCallArgs(s.iter);
    let fast = '';
    if (rangeCall) {
      // for x in range(a[, b[, c]]): when `range` is the builtin and the bounds are small
      // ints, count in JS locals (ints are immediates: nothing for the collector to see).
      const callee = this.materialize(this.expr(rangeCall.func), this.tempTop);
      const args = rangeCall.args.map((a) => this.materialize(this.expr(a), this.tempTop));
      fast = this.label('rf');
      this.at(this.pos(rangeCall));
      this.emit(`const ${fast} = R.rangeLoop(${callee}, [${args.join(', ')}], fp + ${it});`);
    } else {
      const iter = this.expr(s.iter);
      this.emit(`S[fp + ${it}] = (${this.atExpr(this.pos(s))}R.getIter(${iter}));`);
      // Temps are roots until overwritten: the iterable's must not keep it alive past the
      // loop (a generator left by `break` is closed when it dies: generatorFinalizer.ts).
      this.clearSlots(it + 1, this.tempTop);
    }
    // GET_ITER and FOR_ITER have the for statement's position.
    const forPos = this.pos(s);
    this.tempTop = it + 1;
    this.open(`${brk}: {`);
    // The loop's bounds in JS constants: the body's calls cannot change them, but V8
    // would reload object fields after every call. A slow loop has start = stop = 0.
    const stepped = fast !== '' && rangeCall!.args.length === 3;
    if (fast) this.emit(`let ${fast}_i = ${fast}.start; const ${fast}_stop = ${fast}.stop, ${fast}_fast = ${fast}.fast${stepped ? `, ${fast}_step = ${fast}.step` : ''};`);
    this.open(`${cont}: while (true) {`);
    if (fast && !stepped) {
      // Step 1: one comparison per iteration on the fast path.
      this.emit(`let v;`);
      this.emit(`if (${fast}_i < ${fast}_stop) v = ${fast}_i++;`);
      this.emit(`else if (${fast}_fast) break;`);
      this.emit(`else { ln = ${forPos}; v = R.iterNext(S[fp + ${it}]); if (v === NULL) break; }`);
    } else if (fast) {
      this.emit(`let v;`);
      this.emit(`if (${fast}_fast) { if (${fast}_step > 0 ? ${fast}_i >= ${fast}_stop : ${fast}_i <= ${fast}_stop) break; v = ${fast}_i; ${fast}_i += ${fast}_step; }`);
      this.emit(`else { ln = ${forPos}; v = R.iterNext(S[fp + ${it}]); if (v === NULL) break; }`);
    } else {
      this.emit(`const v = (${this.atExpr(forPos)}R.iterNext(S[fp + ${it}]));`);
      this.emit('if (v === NULL) break;');
    }
    this.resetLine();
    if (s.target.kind === NodeKind.Name) this.assign(s.target, 'v');
    else {
      const t = this.allocTemp();
      this.emit(`S[fp + ${t}] = v;`);
      this.assign(s.target, this.slot(t));
      this.tempTop = it + 1;
    }
    this.loops.push({ brk, cont, finallyDepth: this.finallyDepth });
    this.stmts(s.body);
    this.loops.pop();
    this.emit('if (I[POLL] !== 0) R.safepoint();');
    this.resetLine();
    this.close();
    this.stmts(s.orelse);
    this.resetLine();
    this.close();
    if (!fast) this.emit(`S[fp + ${it}] = NULL;`);
    this.tempTop = mark;
  }
  /** Store NULL in temps [from, to): what they held is garbage from here on. */
  private clearSlots(from: number, to: number): void {
    if (to > from) this.emit(`${Array.from({ length: to - from }, (_, i) => `S[fp + ${from + i}]`).join(' = ')} = NULL;`);
  }

  /** `range(...)` called by name with 1-3 plain positional arguments, else null. */
  private rangeCallArgs(e: ast.Expr): ast.Call | null {
    if (e.kind !== NodeKind.Call || e.func.kind !== NodeKind.Name || e.func.id !== 'range') return null;
    if (e.keywords.length || e.args.length < 1 || e.args.length > 3 || e.args.some((a) => a.kind === NodeKind.Starred)) return null;
    return e;
  }

  private breakStmt(s: ast.Break): void {
    const l = this.loops[this.loops.length - 1];
    if (!l) throw new CompileError('SyntaxError', "'break' outside loop", s.lineno, s.col_offset + 1, s.end_lineno, s.end_col_offset + 1);
    this.emit(`break ${l.brk};`);
  }
  private continueStmt(s: ast.Continue): void {
    const l = this.loops[this.loops.length - 1];
    if (!l) throw new CompileError('SyntaxError', "'continue' not properly in loop", s.lineno, s.col_offset + 1, s.end_lineno, s.end_col_offset + 1);
    this.emit('if (I[POLL] !== 0) R.safepoint();');
    this.emit(`continue ${l.cont};`);
  }

  private raiseStmt(s: ast.Raise): void {
    const p = this.pos(s);
    if (!s.exc) { this.emit(`${this.atRaise(p)}R.reraise(fp);`); return; }
    const mark = this.tempTop;
    let e = this.expr(s.exc);
    if (s.cause) {
      e = this.materialize(e, mark);
      const c = this.expr(s.cause);
      this.emit(`${this.atRaise(p)}R.raiseFrom(${e}, ${c});`);
    } else this.emit(`${this.atRaise(p)}R.raise(${e});`);
  }

  private assertStmt(s: ast.Assert): void {
    if (this.ctx.optimize > 0) return;
    // CPython 3.11 gives the raise the test's position when the test is a comparison.
    const p = s.test.kind === NodeKind.Compare ? this.pos(s.test) : this.pos(s);
    this.open(`if (!(${this.test(s.test, p)})) {`);
    if (s.msg) {
      const m = this.expr(s.msg);
      this.emit(`${this.atRaise(p)}R.assertFail(${m});`);
    } else this.emit(`${this.atRaise(p)}R.assertFail(NULL);`);
    this.close();
    this.resetLine();
  }

  /**
   * try/except/else/finally. The exception is stored in a slot before any handler code
   * runs; the previously handled exception is saved in a slot and restored on exit.
   */
  private tryStmt(s: ast.Try): void {
    if (s.finalbody.length) {
      // exc: the exception the finally block runs for (NULL when none); prev: the handled
      // exception of the surroundings, restored when the finally block ends. A return value
      // waiting for the finally block sits in the pending slot (returnStmt).
      const mark = this.tempTop;
      this.pendingSlot();
      const exc = this.allocTemp(), prev = this.allocTemp();
      this.emit(`S[fp + ${exc}] = NULL;`);
      this.open('try {');
      this.finallyDepth++;
      if (s.handlers.length) this.tryExcept(s); else { this.stmts(s.body); this.resetLine(); }
      this.finallyDepth--;
      // The traceback entry is the raising operation's: take it before the finally block
      // runs (and moves `ln`).
      this.indent--; this.open('} catch (e) {');
      this.emit(`const pe = R.catchException(e, fp, ln);`);
      this.emit(`S[fp + ${exc}] = pe.exc;`);
      this.emit('throw pe;');
      this.indent--; this.open('} finally {');
      // After an exception the finally block runs with it as the handled exception (so
      // exceptions raised there get it as __context__).
      this.emit(`if (S[fp + ${exc}] !== NULL) { S[fp + ${prev}] = R.getHandled(); R.setHandled(S[fp + ${exc}]); }`);
      this.open('try {');
      this.stmts(s.finalbody);
      this.indent--; this.open('} finally {');
      this.emit(`if (S[fp + ${exc}] !== NULL) R.setHandled(S[fp + ${prev}]);`);
      this.close();
      this.close();
      this.pendingSlots.pop();
      this.tempTop = mark;
      return;
    }
    this.tryExcept(s);
  }

  /**
   * try/except*: each handler takes the part of the exception (group) its types match; what
   * the handlers raise and the unmatched rest are combined as CPython's PREP_RERAISE_STAR
   * does (objects/exceptions.ts prepReraiseStar). The generator compiler lays out the same
   * steps (exceptStarBegin, exceptStarMatch, exceptStarRaised, exceptStarEnd) as cases.
   */
  private tryExceptStar(s: ast.Try): void {
    this.checkExceptStarHandlers(s);
    this.tryCatchElse(s, () => this.exceptStarHandlers(s));
  }
  private exceptStarHandlers(s: ast.Try): void {
    const st = this.exceptStarBegin('pe.exc');
    this.open('try {');
    for (const h of s.handlers) {
      this.exceptStarMatch(h, st);
      this.open(`if (S[fp + ${st.match}] !== R.None) {`);
      this.exceptStarHandlerStart(h, st);
      this.open('try {');
      this.stmts(h.body);
      this.resetLine();
      this.indent--; this.open('} catch (e) {');
      this.exceptStarRaised(st, 'R.catchException(e, fp, ln).exc');
      this.indent--; this.open('} finally {');
      this.exceptStarHandlerEnd(h, st);
      this.close();
      this.close();
    }
    this.indent--; this.open('} catch (e) {');
    this.exceptStarRestore(st);
    this.emit('throw R.catchException(e, fp, ln);');
    this.close();
    this.exceptStarEnd(st);
  }

  /** CPython's compile-time checks of except* handlers: a type is required, no exits. */
  protected checkExceptStarHandlers(s: ast.Try): void {
    for (const h of s.handlers) this.checkNoExitInExceptStar(h.body, false);
  }

  /**
   * The caught exception `exc` enters except* matching: slots for the matching state. It is
   * the handled exception while the handlers' types are evaluated (the context of what
   * they raise), as in CPython.
   */
  protected exceptStarBegin(exc: string): ExceptStarSlots {
    const st: ExceptStarSlots = { orig: this.allocTemp(), rest: this.allocTemp(), raised: this.allocTemp(), match: this.allocTemp(), outer: this.allocTemp() };
    this.emit(`S[fp + ${st.orig}] = ${exc}; S[fp + ${st.rest}] = S[fp + ${st.orig}];`);
    this.emit(`S[fp + ${st.raised}] = R.buildList([]);`);
    this.emit(`S[fp + ${st.outer}] = R.getHandled(); R.setHandled(S[fp + ${st.orig}]);`);
    return st;
  }
  /** Split off the part of the rest that handler h matches into the match slot (None: none). */
  protected exceptStarMatch(h: ast.ExceptHandler, st: ExceptStarSlots): void {
    const hm = this.tempTop;
    const t = this.expr(h.type!);
    this.at(this.pos(h));
    this.emit(`{ const m = R.exceptStarMatch(S[fp + ${st.rest}], ${t}); S[fp + ${st.match}] = m.match; S[fp + ${st.rest}] = m.rest; }`);
    this.tempTop = hm;
  }
  /** A handler's body raised `exc`. */
  protected exceptStarRaised(st: ExceptStarSlots, exc: string): void {
    this.emit(`R.listAppend(S[fp + ${st.raised}], ${exc});`);
  }
  /** A handler's body starts: its match is the handled exception and bound to its name. */
  protected exceptStarHandlerStart(h: ast.ExceptHandler, st: ExceptStarSlots): void {
    this.emit(`R.setHandled(S[fp + ${st.match}]);`);
    if (h.name) this.assignName(h.name, `S[fp + ${st.match}]`);
  }
  /** A handler's body ended (either way): the whole exception is handled again, the name unbound. */
  protected exceptStarHandlerEnd(h: ast.ExceptHandler, st: ExceptStarSlots): void {
    this.emit(`R.setHandled(S[fp + ${st.orig}]);`);
    if (h.name) this.deleteName(h.name, true);
  }
  /** Leaving the except* block (also when matching raised): the surroundings' handled exception again. */
  protected exceptStarRestore(st: ExceptStarSlots): void {
    this.emit(`R.setHandled(S[fp + ${st.outer}]);`);
  }
  /** After the handlers: raise what they raised with the unmatched rest, if anything. */
  protected exceptStarEnd(st: ExceptStarSlots): void {
    this.exceptStarRestore(st);
    this.emit(`R.listAppend(S[fp + ${st.raised}], S[fp + ${st.rest}]);`);
    this.emit(`{ const out = R.prepReraiseStar(S[fp + ${st.orig}], S[fp + ${st.raised}]); if (out !== R.None) R.rethrow(out, fp); }`);
  }

  /** break, continue and return may not leave an except* block (CPython's compiler check). */
  private checkNoExitInExceptStar(body: ast.Stmt[], inLoop: boolean): void {
    const visit = (n: unknown, loop: boolean): void => {
      if (!n || typeof n !== 'object') return;
      if (Array.isArray(n)) { for (const x of n) visit(x, loop); return; }
      const node = n as ast.Node;
      switch (node.kind) {
        case NodeKind.FunctionDef: case NodeKind.AsyncFunctionDef: case NodeKind.ClassDef: case NodeKind.Lambda: return;
        case NodeKind.Return: case NodeKind.Break: case NodeKind.Continue:
          if (node.kind === NodeKind.Return || !loop) {
            throw new CompileError('SyntaxError', "'break', 'continue' and 'return' cannot appear in an except* block", node.lineno, node.col_offset + 1, node.end_lineno, node.end_col_offset + 1);
          }
          return;
        case NodeKind.For: case NodeKind.While: case NodeKind.AsyncFor:
          visit((node as ast.For).body, true); visit((node as ast.For).orelse, loop); return;
      }
      for (const k in node) if (k !== 'kind') visit((node as unknown as Record<string, unknown>)[k], loop);
    };
    visit(body, inLoop);
  }

  /**
   * A slot for what a finally block (or a with statement's __exit__) holds pending: the
   * function's return value (returns use the outermost such slot, which every inner one's
   * code runs above). Pushed on pendingSlots; the caller pops it.
   */
  private pendingSlot(): number {
    const pend = this.allocTemp();
    this.pendingSlots.push(pend);
    return pend;
  }

  /**
   * try with handlers: the body in a JS try whose catch takes the exception (`pe`, with this
   * frame's traceback entry) and runs `handlers`; the else block runs after a body that
   * raised nothing.
   */
  private tryCatchElse(s: ast.Try, handlers: () => void): void {
    const okFlag = s.orelse.length ? this.label('ok') : '';
    if (okFlag) this.emit(`let ${okFlag} = false;`);
    this.open('try {');
    this.stmts(s.body);
    if (okFlag) this.emit(`${okFlag} = true;`);
    this.resetLine();
    this.indent--; this.open('} catch (e) {');
    const mark = this.tempTop;
    this.emit(`const pe = R.catchException(e, fp, ln);`);
    handlers();
    this.tempTop = mark;
    this.close();
    if (okFlag) {
      this.open(`if (${okFlag}) {`);
      this.stmts(s.orelse);
      this.resetLine();
      this.close();
    }
  }

  private tryExcept(s: ast.Try): void {
    if ((s as ast.Node).kind === NodeKind.TryStar) { this.tryExceptStar(s); return; }
    this.tryCatchElse(s, () => this.exceptHandlers(s));
  }
  private exceptHandlers(s: ast.Try): void {
    const exSlot = this.allocTemp();
    const prevSlot = this.allocTemp();
    this.emit(`S[fp + ${exSlot}] = pe.exc;`);
    // The handlers' types are evaluated and matched with the exception as the handled one
    // (the context of what they raise), as are the handler bodies; the surroundings' handled
    // exception is restored however the statement is left.
    this.emit(`S[fp + ${prevSlot}] = R.getHandled(); R.setHandled(S[fp + ${exSlot}]);`);
    this.open('try {');
    // Handlers nest as if/else so that each handler's type expression is evaluated only
    // when the previous ones did not match.
    let depth = 0;
    for (const h of s.handlers) {
      const hm = this.tempTop;
      let cond = 'true';
      if (h.type) {
        const t = this.expr(h.type);
        cond = `(${this.atSlow(this.pos(h))}R.excMatches(S[fp + ${exSlot}], ${t}))`;
      }
      this.open(`if (${cond}) {`);
      this.tempTop = hm;
      if (h.name) {
        this.open('try {');
        this.assignName(h.name, `S[fp + ${exSlot}]`);
      }
      this.stmts(h.body);
      this.resetLine();
      if (h.name) {
        this.indent--; this.open('} finally {');
        this.deleteName(h.name, true);
        this.close();
      }
      this.indent--; this.open('} else {');
      depth++;
      if (!h.type) break;
    }
    this.emit('throw pe;');
    for (let i = 0; i < depth; i++) this.close();
    this.indent--; this.open('} finally {');
    this.emit(`R.setHandled(S[fp + ${prevSlot}]);`);
    this.close();
  }

  /** with A as a, B as b: nested context managers, one per item. */
  private withStmt(s: ast.With, i: number): void {
    if (i >= s.items.length) { this.stmts(s.body); this.resetLine(); return; }
    const item = s.items[i];
    const mark = this.tempTop;
    const mgr = this.allocTemp(), exit = this.allocTemp(), ex = this.allocTemp();
    const pend = this.pendingSlot(); // __exit__ runs Python code while a return value is pending
    this.emit(`S[fp + ${mgr}] = ${this.expr(item.context_expr)};`);
    this.tempTop = ex + 1;
    // BEFORE_WITH and the __exit__ calls have the with statement's position.
    const wp = this.pos(s);
    this.at(wp);
    this.emit(`S[fp + ${exit}] = R.withExit(S[fp + ${mgr}]);`);
    const entered = `R.withEnter(S[fp + ${mgr}])`;
    const flag = this.label('exc');
    if (item.optional_vars) {
      const t = this.allocTemp();
      this.emit(`S[fp + ${t}] = ${entered};`);
      this.emit(`let ${flag} = false;`);
      this.open('try {');
      this.assign(item.optional_vars, this.slot(t));
    } else {
      this.emit(`${entered};`);
      this.emit(`let ${flag} = false;`);
      this.open('try {');
    }
    this.withStmt(s, i + 1);
    this.indent--; this.open('} catch (e) {');
    this.emit(`${flag} = true;`);
    this.emit('const pe = R.catchException(e, fp, ln);');
    this.emit(`S[fp + ${ex}] = pe.exc;`);
    this.emit(`ln = ${wp};`);
    this.emit(`if (!R.withExitException(S[fp + ${exit}], S[fp + ${mgr}], S[fp + ${ex}])) throw pe;`);
    this.indent--; this.open('} finally {');
    this.emit(`if (!${flag}) { ln = ${wp}; R.withExitNormal(S[fp + ${exit}], S[fp + ${mgr}]); }`);
    this.close();
    this.resetLine();
    this.pendingSlots.pop();
    this.tempTop = mark;
  }

  private augAssign(s: ast.AugAssign): void {
    const op = binOpCode[s.op];
    const t = s.target;
    const mark = this.tempTop;
    // The in-place operation has the statement's position; loads and stores the target's.
    const p = this.pos(s);
    if (t.kind === NodeKind.Name) {
      const cur = this.loadName(t.id, t);
      const curM = this.isTrivial(cur) ? cur : this.materialize(cur, mark);
      const v = this.expr(s.value);
      this.assignName(t.id, this.inplace(s.op, op, curM, v, p, s.value));
      return;
    }
    if (t.kind === NodeKind.Attribute) {
      const obj = this.materialize(this.expr(t.value), mark);
      const cur = this.toTempAt(t, `R.loadAttr(${obj}, ${this.name(mangle(this.scope, t.attr))}, ${this.attrCache()})`, this.tempTop);
      const v = this.expr(s.value);
      const res = this.toTemp(this.inplace(s.op, op, cur, v, p, s.value), this.tempTop);
      this.at(this.pos(t));
      this.emit(`R.storeAttr(${obj}, ${this.name(mangle(this.scope, t.attr))}, ${res}, ${this.attrCache()});`);
      return;
    }
    if (t.kind === NodeKind.Subscript) {
      const obj = this.materialize(this.expr(t.value), mark);
      const key = this.materialize(this.expr(t.slice), this.tempTop);
      const cur = this.toTempAt(t, `R.getItem(${obj}, ${key})`, this.tempTop);
      const v = this.expr(s.value);
      const res = this.toTemp(this.inplace(s.op, op, cur, v, p, s.value), this.tempTop);
      this.at(this.pos(t));
      this.emit(`R.setItem(${obj}, ${key}, ${res});`);
      return;
    }
    throw new CompileError('SyntaxError', "'expression' is an illegal expression for augmented assignment", s.lineno, s.col_offset + 1);
  }
  /** a op= b, where `value` is b's expression (its shape picks the order of the inline tests). */
  private inplace(astOp: Operator, op: number, a: string, b: string, p: number, value: ast.Expr): string {
    const intFirst = likelyInt(value);
    if (astOp === Operator.Add) return immediateArith(a, b, '+', intFirst, (x, y) => `(${this.atSlow(p)}R.iaddSlow(${x}, ${y}))`);
    if (astOp === Operator.Sub) return immediateArith(a, b, '-', intFirst, (x, y) => `(${this.atSlow(p)}R.isubSlow(${x}, ${y}))`);
    if (astOp === Operator.Mult) return immediateArith(a, b, '*', intFirst, (x, y) => `(${this.atSlow(p)}R.imulSlow(${x}, ${y}))`);
    return `(${this.atExpr(p)}R.inplace(${a}, ${b}, ${op}))`;
  }

  private annAssign(s: ast.AnnAssign): void {
    const mark = this.tempTop;
    if (s.value) {
      const v = this.materialize(this.expr(s.value), mark);
      this.assign(s.target, v);
    }
    if (s.target.kind === NodeKind.Name && s.simple && this.isDictLocals) {
      const ann = this.expr(s.annotation);
      this.emit(`R.storeAnnotation(L, ${this.name(mangle(this.scope, s.target.id))}, ${ann});`);
    }
  }

  // ---- assignment -----------------------------------------------------------------------
  assign(t: ast.Expr, v: string): void {
    switch (t.kind) {
      case NodeKind.Name: this.assignName(t.id, v); break;
      case NodeKind.Attribute: {
        const mark = this.tempTop;
        const vv = this.materialize(v, mark);
        const obj = this.expr(t.value);
        this.at(this.pos(t));
        this.emit(`R.storeAttr(${obj}, ${this.name(mangle(this.scope, t.attr))}, ${vv}, ${this.attrCache()});`);
        this.tempTop = mark;
        break;
      }
      case NodeKind.Subscript: {
        const mark = this.tempTop;
        const vv = this.materialize(v, mark);
        const obj = this.materialize(this.expr(t.value), this.tempTop);
        const key = this.expr(t.slice);
        this.at(this.pos(t));
        this.emit(`R.setItem(${obj}, ${key}, ${vv});`);
        this.tempTop = mark;
        break;
      }
      case NodeKind.Tuple: case NodeKind.List: {
        const mark = this.tempTop;
        const vv = this.materialize(v, mark);
        const star = t.elts.findIndex((e) => e.kind === NodeKind.Starred);
        const base = this.tempTop;
        for (let i = 0; i < t.elts.length; i++) this.allocTemp();
        this.at(this.pos(t));
        if (star < 0) this.emit(`R.unpack(${vv}, ${t.elts.length}, fp + ${base});`);
        else {
          if (t.elts.findIndex((e, i) => i > star && e.kind === NodeKind.Starred) >= 0) throw new CompileError('SyntaxError', 'multiple starred expressions in assignment', t.lineno, t.col_offset + 1);
          this.emit(`R.unpackEx(${vv}, ${star}, ${t.elts.length - star - 1}, fp + ${base});`);
        }
        t.elts.forEach((e, i) => this.assign(e.kind === NodeKind.Starred ? e.value : e, this.slot(base + i)));
        this.tempTop = mark;
        break;
      }
      case NodeKind.Starred:
        throw new CompileError('SyntaxError', 'starred assignment target must be in a list or tuple', t.lineno, t.col_offset + 1);
      default:
        throw new CompileError('SyntaxError', 'cannot assign to expression', t.lineno, t.col_offset + 1);
    }
  }

  assignName(id: string, v: string): void {
    const n = mangle(this.scope, id);
    const b = this.scope.binding(n);
    switch (b) {
      case Binding.Local: this.emit(`S[fp + ${this.slots.get(n)}] = ${v};`); break;
      case Binding.Cell: case Binding.Free: this.emit(`R.cellSet(S[fp + ${this.slots.get(n)}], ${v});`); break;
      case Binding.GlobalExplicit: case Binding.GlobalImplicit: this.emit(`R.storeGlobal(G, ${this.name(n)}, ${v});`); break;
      case Binding.Name: case Binding.ClassDeref: this.emit(`R.storeNameCached(L, ${this.name(n)}, ${v}, ${this.nameCache()});`); break;
    }
  }

  protected deleteName(id: string, silent = false, node: ast.Located | null = null): void {
    const n = mangle(this.scope, id);
    const b = this.scope.binding(n);
    if (node) this.at(this.pos(node));
    switch (b) {
      case Binding.Local:
        if (!silent) this.emit(`if (S[fp + ${this.slots.get(n)}] === NULL) R.unboundLocal(${JSON.stringify(n)});`);
        this.emit(`S[fp + ${this.slots.get(n)}] = NULL;`);
        break;
      case Binding.Cell: case Binding.Free:
        if (!silent) this.emit(`if (R.cellGet(S[fp + ${this.slots.get(n)}]) === NULL) R.unboundLocal(${JSON.stringify(n)});`);
        this.emit(`R.cellSet(S[fp + ${this.slots.get(n)}], NULL);`);
        break;
      case Binding.GlobalExplicit: case Binding.GlobalImplicit: this.emit(`R.delGlobal(G, ${this.name(n)}${silent ? ', true' : ''});`); break;
      default: this.emit(`R.delName(L, ${this.name(n)}${silent ? ', true' : ''});`); break;
    }
  }

  private deleteTarget(t: ast.Expr): void {
    const mark = this.tempTop;
    switch (t.kind) {
      case NodeKind.Name: this.deleteName(t.id, false, t); break;
      case NodeKind.Attribute: {
        const obj = this.expr(t.value);
        this.at(this.pos(t));
        this.emit(`R.delAttr(${obj}, ${this.name(mangle(this.scope, t.attr))});`);
        break;
      }
      case NodeKind.Subscript: {
        const obj = this.materialize(this.expr(t.value), mark);
        const key = this.expr(t.slice);
        this.at(this.pos(t));
        this.emit(`R.delItem(${obj}, ${key});`);
        break;
      }
      case NodeKind.Tuple: case NodeKind.List: for (const e of t.elts) this.deleteTarget(e); break;
      default: throw new CompileError('SyntaxError', 'cannot delete expression', t.lineno, t.col_offset + 1);
    }
    this.tempTop = mark;
  }

  // ---- definitions ----------------------------------------------------------------------
  /** Closure tuple for a child scope: its free variables' cells from this frame. */
  closureFor(child: Scope): string {
    if (child.freeNames.length === 0) return 'NULL';
    const cells = child.freeNames.map((n) => {
      const k = this.slots.get(n);
      if (k === undefined) throw new Error(`compiler: no cell for free variable ${n} in ${this.qualname}`);
      return `S[fp + ${k}]`;
    });
    return `R.buildTuple([${cells.join(', ')}])`;
  }

  childQualname(name: string): string {
    if (this.scope.kind === ScopeKind.Module) return name;
    if (this.scope.kind === ScopeKind.Class) return `${this.qualname}.${name}`;
    return `${this.qualname}.<locals>.${name}`;
  }

  /** Evaluate defaults/annotations and build the function object; returns its temp. */
  makeFunction(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda, name: string): string {
    const scope = this.ctx.scopes.get(node)!;
    const mark = this.tempTop;
    const args = node.args;
    let defaults = 'NULL';
    if (args.defaults.length) {
      const parts = args.defaults.map((d) => this.materialize(this.expr(d), this.tempTop));
      defaults = this.toTemp(`R.buildTuple([${parts.join(', ')}])`, this.tempTop);
    }
    let kwdefaults = 'NULL';
    const kwd = args.kwonlyargs.map((a, i) => [a.arg, args.kw_defaults[i]] as const).filter(([, d]) => d !== null);
    if (kwd.length) {
      const d = this.toTemp('R.newDict()', this.tempTop);
      for (const [n, e] of kwd) {
        const v = this.expr(e!);
        this.emit(`R.dictSet(${d}, ${this.name(mangle(scope, n))}, ${v});`);
      }
      kwdefaults = d;
    }
    let annotations = 'NULL';
    if (node.kind !== NodeKind.Lambda) {
      const anns: [string, ast.Expr][] = [];
      for (const a of [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])]) {
        if (a.annotation) anns.push([mangle(scope, a.arg), a.annotation]);
      }
      if (node.returns) anns.push(['return', node.returns]);
      if (anns.length) {
        const d = this.toTemp('R.newDict()', this.tempTop);
        for (const [n, e] of anns) this.emit(`R.dictSet(${d}, ${this.str(n)}, ${this.expr(e)});`);
        annotations = d;
      }
    }
    const qual = this.childQualname(name);
    const unit = this.ctx.compileChild(scope, node, qual);
    const code = this.constant({ kind: 'code', unit });
    return this.toTemp(`R.makeFunction(${code}, G, ${defaults}, ${kwdefaults}, ${this.closureFor(scope)}, ${annotations})`, mark);
  }

  private functionDef(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    const mark = this.tempTop;
    const decos = s.decorator_list.map((d) => { this.setLine(d); return this.materialize(this.expr(d), this.tempTop); });
    this.setLine(s);
    let f = this.makeFunction(s, s.name);
    // Each decorator's call has the decorator expression's position.
    for (let i = decos.length - 1; i >= 0; i--) f = this.toTempAt(s.decorator_list[i], `R.call1(${decos[i]}, ${this.callCache()}, ${f})`, this.tempTop);
    this.assignName(s.name, f);
    this.tempTop = mark;
  }

  private classDef(s: ast.ClassDef): void {
    const mark = this.tempTop;
    const decos = s.decorator_list.map((d) => this.materialize(this.expr(d), this.tempTop));
    this.setLine(s);
    const scope = this.ctx.scopes.get(s)!;
    const qual = this.childQualname(s.name);
    const unit = this.ctx.compileChild(scope, s, qual);
    const body = this.toTemp(`R.makeFunction(${this.constant({ kind: 'code', unit })}, G, NULL, NULL, ${this.closureFor(scope)}, NULL)`, this.tempTop);
    let bases: string[] = [];
    for (const b of s.bases) bases.push(this.materialize(this.expr(b.kind === NodeKind.Starred ? b.value : b), this.tempTop));
    if (s.bases.some((b) => b.kind === NodeKind.Starred)) {
      // class C(*bases): unpacked into a tuple kept in a temp (R.starArgs).
      const starred = s.bases.map((b) => (b.kind === NodeKind.Starred ? '1' : '0')).join('');
      bases = [`...R.tupleItems(${this.toTemp(`R.starArgs([${bases.join(', ')}], '${starred}')`, this.tempTop)})`];
    }
    const kwNames: string[] = [];
    const kwVals: string[] = [];
    let kwStar = 'NULL';
    for (const k of s.keywords) {
      if (k.arg === null) kwStar = this.materialize(this.expr(k.value), this.tempTop);
      else { kwNames.push(k.arg); kwVals.push(this.materialize(this.expr(k.value), this.tempTop)); }
    }
    let cls = this.toTempAt(s, `R.buildClass(${body}, ${this.str(s.name)}, [${bases.join(', ')}], ${kwNames.length ? this.constant({ kind: 'names', values: kwNames }) : 'NULL'}, [${kwVals.join(', ')}], ${kwStar})`, this.tempTop);
    for (let i = decos.length - 1; i >= 0; i--) cls = this.toTempAt(s.decorator_list[i], `R.call1(${decos[i]}, ${this.callCache()}, ${cls})`, this.tempTop);
    this.assignName(s.name, cls);
    this.tempTop = mark;
  }

  // ---- imports --------------------------------------------------------------------------
  private importStmt(s: ast.Import): void {
    for (const a of s.names) {
      const mark = this.tempTop;
      const m = this.toTempAt(s, `R.importName(${this.str(a.name)}, NULL, 0, G)`, mark);
      if (a.asname) {
        const parts = a.name.split('.');
        let v = m;
        for (let i = 1; i < parts.length; i++) v = this.toTemp(`R.importAttr(${v}, ${this.name(parts[i])})`, this.tempTop);
        this.assignName(a.asname, v);
      } else this.assignName(a.name.split('.')[0], m);
      this.tempTop = mark;
    }
  }
  private importFrom(s: ast.ImportFrom): void {
    const mark = this.tempTop;
    const names = s.names.map((a) => a.name);
    const m = this.toTemp(`R.importName(${this.str(s.module ?? '')}, ${this.constant({ kind: 'names', values: names })}, ${s.level}, G)`, mark);
    for (const a of s.names) {
      if (a.name === '*') {
        if (this.scope.kind !== ScopeKind.Module) throw new CompileError('SyntaxError', 'import * only allowed at module level', s.lineno, s.col_offset + 1);
        this.emit(`R.importStar(${m}, L);`);
        continue;
      }
      const v = this.toTemp(`R.importFrom(${m}, ${this.name(a.name)})`, this.tempTop);
      this.assignName(a.asname ?? a.name, v);
      this.tempTop = mark + 1;
    }
    this.tempTop = mark;
  }

  // ---- expressions ----------------------------------------------------------------------
  /**
   * A JS boolean expression for the truth of e; `jump` is the position of the conditional
   * jump (its truth test): the statement's for if/while, the expression's for IfExp.
   */
  test(e: ast.Expr, jump: number): string {
    if (e.kind === NodeKind.Compare && e.ops.length === 1) {
      const op = e.ops[0];
      const mark = this.tempTop;
      let a = this.expr(e.left);
      if (!this.isSimpleExpr(e.comparators[0])) a = this.materialize(a, mark);
      const b = this.expr(e.comparators[0]);
      const p = this.pos(e);
      if (op in cmpJs) {
        // An integral float constant (boxed at run time) compares with an immediate as its number.
        const cl = integralFloatConstant(e.left), cr = integralFloatConstant(e.comparators[0]);
        const slow = `(${this.atSlow(p)}R.compareBool(${a}, ${b}, ${cmpCode[op]}))`;
        if (cr !== null && cl === null) return `((${a}) < ${B} ? (${a}) ${cmpJs[op]} ${cr} : ${slow})`;
        if (cl !== null && cr === null) return `((${b}) < ${B} ? ${cl} ${cmpJs[op]} (${b}) : ${slow})`;
        return `((${a}) < ${B} && (${b}) < ${B} ? (${a}) ${cmpJs[op]} (${b}) : ${slow})`;
      }
      if (op === CmpOperator.Is) return `(${a}) === (${b})`;
      if (op === CmpOperator.IsNot) return `(${a}) !== (${b})`;
      if (op === CmpOperator.In) return `(${this.atExpr(p)}R.contains(${b}, ${a}))`;
      if (op === CmpOperator.NotIn) return `!(${this.atExpr(p)}R.contains(${b}, ${a}))`;
    }
    if (e.kind === NodeKind.UnaryOp && e.op === UnaryOperator.Not) return `!(${this.test(e.operand, jump)})`;
    if (e.kind === NodeKind.BoolOp) {
      // Short-circuit as JS booleans; each operand's temps are released after its test.
      const parts: string[] = [];
      const mark = this.tempTop;
      if (e.values.every((v) => this.isSimpleExpr(v))) {
        for (const v of e.values) {
          parts.push(`(${this.test(v, jump)})`);
          this.resetLine(); // the later operands run conditionally
        }
        this.tempTop = mark;
        return parts.join(e.op === BoolOperator.And ? ' && ' : ' || ');
      }
    }
    const v = this.expr(e);
    return `(${this.atExpr(jump)}R.truthy(${v}))`;
  }

  /** An expression with no calls or side effects (its evaluation runs no Python code). */
  isSimpleExpr(e: ast.Expr): boolean {
    switch (e.kind) {
      case NodeKind.Constant: return true;
      case NodeKind.Name: return true;
      case NodeKind.UnaryOp: return e.op === UnaryOperator.Not ? false : this.isSimpleExpr(e.operand) && e.operand.kind === NodeKind.Constant;
      default: return false;
    }
  }

  expr(e: ast.Expr): string {
    const mark = this.tempTop;
    switch (e.kind) {
      case NodeKind.Constant: return this.constantExpr(e);
      case NodeKind.Name:
        if (e.ctx !== ExprContext.Load) throw new Error('compiler: store context in expr');
        return this.loadName(e.id, e);
      case NodeKind.BinOp: {
        let a = this.expr(e.left);
        if (!this.isSimpleExpr(e.right)) a = this.materialize(a, mark);
        const b = this.expr(e.right);
        const p = this.pos(e);
        let code: string;
        const jsOp = e.op === Operator.Add ? '+' : e.op === Operator.Sub ? '-' : e.op === Operator.Mult ? '*' : e.op === Operator.Div ? '/' : null;
        // + - * / inline take their slow branch through R.<op>Slow (operators.ts), which
        // first tries a boxed float operand.
        const slowFn = jsOp !== null ? `${binOpRuntime[e.op]}Slow` : binOpRuntime[e.op];
        const slow = (x: string, y: string) => `(${this.atSlow(p)}R.${slowFn}(${x}, ${y}))`;
        const cl = integralFloatConstant(e.left), cr = integralFloatConstant(e.right);
        if (jsOp !== null && (cl !== null || cr !== null)) code = floatConstantArith(a, b, jsOp, cl, cr, slow);
        else if (jsOp === '/') code = immediateDivision(a, b, slow);
        else if (e.op === Operator.Mod || e.op === Operator.FloorDiv) code = int32DivMod(a, b, e.op === Operator.FloorDiv, slow);
        else if (jsOp !== null) code = immediateArith(a, b, jsOp, likelyInt(e.left) || likelyInt(e.right), slow);
        else code = `(${this.atExpr(p)}R.${binOpRuntime[e.op]}(${a}, ${b}))`;
        return this.toTemp(code, mark);
      }
      case NodeKind.UnaryOp: {
        const v = this.expr(e.operand);
        switch (e.op) {
          case UnaryOperator.Not: return this.toTempAt(e, `R.truthy(${v}) ? R.False : R.True`, mark);
          case UnaryOperator.USub:
            if (e.operand.kind === NodeKind.Constant && typeof e.operand.value === 'number' && e.operand.valueType === ConstantType.Int && e.operand.value !== 0) return String(-e.operand.value);
            // -2.5, -1.0: a constant of its own (CPython folds these too).
            if (e.operand.kind === NodeKind.Constant && typeof e.operand.value === 'number' && e.operand.valueType === ConstantType.Float) return this.floatConstant(-e.operand.value);
            return this.toTempAt(e, `R.neg(${v})`, mark);
          case UnaryOperator.UAdd: return this.toTempAt(e, `R.pos(${v})`, mark);
          default: return this.toTempAt(e, `R.invert(${v})`, mark);
        }
      }
      case NodeKind.BoolOp: {
        const t = this.allocTemp();
        this.emit(`S[fp + ${t}] = ${this.expr(e.values[0])};`);
        let depth = 0;
        for (let i = 1; i < e.values.length; i++) {
          this.open(`if (${e.op === BoolOperator.And ? '' : '!'}(${this.atExpr(this.pos(e))}R.truthy(S[fp + ${t}]))) {`);
          depth++;
          this.tempTop = t + 1;
          this.emit(`S[fp + ${t}] = ${this.expr(e.values[i])};`);
        }
        for (let i = 0; i < depth; i++) this.close();
        this.tempTop = t + 1;
        return this.slot(t);
      }
      case NodeKind.IfExp: {
        const t = this.allocTemp();
        this.open(`if (${this.test(e.test, this.pos(e))}) {`);
        this.tempTop = t + 1;
        this.emit(`S[fp + ${t}] = ${this.expr(e.body)};`);
        this.indent--; this.open('} else {');
        this.tempTop = t + 1;
        this.emit(`S[fp + ${t}] = ${this.expr(e.orelse)};`);
        this.close();
        this.tempTop = t + 1;
        return this.slot(t);
      }
      case NodeKind.Compare: return this.compare(e);
      case NodeKind.Call: return this.call(e);
      case NodeKind.Attribute: {
        const obj = this.expr(e.value);
        return this.toTemp(inlineAttrLoad(obj, this.name(mangle(this.scope, e.attr)), this.attrCache(), this.atSlow(this.pos(e))), mark);
      }
      case NodeKind.Subscript: {
        let obj = this.expr(e.value);
        if (!this.isSimpleExpr(e.slice)) obj = this.materialize(obj, mark);
        const key = this.expr(e.slice);
        return this.toTemp(inlineSubscript(obj, key, this.atSlow(this.pos(e))), mark);
      }
      case NodeKind.Slice: {
        const parts = [e.lower, e.upper, e.step].map((x) => x ? this.materialize(this.expr(x), this.tempTop) : 'R.None');
        return this.toTemp(`R.buildSlice(${parts.join(', ')})`, mark);
      }
      case NodeKind.Tuple: return this.sequence(e.elts, 'Tuple', mark, e);
      case NodeKind.List: return this.sequence(e.elts, 'List', mark, e);
      case NodeKind.Set: return this.sequence(e.elts, 'Set', mark, e);
      case NodeKind.Dict: {
        const d = this.toTemp(`R.newDict(${e.keys.length})`, mark);
        const p = this.pos(e);
        e.keys.forEach((k, i) => {
          const m2 = this.tempTop;
          if (k === null) {
            const m = this.expr(e.values[i]);
            this.at(p);
            this.emit(`R.dictUpdate(${d}, ${m});`);
            this.tempTop = m2;
            return;
          }
          const kv = this.materialize(this.expr(k), this.tempTop);
          const vv = this.expr(e.values[i]);
          this.at(p);
          this.emit(`R.dictSet(${d}, ${kv}, ${vv});`);
          this.tempTop = m2;
        });
        return d;
      }
      case NodeKind.JoinedStr: {
        const parts: string[] = [];
        for (const v of e.values) {
          if (v.kind === NodeKind.Constant) parts.push(this.constantExpr(v));
          else parts.push(this.materialize(this.formattedValue(v, e), this.tempTop));
        }
        if (parts.length === 0) return this.str('');
        if (parts.length === 1 && e.values[0].kind === NodeKind.FormattedValue) return parts[0];
        return this.toTemp(`R.joinStr([${parts.join(', ')}])`, mark);
      }
      case NodeKind.FormattedValue: return this.formattedValue(e, e);
      case NodeKind.Lambda: return this.makeFunction(e, '<lambda>');
      case NodeKind.NamedExpr: {
        const v = this.materialize(this.expr(e.value), mark);
        this.assignName(e.target.id, v);
        return v;
      }
      case NodeKind.ListComp: case NodeKind.SetComp: case NodeKind.DictComp: case NodeKind.GeneratorExp:
        return this.comprehension(e);
      case NodeKind.Starred:
        throw new CompileError('SyntaxError', "can't use starred expression here", e.lineno, e.col_offset + 1);
      case NodeKind.Yield: case NodeKind.YieldFrom: return this.yieldExpr(e);
      case NodeKind.Await: {
        const where = this.scope.kind === ScopeKind.Module || this.scope.kind === ScopeKind.Class ? 'function' : 'async function';
        throw new CompileError('SyntaxError', `'await' outside ${where}`, e.lineno, e.col_offset + 1);
      }
    }
    throw new Error(`compiler: unsupported expression kind ${(e as ast.Expr).kind}`);
  }

  /** Overridden by the generator compiler. */
  yieldExpr(e: ast.Yield | ast.YieldFrom): string {
    throw new CompileError('SyntaxError', "'yield' outside function", e.lineno, e.col_offset + 1);
  }

  /** FORMAT_VALUE has the position of the whole f-string (`outer`) in CPython 3.11. */
  private formattedValue(v: ast.FormattedValue, outer: ast.Located): string {
    const mark = this.tempTop;
    let val = this.expr(v.value);
    let spec = 'NULL';
    if (v.format_spec) {
      val = this.materialize(val, mark);
      spec = this.expr(v.format_spec);
    }
    return this.toTempAt(outer, `R.formatValue(${val}, ${v.conversion}, ${spec})`, mark);
  }

  constantExpr(e: ast.Constant): string {
    const v = e.value;
    switch (e.valueType) {
      case ConstantType.None: return 'R.None';
      case ConstantType.Bool: return v ? 'R.True' : 'R.False';
      case ConstantType.Ellipsis: return 'R.Ellipsis';
      case ConstantType.Int:
        if (typeof v === 'number') return String(v);
        return this.constant({ kind: 'int', value: v as bigint });
      case ConstantType.Float: return this.floatConstant(v as number);
      case ConstantType.Complex: return this.constant({ kind: 'complex', imag: (v as ast.Complex).imag });
      case ConstantType.Str: return this.str(v as string);
      case ConstantType.Bytes: return this.constant({ kind: 'bytes', value: v as Uint8Array });
    }
    throw new Error('compiler: bad constant');
  }

  loadName(id: string, node: ast.Located): string {
    const n = mangle(this.scope, id);
    const b = this.scope.binding(n);
    const p = this.pos(node);
    switch (b) {
      case Binding.Local: {
        // The slot itself is the value: callers copy it to a temporary if later operands
        // could reassign the variable (see materialize).
        const k = this.slots.get(n)!;
        if (!this.isParamNeverDeleted(n) && !this.boundLoads.has(node as ast.Name)) this.emit(`if (S[fp + ${k}] === NULL) { ${this.atRaise(p)}R.unboundLocal(${JSON.stringify(n)}); }`);
        return this.slot(k);
      }
      case Binding.Cell: case Binding.Free: {
        const t = this.allocTemp();
        this.emit(`if ((S[fp + ${t}] = R.cellGet(S[fp + ${this.slots.get(n)}])) === NULL) { ${this.atRaise(p)}R.unboundCell(${JSON.stringify(n)}, ${b === Binding.Free}); }`);
        return this.slot(t);
      }
      case Binding.GlobalExplicit: case Binding.GlobalImplicit: {
        // The cache knows the load's position: no `ln` store on this hot path.
        const ic = `IC${this.icCounter++}`;
        this.icDecls.push(`var ${ic} = R.newGlobalCache(${p});`);
        const t = this.allocTemp();
        // The cache's hit test inline: a call would box the double it returns.
        this.emit(`S[fp + ${t}] = ${ic}.g === G && S[${ic}.gvi] === ${ic}.gv && S[${ic}.bvi] === ${ic}.bv ? ${ic}.value : R.loadGlobal(G, ${this.name(n)}, ${ic});`);
        return this.slot(t);
      }
      case Binding.ClassDeref: {
        const t = this.allocTemp();
        this.at(p);
        this.emit(`S[fp + ${t}] = R.loadClassDeref(L, ${this.name(n)}, S[fp + ${this.slots.get(n)}]);`);
        return this.slot(t);
      }
      default: {
        const t = this.allocTemp();
        this.at(p);
        this.emit(`S[fp + ${t}] = R.loadNameCached(L, G, ${this.name(n)}, ${this.nameCache()});`);
        return this.slot(t);
      }
    }
  }
  paramsNeverDeleted = new Set<string>();
  /**
   * Set by the driver for a plain function whose body has no walrus and no `match`:
   * reading a local's slot later in the statement gives the value it had when read.
   */
  localsStable = false;
  /** Name loads that always find their local bound (definiteAssignment.ts): no check. */
  boundLoads: Set<ast.Name> = new Set();
  /** Method locals (methodLocals.ts): name -> the hidden slot holding self (NULL: none). */
  readonly methodSelf = new Map<string, number>();
  private isParamNeverDeleted(n: string): boolean { return this.paramsNeverDeleted.has(n); }

  private sequence(elts: ast.Expr[], kind: 'Tuple' | 'List' | 'Set', mark: number, node: ast.Located): string {
    const hasStar = elts.some((x) => x.kind === NodeKind.Starred);
    if (!hasStar) {
      const parts = elts.map((x, i) => (i < elts.length - 1 && !elts.slice(i + 1).every((y) => this.isSimpleExpr(y))) ? this.materialize(this.expr(x), this.tempTop) : this.expr(x));
      if (kind === 'Tuple' && elts.every((x) => x.kind === NodeKind.Constant)) {
        return this.constant({ kind: 'tuple', items: elts.map((x) => this.constSpecOf(x as ast.Constant)) });
      }
      return kind === 'Set' ? this.toTempAt(node, `R.buildSet([${parts.join(', ')}])`, mark) : this.toTemp(`R.build${kind}([${parts.join(', ')}])`, mark);
    }
    const acc = this.toTemp(kind === 'Set' ? 'R.buildSet([])' : 'R.buildList([])', mark);
    const p = this.pos(node);
    for (const x of elts) {
      const m2 = this.tempTop;
      const v = this.expr(x.kind === NodeKind.Starred ? x.value : x);
      this.at(p);
      if (x.kind === NodeKind.Starred) this.emit(`R.${kind === 'Set' ? 'setUpdate' : 'listExtend'}(${acc}, ${v});`);
      else this.emit(`R.${kind === 'Set' ? 'setAdd' : 'listAppend'}(${acc}, ${v});`);
      this.tempTop = m2;
    }
    if (kind === 'Tuple') return this.toTemp(`R.listToTuple(${acc})`, mark);
    return acc;
  }

  constSpecOf(c: ast.Constant): ConstSpec {
    const v = c.value;
    switch (c.valueType) {
      case ConstantType.None: return { kind: 'none' };
      case ConstantType.Bool: return { kind: v ? 'true' : 'false' };
      case ConstantType.Ellipsis: return { kind: 'ellipsis' };
      case ConstantType.Int: return { kind: 'int', value: v as number | bigint };
      case ConstantType.Float: return { kind: 'float', value: v as number };
      case ConstantType.Complex: return { kind: 'complex', imag: (v as ast.Complex).imag };
      case ConstantType.Str: return { kind: 'str', value: v as string };
      default: return { kind: 'bytes', value: v as Uint8Array };
    }
  }

  private compare(e: ast.Compare): string {
    const mark = this.tempTop;
    if (e.ops.length === 1) {
      const op = e.ops[0];
      let a = this.expr(e.left);
      if (!this.isSimpleExpr(e.comparators[0])) a = this.materialize(a, mark);
      const b = this.expr(e.comparators[0]);
      return this.toTemp(this.compareOp(op, a, b, this.pos(e)), mark);
    }
    // Chained: a < b < c  ==  a < b and b < c, with b evaluated once.
    const t = this.allocTemp();
    const p = this.pos(e);
    let left = this.materialize(this.expr(e.left), this.tempTop);
    let depth = 0;
    for (let i = 0; i < e.ops.length; i++) {
      const right = this.materialize(this.expr(e.comparators[i]), this.tempTop);
      this.emit(`S[fp + ${t}] = ${this.compareOp(e.ops[i], left, right, p)};`);
      if (i < e.ops.length - 1) { this.open(`if (${this.atExpr(p)}R.truthy(S[fp + ${t}])) {`); depth++; }
      left = right;
    }
    for (let i = 0; i < depth; i++) this.close();
    this.tempTop = t + 1;
    return this.slot(t);
  }
  private compareOp(op: CmpOperator, a: string, b: string, p: number): string {
    if (op in cmpJs) return `((${a}) < ${B} && (${b}) < ${B}) ? ((${a}) ${cmpJs[op]} (${b}) ? R.True : R.False) : (${this.atSlow(p)}R.compare(${a}, ${b}, ${cmpCode[op]}))`;
    switch (op) {
      case CmpOperator.Is: return `(${a}) === (${b}) ? R.True : R.False`;
      case CmpOperator.IsNot: return `(${a}) !== (${b}) ? R.True : R.False`;
      case CmpOperator.In: return `(${this.atExpr(p)}R.contains(${b}, ${a})) ? R.True : R.False`;
      default: return `(${this.atExpr(p)}R.contains(${b}, ${a})) ? R.False : R.True`;
    }
  }

  private call(e: ast.Call): string {
    const mark = this.tempTop;
    const hasStar = e.args.some((a) => a.kind === NodeKind.Starred) || e.keywords.some((k) => k.arg === null);
    // Method call: obj.m(...) without making a bound method.
    if (e.func.kind === NodeKind.Attribute && e.func.attr.startsWith('.')) {
      // Comprehension result accumulation ('.result'.append / .add): direct runtime calls.
      const obj = this.expr(e.func.value);
      const v = this.expr(e.args[0]);
      this.at(this.pos(e));
      this.emit(`R.${e.func.attr === '.append' ? 'listAppend' : 'setAdd'}(${obj}, ${v});`);
      this.tempTop = mark;
      return 'R.None';
    }
    let callee: string;
    let methodObj: string | null = null;
    let methodName = '';
    if (e.func.kind === NodeKind.Attribute && !hasStar) {
      methodObj = this.materialize(this.expr(e.func.value), mark);
      methodName = this.name(mangle(this.scope, e.func.attr));
      callee = '';
      if (e.func.attr === '_getframe') this.emit('ts.callerFp = fp; ts.callerLine = ln;');
      if (![...e.args, ...e.keywords.map((k) => k.value)].every((a) => this.lookupOrderFree(a))) {
        return this.lookedUpMethodCall(e, e.func, methodObj, methodName, mark);
      }
    } else if (e.func.kind === NodeKind.Name && this.methodSelf.has(e.func.id)) {
      return this.methodLocalCall(e, e.func, mark);
    } else {
      callee = this.expr(e.func);
      if (e.args.length || e.keywords.length) callee = this.materialize(callee, mark);
      if (e.func.kind === NodeKind.Name && FRAME_READERS.has(e.func.id)) this.emit('ts.callerFp = fp; ts.callerLine = ln;');
      if (e.func.kind === NodeKind.Name && e.func.id === 'super' && e.args.length === 0 && this.scope.isFunctionLike()) {
        this.at(this.pos(e));
        return this.zeroArgSuper(callee, mark);
      }
    }
    if (hasStar) {
      // CALL_FUNCTION_EX: positional arguments gathered in a list in order (each *x iterated
      // where it stands), then keywords in a dict.
      const acc = this.toTemp('R.buildList([])', this.tempTop);
      for (const a of e.args) {
        const m2 = this.tempTop;
        if (a.kind === NodeKind.Starred) this.emit(`R.extendStarArgs(${acc}, ${this.expr(a.value)}, ${callee});`);
        else this.emit(`R.listAppend(${acc}, ${this.expr(a)});`);
        this.tempTop = m2;
      }
      const kw = this.toTemp('R.newDict()', this.tempTop);
      for (const k of e.keywords) {
        const m2 = this.tempTop;
        const v = this.expr(k.value);
        if (k.arg === null) this.emit(`R.mergeKwargs(${kw}, ${v}, ${callee});`);
        else this.emit(`R.mergeKw(${kw}, ${this.name(k.arg)}, ${v}, ${callee});`);
        this.tempTop = m2;
      }
      return this.toTemp(`R.callEx(${callee}, R.listItems(${acc}), ${kw})`, mark);
    }
    const vals = this.argValues([...e.args, ...e.keywords.map((k) => k.value)]);
    // CALL has the call's position; a method call's lookup (LOAD_METHOD) the attribute's,
    // which is the entry after the call's (rt.methodCall moves a failed lookup's entry there).
    const cp = methodObj ? this.posPair(e, e.func) : this.pos(e);
    this.at(cp);
    const pos = vals.slice(0, e.args.length);
    const kwv = vals.slice(e.args.length);
    if (e.keywords.length) {
      const names = this.constant({ kind: 'names', values: e.keywords.map((k) => k.arg!) });
      if (methodObj) return this.toTemp(`R.callMethodKw(${methodObj}, ${methodName}, ${this.attrCache()}, [${[...pos, ...kwv].join(', ')}], ${names})`, mark);
      return this.toTemp(`R.callKw(${callee}, [${[...pos, ...kwv].join(', ')}], ${names})`, mark);
    }
    if (methodObj) {
      if (pos.length <= 3) return this.toTemp(this.cachedMethodCall(methodObj, methodName, pos), mark);
      return this.toTemp(`R.callMethodN(${methodObj}, ${methodName}, ${this.attrCache()}, [${pos.join(', ')}])`, mark);
    }
    if (pos.length <= 3) return this.toTemp(this.cachedCall(callee, pos), mark);
    return this.toTemp(`R.callN(${callee}, [${pos.join(', ')}])`, mark);
  }

  /**
   * `f(a, b, c)` with up to three positional arguments: the call-site cache is tested here
   * and a hit calls the cached target directly (runtime/callCache.ts explains the test), a
   * miss goes through R.callN. The last argument is evaluated first into the scratch `z`;
   * the others are made plain reads before (materialized), so the order stays Python's.
   */
  private cachedCall(callee: string, args: string[]): string {
    const [pre, vals] = this.lastArgInZ(args);
    if (!vals.length && !/^S\[fp \+ \d+\]$/.test(callee)) return `(z = ${callee}, ${cachedCallOf('z', vals, this.callCache())})`;
    return `(${pre}${cachedCallOf(callee, vals, this.callCache())})`;
  }
  /**
   * `o.m(a, b, c)` with up to three positional arguments, the attribute cache tested here:
   * a value found in o's instance dict (a module's function, say) is called through a
   * call-site cache as in cachedCall; a method of o's class that the instance dict does not
   * shadow (the cache's proof of absence, attributeCache.ts) is called directly with o
   * prepended; anything else goes through R.callMethodN.
   */
  private cachedMethodCall(obj: string, name: string, args: string[]): string {
    const [pre, vals] = this.lastArgInZ(args);
    const ac = this.attrCache();
    const padded = [...vals, 'NULL', 'NULL', 'NULL'].slice(0, 3);
    // The checks are runtime calls (attributeCache.ts instanceValue, directMethod), small
    // enough for TurboFan to inline: written out here they made a method call ~800 bytes
    // of bytecode, and TurboFan's compile time grows with the function's size.
    return `(${pre}(r = R.instanceValue(${obj}, ${name}, ${ac})) !== NULL ? ${cachedCallOf('r', vals, this.callCache())}` +
      ` : R.directMethod(${obj}, ${ac}) ? ${ac}.direct(${ac}.d, ${obj}, ${padded.join(', ')}) : R.callMethod${args.length}(${[obj, name, ac, ...vals].join(', ')}))`;
  }
  /**
   * A call's argument values in order (a starred one's operand): each is kept in a temp
   * (materialized) unless every later argument is simple, so later evaluation cannot change it.
   */
  private argValues(args: ast.Expr[]): string[] {
    const bare = args.map((a) => (a.kind === NodeKind.Starred ? a.value : a));
    return bare.map((a, i) => {
      const v = this.expr(a);
      return bare.slice(i + 1).every((y) => this.isSimpleExpr(y)) ? v : this.materialize(v, this.tempTop);
    });
  }
  /**
   * Whether evaluating an argument can neither raise nor see what a method lookup did: a
   * constant (a negated number included) or a local that is surely bound. Only then may
   * `o.m(args)` evaluate its arguments before looking `m` up (cachedMethodCall), which
   * CPython does first.
   */
  private lookupOrderFree(a: ast.Expr): boolean {
    if (a.kind === NodeKind.UnaryOp) {
      const c = a.operand;
      return a.op !== UnaryOperator.Not && c.kind === NodeKind.Constant && (c.valueType === ConstantType.Int || c.valueType === ConstantType.Float);
    }
    if (a.kind === NodeKind.Constant) return true;
    if (a.kind !== NodeKind.Name) return false;
    const n = mangle(this.scope, a.id);
    return this.scope.binding(n) === Binding.Local && (this.isParamNeverDeleted(n) || this.boundLoads.has(a));
  }
  /**
   * `o.m(args)` whose arguments must come after the lookup (CPython's LOAD_METHOD before
   * the arguments): a value in o's instance dict (a module's function, say) or, through
   * R.loadMethod, a method of o's class left unbound with o in a hidden temp, is stored
   * first; then the arguments; then the call, self prepended when the lookup left one.
   * The two forms have a call-site cache each: a direct entry is made for one argument count.
   */
  private lookedUpMethodCall(e: ast.Call, func: ast.Attribute, obj: string, name: string, mark: number): string {
    const selfT = this.allocTemp();
    const self = this.slot(selfT);
    const ac = this.attrCache();
    this.at(this.pos(func));
    const callee = this.toTemp(`(r = R.instanceValue(${obj}, ${name}, ${ac})) !== NULL ? (${self} = NULL, r) : R.loadMethod(${obj}, ${name}, ${ac}, fp + ${selfT})`, this.tempTop);
    const vals = this.argValues([...e.args, ...e.keywords.map((k) => k.value)]);
    this.at(this.pos(e));
    const pos = vals.slice(0, e.args.length);
    if (e.keywords.length) {
      const names = this.constant({ kind: 'names', values: e.keywords.map((k) => k.arg!) });
      return this.toTemp(`${self} !== NULL ? R.callKw(${callee}, [${[self, ...vals].join(', ')}], ${names}) : R.callKw(${callee}, [${vals.join(', ')}], ${names})`, mark);
    }
    if (pos.length > 3) return this.toTemp(`${self} !== NULL ? R.callN(${callee}, [${[self, ...pos].join(', ')}]) : R.callN(${callee}, [${pos.join(', ')}])`, mark);
    const [pre, last] = this.lastArgInZ(pos);
    return this.toTemp(`(${pre}${self} !== NULL ? ${cachedCallOf(callee, last, this.callCache(), self)} : ${cachedCallOf(callee, last, this.callCache())})`, mark);
  }
  /**
   * `m = o.attr` for a method local (methodLocals.ts): R.loadMethod leaves a method of o's
   * class unbound in m's slot with o in the hidden slot, anything else as getattr gives it
   * with NULL there.
   */
  private methodLocalStore(id: string, value: ast.Attribute, mark: number): void {
    const obj = this.materialize(this.expr(value.value), mark);
    this.at(this.pos(value));
    this.emit(`S[fp + ${this.slots.get(id)!}] = R.loadMethod(${obj}, ${this.name(mangle(this.scope, value.attr))}, ${this.attrCache()}, fp + ${this.methodSelf.get(id)!});`);
    this.tempTop = mark;
  }
  /** `m(a, b, c)` for a method local: self prepended when the load left one. */
  private methodLocalCall(e: ast.Call, func: ast.Name, mark: number): string {
    const callee = this.materialize(this.loadName(func.id, func), mark);
    const args = this.argValues(e.args);
    this.at(this.pos(e));
    const [pre, vals] = this.lastArgInZ(args);
    const self = `S[fp + ${this.methodSelf.get(func.id)!}]`;
    // Without a self (the attribute was not a method: rare) the runtime's cached call.
    return this.toTemp(`(${pre}${self} !== NULL ? ${cachedCallOf(callee, vals, this.callCache(), self)}` +
      ` : R.call${vals.length}(${[callee, this.callCache(), ...vals].join(', ')}))`, mark);
  }
  /**
   * Call arguments for a cached call: all but the last made plain reads (materialized, in
   * order), the last evaluated into the scratch `z` by the returned prefix, so that what
   * follows may read each of them twice.
   */
  private lastArgInZ(args: string[]): [string, string[]] {
    const mark = this.tempTop;
    const vals = args.map((a, i) => (i < args.length - 1 ? this.materialize(a, this.tempTop) : a));
    this.tempTop = mark;
    if (!vals.length) return ['', vals];
    const pre = `z = ${vals[vals.length - 1]}, `;
    vals[vals.length - 1] = 'z';
    return [pre, vals];
  }

  /** super() inside a method: super(__class__, <first argument>). */
  private zeroArgSuper(callee: string, mark: number): string {
    const cls = this.slots.get('__class__');
    const first = this.scope.params[0];
    if (cls === undefined || first === undefined) return this.toTemp(`R.superNoArgs(${callee})`, mark);
    const fb = this.scope.binding(first);
    const self = fb === Binding.Cell ? `R.cellGet(S[fp + ${this.slots.get(first)}])` : `S[fp + ${this.slots.get(first)}]`;
    return this.toTemp(`R.superCall(${callee}, S[fp + ${cls}], ${self})`, mark);
  }

  private comprehension(e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp): string {
    const mark = this.tempTop;
    const scope = this.ctx.scopes.get(e)!;
    const name = scope.name;
    const unit = this.ctx.compileChild(scope, e, this.childQualname(name));
    const fn = this.toTemp(`R.makeFunction(${this.constant({ kind: 'code', unit })}, G, NULL, NULL, ${this.closureFor(scope)}, NULL)`, mark);
    const it = this.expr(e.generators[0].iter);
    const iter = e.generators[0].is_async ? it : `R.getIter(${it})`;
    const result = this.toTempAt(e, `R.call1(${fn}, ${this.callCache()}, ${iter})`, mark);
    if (scope.isCoroutine && e.kind !== NodeKind.GeneratorExp) return this.awaitComprehension(result, e, mark);
    return result;
  }

  /** The coroutine of an asynchronous list/set/dict comprehension, awaited (coroutines only). */
  protected awaitComprehension(_coro: string, e: ast.Expr, _mark: number): string {
    throw new CompileError('SyntaxError', 'asynchronous comprehension outside of an asynchronous function', e.lineno, e.col_offset + 1);
  }

  // ---- match ----------------------------------------------------------------------------
  private matchStmt(s: ast.Match): void {
    const mark = this.tempTop;
    const subj = this.toTemp(this.expr(s.subject), mark);
    const done = this.label('match');
    this.open(`${done}: {`);
    for (const c of s.cases) {
      const m2 = this.tempTop;
      const ok = this.allocTemp();
      this.emit(`S[fp + ${ok}] = R.True;`);
      this.pattern(c.pattern, subj, ok);
      const guard = c.guard ? ` && (${this.testAfter(c.guard, ok)})` : '';
      this.open(`if (S[fp + ${ok}] === R.True${guard}) {`);
      this.stmts(c.body);
      this.resetLine();
      this.emit(`break ${done};`);
      this.close();
      this.tempTop = m2;
    }
    this.close();
    this.tempTop = mark;
  }
  private testAfter(guard: ast.Expr, ok: number): string {
    // The guard is evaluated only when the pattern matched.
    const t = this.allocTemp();
    this.emit(`S[fp + ${t}] = R.False;`);
    this.open(`if (S[fp + ${ok}] === R.True) {`);
    this.emit(`S[fp + ${t}] = (${this.test(guard, this.pos(guard))}) ? R.True : R.False;`);
    this.close();
    return `S[fp + ${t}] === R.True`;
  }

  /** Emit code that sets S[ok] to R.False unless `subj` matches `p` (binding captures). */
  private pattern(p: ast.Pattern, subj: string, ok: number): void {
    const fail = `S[fp + ${ok}] = R.False;`;
    const mark = this.tempTop;
    this.open(`if (S[fp + ${ok}] === R.True) {`);
    switch (p.kind) {
      case NodeKind.MatchValue: {
        const v = this.expr(p.value);
        this.at(this.pos(p));
        this.emit(`if (!R.compareBool(${subj}, ${v}, 2)) ${fail}`);
        break;
      }
      case NodeKind.MatchSingleton: {
        const v = p.value === null ? 'R.None' : p.value ? 'R.True' : 'R.False';
        this.emit(`if (${subj} !== ${v}) ${fail}`);
        break;
      }
      case NodeKind.MatchAs:
        if (p.pattern) this.pattern(p.pattern, subj, ok);
        if (p.name) { this.open(`if (S[fp + ${ok}] === R.True) {`); this.assignName(p.name, subj); this.close(); }
        break;
      case NodeKind.MatchOr: {
        const any = this.allocTemp();
        this.emit(`S[fp + ${any}] = R.False;`);
        for (const alt of p.patterns) {
          this.open(`if (S[fp + ${any}] === R.False) {`);
          this.emit(`S[fp + ${ok}] = R.True;`);
          this.pattern(alt, subj, ok);
          this.emit(`S[fp + ${any}] = S[fp + ${ok}];`);
          this.close();
        }
        this.emit(`S[fp + ${ok}] = S[fp + ${any}];`);
        break;
      }
      case NodeKind.MatchSequence: {
        const star = p.patterns.findIndex((x) => x.kind === NodeKind.MatchStar);
        const n = p.patterns.length;
        const base = this.tempTop;
        for (let i = 0; i < n; i++) this.allocTemp();
        this.at(this.pos(p));
        this.emit(`if (!R.matchSequence(${subj}, ${star < 0 ? n : n - 1}, ${star}, fp + ${base})) ${fail}`);
        p.patterns.forEach((x, i) => {
          if (x.kind === NodeKind.MatchStar) {
            if (x.name) { this.open(`if (S[fp + ${ok}] === R.True) {`); this.assignName(x.name, this.slot(base + i)); this.close(); }
          } else this.pattern(x, this.slot(base + i), ok);
        });
        break;
      }
      case NodeKind.MatchMapping: {
        const keys = p.keys.map((k) => this.materialize(this.expr(k), this.tempTop));
        const base = this.tempTop;
        for (let i = 0; i < keys.length + 1; i++) this.allocTemp();
        this.at(this.pos(p));
        this.emit(`if (!R.matchMapping(${subj}, [${keys.join(', ')}], fp + ${base}, ${p.rest ? 'true' : 'false'})) ${fail}`);
        p.patterns.forEach((x, i) => this.pattern(x, this.slot(base + i), ok));
        if (p.rest) { this.open(`if (S[fp + ${ok}] === R.True) {`); this.assignName(p.rest, this.slot(base + keys.length)); this.close(); }
        break;
      }
      case NodeKind.MatchClass: {
        const cls = this.materialize(this.expr(p.cls), this.tempTop);
        const n = p.patterns.length + p.kwd_patterns.length;
        const base = this.tempTop;
        for (let i = 0; i < n; i++) this.allocTemp();
        const kw = this.constant({ kind: 'names', values: p.kwd_attrs });
        this.at(this.pos(p));
        this.emit(`if (!R.matchClass(${subj}, ${cls}, ${p.patterns.length}, ${kw}, fp + ${base})) ${fail}`);
        [...p.patterns, ...p.kwd_patterns].forEach((x, i) => this.pattern(x, this.slot(base + i), ok));
        break;
      }
      case NodeKind.MatchStar: break;
    }
    this.close();
    this.tempTop = mark;
  }
}

export { CodeFlag };
