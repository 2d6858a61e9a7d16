/**
 * Generator functions: the body becomes a resumable state machine over a frame that lives
 * in the heap (so any thread can resume it), as ARCHITECTURE.md point 3 requires.
 *
 * Shape of the generated resume function:
 *     for (;;) { try { switch (pc) { case 0: ... case k: ... } } catch (e) { handler lookup } }
 * Statements that contain no yield compile exactly as in a plain function (structured JS,
 * inside one case). A statement containing a yield is "exploded": its control flow becomes
 * case labels and `pc = k; continue;` jumps. try regions are ranges of case numbers with a
 * handler case; `finally` blocks record in a slot what to do when they end (rethrow,
 * return, jump). Every value live across a yield is in a frame slot already, because the
 * expression compiler keeps temporaries in slots.
 */
import * as ast from '../parser/ast';
import { NodeKind, BoolOperator, ConstantType } from '../parser/ast';
import { FunctionCompiler, CompileError, containsYield } from './codegen';
import { prologueCells, LOCAL_VIEWS } from './compile';

/** A try region: the cases started while it is active map to its handler case. */
interface Region { handler: number; excSlot: number }
/** A finally-like block on the way out of the current code: try/finally or with. */
interface FinallyFrame { fin: number; kindSlot: number }
interface Loop { brk: number; cont: number; finDepth: number }

// Finally "kind" values stored in the kind slot.
const KIND_RETHROW = -1, KIND_RETURN = -2, KIND_NEXT = -3;

export class GeneratorCompiler extends FunctionCompiler {
  protected outlinesLoops = false;
  private caseCounter = 1;
  private activeRegions: Region[] = [];
  /** Innermost region of each case (by case number), for the handler table. */
  private caseRegion = new Map<number, Region>();
  private finStack: FinallyFrame[] = [];
  private genLoops: Loop[] = [];
  private yieldFromCases: number[] = [];
  private retSlot = 0;
  private deferred: (() => void)[] = [];

  private newCase(): number { return this.caseCounter++; }
  private startCase(n: number): void {
    this.emitRaw(`case ${n}: pc = ${n};`);
    const r = this.activeRegions[this.activeRegions.length - 1];
    if (r) this.caseRegion.set(n, r);
    this.resetLine();
  }
  private enterRegion(r: Region): void { this.activeRegions.push(r); }
  private leaveRegion(): void { this.activeRegions.pop(); }
  private emitRaw(line: string): void { this.lines.push('    ' + line); }
  private jump(n: number): void { this.emit(`pc = ${n}; continue;`); }

  body(stmts: ast.Stmt[]): void {
    this.retSlot = this.allocTemp();
    this.genStmts(stmts);
    this.emit(`return R.genReturn(fp, R.None);`);
    while (this.deferred.length) this.deferred.shift()!();
  }

  private genStmts(list: ast.Stmt[]): void { for (const s of list) this.genStmt(s); }

  private genStmt(s: ast.Stmt): void {
    if (!containsYield(s)) {
      if (s.kind === NodeKind.Return || s.kind === NodeKind.Break || s.kind === NodeKind.Continue) { this.setLine(s); this.exitStmt(s); return; }
      if (this.hasExitInside(s)) { this.explode(s); return; }
      this.stmt(s);
      return;
    }
    this.explode(s);
  }

  /** Whether a structured statement contains return/break/continue that must leave it. */
  private hasExitInside(s: ast.Stmt): boolean {
    const visit = (n: unknown, inLoop: boolean): boolean => {
      if (!n || typeof n !== 'object') return false;
      if (Array.isArray(n)) return n.some((x) => visit(x, inLoop));
      const node = n as ast.Node;
      switch (node.kind) {
        case NodeKind.FunctionDef: case NodeKind.AsyncFunctionDef: case NodeKind.ClassDef: case NodeKind.Lambda: return false;
        case NodeKind.Return: return true;
        case NodeKind.Break: case NodeKind.Continue: return !inLoop;
        case NodeKind.For: case NodeKind.While: return visit(node.body, true) || visit(node.orelse, inLoop);
      }
      for (const k in node) if (k !== 'kind' && visit((node as unknown as Record<string, unknown>)[k], inLoop)) return true;
      return false;
    };
    // Returns inside structured code are fine when no finally/with of ours is active,
    // but a generator's return must go through genReturn: always explode them.
    return visit(s, false);
  }

  private explode(s: ast.Stmt): void {
    const mark = this.tempMark;
    this.setLine(s);
    switch (s.kind) {
      case NodeKind.If: {
        const elseC = this.newCase(), after = this.newCase();
        this.emit(`if (!(${this.test(s.test, this.pos(s))})) { pc = ${elseC}; continue; }`);
        this.tempMark = mark;
        this.genStmts(s.body);
        this.jump(after);
        this.startCase(elseC);
        this.genStmts(s.orelse);
        this.startCase(after);
        break;
      }
      case NodeKind.While: {
        const top = this.newCase(), elseC = this.newCase(), after = this.newCase();
        this.startCase(top);
        this.setLine(s);
        this.emit(`if (!(${this.test(s.test, this.pos(s))})) { pc = ${elseC}; continue; }`);
        this.tempMark = mark;
        this.explodeLoopRest(s, top, elseC, after, `if (I[POLL] !== 0) { ln = ${this.whileJumpPos(s)}; R.safepoint(); }`);
        break;
      }
      case NodeKind.For: {
        const it = this.allocTemp();
        const iter = this.expr(s.iter);
        this.emit(`S[fp + ${it}] = (${this.atExpr(this.pos(s))}R.getIter(${iter}));`);
        this.tempMark = it + 1;
        const top = this.newCase(), elseC = this.newCase(), after = this.newCase();
        this.startCase(top);
        this.emit(`{ ln = ${this.pos(s)}; const v = R.iterNext(S[fp + ${it}]); if (v === NULL) { pc = ${elseC}; continue; }`);
        const t = this.allocTemp();
        this.emit(`S[fp + ${t}] = v; }`);
        this.assign(s.target, this.slot(t));
        this.tempMark = it + 1;
        this.explodeLoopRest(s, top, elseC, after, 'if (I[POLL] !== 0) R.safepoint();');
        break;
      }
      case NodeKind.Try: case NodeKind.TryStar: this.explodeTry(s as ast.Try); break;
      case NodeKind.With: this.explodeWith(s, 0); break;
      case NodeKind.AsyncWith: case NodeKind.AsyncFor:
        if (!this.scope.isCoroutine) {
          throw new CompileError('SyntaxError', `'${s.kind === NodeKind.AsyncFor ? 'async for' : 'async with'}' outside async function`, s.lineno, s.col_offset + 1);
        }
        if (s.kind === NodeKind.AsyncWith) this.explodeWith(s, 0); else this.explodeAsyncFor(s);
        break;
      case NodeKind.Return: case NodeKind.Break: case NodeKind.Continue: this.exitStmt(s); break;
      default:
        // Simple statements whose expressions contain yields: expressions are already
        // compiled as top-level statements of the current case.
        this.stmt(s);
    }
    this.tempMark = mark;
  }

  private exitStmt(s: ast.Return | ast.Break | ast.Continue): void {
    if (s.kind === NodeKind.Return) {
      if (s.value && this.scope.isCoroutine && this.scope.isGenerator) {
        throw new CompileError('SyntaxError', "'return' with value in async generator", s.lineno, s.col_offset + 1);
      }
      const v = s.value ? this.expr(s.value) : 'R.None';
      this.emit(`S[fp + ${this.retSlot}] = ${v};`);
      this.returnThroughFinally();
      return;
    }
    const loop = this.genLoops[this.genLoops.length - 1];
    if (!loop) {
      throw new CompileError('SyntaxError', s.kind === NodeKind.Break ? "'break' outside loop" : "'continue' not properly in loop", s.lineno, s.col_offset + 1);
    }
    this.jumpThroughFinally(s.kind === NodeKind.Break ? loop.brk : loop.cont, loop.finDepth);
  }

  private returnThroughFinally(): void {
    if (this.finStack.length === 0) { this.emit(`return R.genReturn(fp, S[fp + ${this.retSlot}]);`); return; }
    const f = this.finStack[this.finStack.length - 1];
    this.emit(`S[fp + ${f.kindSlot}] = ${KIND_RETURN};`);
    this.jump(f.fin);
  }

  /** Jump to `target` running the finally blocks above depth `depth` on the way. */
  private jumpThroughFinally(target: number, depth: number): void {
    const crossing = this.finStack.slice(depth);
    if (crossing.length === 0) { this.jump(target); return; }
    // Innermost finally first; each one continues to a trampoline for the next outer one.
    let dest = target;
    for (let i = 0; i < crossing.length - 1; i++) {
      const outer = crossing[i];
      const tramp = this.newCase();
      const finalDest = dest;
      this.deferred.push(() => {
        this.startCase(tramp);
        this.emit(`S[fp + ${outer.kindSlot}] = ${finalDest};`);
        this.jump(outer.fin);
      });
      dest = tramp;
    }
    const inner = crossing[crossing.length - 1];
    this.emit(`S[fp + ${inner.kindSlot}] = ${dest};`);
    this.jump(inner.fin);
  }

  /** End of a finally-like block: act on its kind slot. */
  private finallyDispatch(f: FinallyFrame, excSlot: number, after: number): void {
    const k = `S[fp + ${f.kindSlot}]`;
    this.emit(`if (${k} === ${KIND_RETHROW}) R.rethrow(S[fp + ${excSlot}], fp);`);
    const outer = this.finStack[this.finStack.length - 1];
    if (outer) this.emit(`if (${k} === ${KIND_RETURN}) { S[fp + ${outer.kindSlot}] = ${KIND_RETURN}; pc = ${outer.fin}; continue; }`);
    else this.emit(`if (${k} === ${KIND_RETURN}) return R.genReturn(fp, S[fp + ${this.retSlot}]);`);
    this.emit(`if (${k} >= 0) { pc = ${k}; continue; }`);
    this.jump(after);
  }

  private explodeTry(s: ast.Try): void {
    const star = (s as ast.Node).kind === NodeKind.TryStar;
    if (star) this.checkExceptStarHandlers(s);
    const after = this.newCase();
    let fin: FinallyFrame | null = null;
    let finExc = 0;
    let finHandler = 0;
    let finPrev = 0;
    if (s.finalbody.length) {
      fin = { fin: this.newCase(), kindSlot: this.allocTemp() };
      finExc = this.allocTemp();
      finPrev = this.allocTemp();
      this.emit(`S[fp + ${fin.kindSlot}] = ${KIND_NEXT};`);
      finHandler = this.newCase();
      const startCase = this.newCase();
      this.jump(startCase);
      this.enterRegion({ handler: finHandler, excSlot: finExc });
      this.startCase(startCase);
      this.finStack.push(fin);
    }
    const afterHandlers = fin ? this.newCase() : after;
    if (s.handlers.length) {
      const exSlot = this.allocTemp();
      const handlerCase = this.newCase();
      const elseC = this.newCase();
      const bodyStart = this.newCase();
      this.jump(bodyStart);
      this.enterRegion({ handler: handlerCase, excSlot: exSlot });
      this.startCase(bodyStart);
      this.genStmts(s.body);
      this.jump(elseC);
      this.leaveRegion();
      this.startCase(handlerCase);
      if (star) this.explodeStarHandlers(s, exSlot, afterHandlers);
      else this.explodeHandlers(s, exSlot, afterHandlers);
      this.startCase(elseC);
      this.genStmts(s.orelse);
      this.jump(afterHandlers);
    } else {
      this.genStmts(s.body);
      this.jump(afterHandlers);
    }
    if (fin) {
      this.finStack.pop();
      this.leaveRegion();
      this.startCase(finHandler);
      this.emit(`S[fp + ${fin.kindSlot}] = ${KIND_RETHROW};`);
      // The finally block runs with the exception as the handled one (its __context__ for
      // new exceptions); the previous one is restored when the block ends or raises.
      this.emit(`S[fp + ${finPrev}] = R.getHandled(); R.setHandled(S[fp + ${finExc}]);`);
      this.jump(fin.fin);
      this.startCase(afterHandlers);
      const finBody = this.newCase(), finCleanup = this.newCase(), finEnd = this.newCase();
      const cleanupExc = this.allocTemp();
      this.startCase(fin.fin);
      this.jump(finBody);
      this.enterRegion({ handler: finCleanup, excSlot: cleanupExc });
      this.startCase(finBody);
      this.genStmts(s.finalbody);
      this.jump(finEnd);
      this.leaveRegion();
      this.startCase(finCleanup);
      this.emit(`if (S[fp + ${fin.kindSlot}] === ${KIND_RETHROW}) R.setHandled(S[fp + ${finPrev}]);`);
      this.emit(`R.rethrow(S[fp + ${cleanupExc}], fp);`);
      this.startCase(finEnd);
      this.emit(`if (S[fp + ${fin.kindSlot}] === ${KIND_RETHROW}) R.setHandled(S[fp + ${finPrev}]);`);
      this.finallyDispatch(fin, finExc, after);
    }
    this.startCase(after);
  }

  /** except clauses of an exploded try: the caught exception is in exSlot. */
  private explodeHandlers(s: ast.Try, exSlot: number, afterHandlers: number): void {
    // The exception is the handled one while the handlers' types are matched and while a
    // handler runs (FunctionCompiler.tryExcept); `failed` restores the previous one.
    const prevSlot = this.allocTemp(), cleanupExc = this.allocTemp();
    const matchStart = this.newCase(), failed = this.newCase();
    this.emit(`S[fp + ${prevSlot}] = R.getHandled(); R.setHandled(S[fp + ${exSlot}]);`);
    this.jump(matchStart);
    this.enterRegion({ handler: failed, excSlot: cleanupExc });
    this.startCase(matchStart);
    // Pick a handler (structured tests), then run its body (exploded).
    const bodies = s.handlers.map(() => this.newCase());
    for (let i = 0; i < s.handlers.length; i++) {
      const h = s.handlers[i];
      if (h.type) this.emit(`if (R.excMatches(S[fp + ${exSlot}], ${this.expr(h.type)})) { pc = ${bodies[i]}; continue; }`);
      else this.jump(bodies[i]);
    }
    this.emit(`S[fp + ${cleanupExc}] = S[fp + ${exSlot}];`);
    this.leaveRegion();
    this.startCase(failed);
    this.emit(`R.setHandled(S[fp + ${prevSlot}]);`);
    this.emit(`R.rethrow(S[fp + ${cleanupExc}], fp);`);
    for (let i = 0; i < s.handlers.length; i++) {
      const h = s.handlers[i];
      this.startCase(bodies[i]);
      if (h.name) this.assignName(h.name, `S[fp + ${exSlot}]`);
      const hStart = this.newCase();
      // Exits from the handler body restore the handled exception first.
      const hf: FinallyFrame = { fin: this.newCase(), kindSlot: this.allocTemp() };
      const cleanup = this.newCase();
      this.emit(`S[fp + ${hf.kindSlot}] = ${KIND_NEXT};`);
      this.jump(hStart);
      this.enterRegion({ handler: cleanup, excSlot: cleanupExc });
      this.startCase(hStart);
      this.finStack.push(hf);
      this.genStmts(h.body);
      this.finStack.pop();
      this.jump(hf.fin);
      this.leaveRegion();
      this.startCase(cleanup);
      this.emit(`S[fp + ${hf.kindSlot}] = ${KIND_RETHROW};`);
      this.startCase(hf.fin);
      this.emit(`R.setHandled(S[fp + ${prevSlot}]);`);
      if (h.name) this.deleteName(h.name, true);
      this.finallyDispatch(hf, cleanupExc, afterHandlers);
    }
  }

  /**
   * except* clauses of an exploded try (the steps of FunctionCompiler.tryExceptStar laid out
   * as cases, so that handlers may yield): each handler runs on its match, what it raises is
   * collected, and the end raises the combination with the unmatched rest.
   */
  private explodeStarHandlers(s: ast.Try, exSlot: number, afterHandlers: number): void {
    const st = this.exceptStarBegin(`S[fp + ${exSlot}]`);
    const raisedExc = this.allocTemp(), failedExc = this.allocTemp();
    const matchStart = this.newCase(), failed = this.newCase(), end = this.newCase();
    this.jump(matchStart);
    // Matching (a bad handler type) and collecting may raise: leave the block then.
    this.enterRegion({ handler: failed, excSlot: failedExc });
    this.startCase(matchStart);
    for (const h of s.handlers) {
      const next = this.newCase(), hStart = this.newCase(), raisedCase = this.newCase(), hEnd = this.newCase();
      this.exceptStarMatch(h, st);
      this.emit(`if (S[fp + ${st.match}] === R.None) { pc = ${next}; continue; }`);
      this.exceptStarHandlerStart(h, st);
      this.jump(hStart);
      // break, continue and return cannot leave an except* block: only exceptions do.
      this.enterRegion({ handler: raisedCase, excSlot: raisedExc });
      this.startCase(hStart);
      this.genStmts(h.body);
      this.jump(hEnd);
      this.leaveRegion();
      this.startCase(raisedCase);
      this.exceptStarRaised(st, `S[fp + ${raisedExc}]`);
      this.startCase(hEnd);
      this.exceptStarHandlerEnd(h, st);
      this.startCase(next);
    }
    this.jump(end);
    this.leaveRegion();
    this.startCase(failed);
    this.exceptStarRestore(st);
    this.emit(`R.rethrow(S[fp + ${failedExc}], fp);`);
    this.startCase(end);
    this.exceptStarEnd(st);
    this.jump(afterHandlers);
  }

  /**
   * with / async with, from item i on: enter the manager (awaiting __aenter__), run the rest
   * as a finally-like block whose exits call __exit__ (await __aexit__), and offer an
   * exception leaving it to __exit__, whose true result swallows it.
   */
  private explodeWith(s: ast.With | ast.AsyncWith, i: number): void {
    if (i >= s.items.length) { this.genStmts(s.body); return; }
    const isAsync = s.kind === NodeKind.AsyncWith;
    const item = s.items[i];
    const p = this.pos(item.context_expr);
    // t: the entered value (with), or each awaitable of __aenter__/__aexit__ (async with).
    const mgr = this.allocTemp(), exit = this.allocTemp(), exc = this.allocTemp(), t = this.allocTemp();
    const m = `S[fp + ${mgr}]`, x = `S[fp + ${exit}]`;
    this.emit(`${m} = ${this.expr(item.context_expr)};`);
    let entered: string;
    if (isAsync) {
      this.emit(`${x} = R.asyncWithExit(${m});`);
      this.emit(`S[fp + ${t}] = R.asyncWithEnter(${m});`);
      entered = this.delegate(this.slot(t), p);
    } else {
      this.emit(`${x} = R.withExit(${m});`);
      this.emit(`S[fp + ${t}] = R.withEnter(${m});`);
      entered = this.slot(t);
    }
    const f: FinallyFrame = { fin: this.newCase(), kindSlot: this.allocTemp() };
    this.emit(`S[fp + ${f.kindSlot}] = ${KIND_NEXT};`);
    const start = this.newCase();
    const handler = this.newCase();
    const after = this.newCase();
    this.jump(start);
    this.enterRegion({ handler, excSlot: exc });
    this.startCase(start);
    this.finStack.push(f);
    if (item.optional_vars) this.assign(item.optional_vars, entered);
    this.explodeWith(s, i + 1);
    this.finStack.pop();
    this.jump(f.fin);
    this.leaveRegion();
    this.startCase(handler);
    const mark = this.tempMark;
    if (isAsync) {
      this.emit(`S[fp + ${t}] = R.asyncWithExitCall(${x}, ${m}, S[fp + ${exc}]);`);
      const swallow = this.delegate(this.slot(t), p);
      this.emit(`if (R.truthy(${swallow})) { pc = ${after}; continue; }`);
    } else {
      this.emit(`if (R.withExitException(${x}, ${m}, S[fp + ${exc}])) { pc = ${after}; continue; }`);
    }
    this.emit(`R.rethrow(S[fp + ${exc}], fp);`);
    this.tempMark = mark;
    this.startCase(f.fin);
    if (isAsync) {
      this.emit(`S[fp + ${t}] = R.asyncWithExitCall(${x}, ${m}, NULL);`);
      this.delegate(this.slot(t), p);
      this.tempMark = mark;
    } else {
      this.emit(`R.withExitNormal(${x}, ${m});`);
    }
    this.finallyDispatch(f, exc, after);
    this.startCase(after);
  }

  private explodeAsyncFor(s: ast.AsyncFor): void {
    // it = aiter(iterable); loop: target = await anext(it), StopAsyncIteration ends the loop.
    const it = this.allocTemp(), aw = this.allocTemp();
    this.emit(`S[fp + ${it}] = R.asyncForIter(${this.expr(s.iter)});`);
    const top = this.newCase(), elseC = this.newCase(), after = this.newCase();
    this.startCase(top);
    this.tempMark = aw + 1;
    this.emit(`S[fp + ${aw}] = R.asyncForNext(S[fp + ${it}]);`);
    const v = this.delegate(this.slot(aw), this.pos(s), elseC);
    this.assign(s.target, v);
    this.tempMark = aw + 1;
    this.explodeLoopRest(s, top, elseC, after, 'if (I[POLL] !== 0) R.safepoint();');
  }

  /**
   * The rest of an exploded loop once its step (at case `top`) has jumped to `elseC` when
   * exhausted: the body (break goes to `after`, continue to `top`), the back-edge with its
   * safepoint poll, the else block.
   */
  private explodeLoopRest(s: ast.While | ast.For | ast.AsyncFor, top: number, elseC: number, after: number, poll: string): void {
    this.genLoops.push({ brk: after, cont: top, finDepth: this.finStack.length });
    this.genStmts(s.body);
    this.genLoops.pop();
    this.emit(poll);
    this.jump(top);
    this.startCase(elseC);
    this.genStmts(s.orelse);
    this.startCase(after);
  }

  // ---- expressions with yields ------------------------------------------------------------
  yieldExpr(e: ast.Yield | ast.YieldFrom): string {
    const mark = this.tempMark;
    if (e.kind === NodeKind.Yield) {
      let v = e.value ? this.expr(e.value) : 'R.None';
      // An async generator's items are told apart from the suspensions of its awaits.
      if (this.scope.isCoroutine) v = `R.asyncGenWrap(${v})`;
      const resume = this.newCase();
      // An exception thrown in at this yield is located at the yield expression.
      this.emit(`ln = ${this.pos(e)}; R.genSuspend(fp, ${resume}); return ${v};`);
      this.startCase(resume);
      return this.toTemp('sent', mark);
    }
    if (this.scope.isCoroutine) throw new CompileError('SyntaxError', "'yield from' inside async function", e.lineno, e.col_offset + 1);
    return this.delegateExpr(e, `R.yieldFromIter(${this.expr(e.value)}, fp)`, mark);
  }

  protected awaitComprehension(coro: string, e: ast.Expr, mark: number): string {
    if (!this.scope.isCoroutine) return super.awaitComprehension(coro, e, mark);
    return this.delegateExpr(e, `R.awaitIter(${coro})`, mark);
  }

  /** await e: delegate to the awaitable's iterator like yield from. */
  private awaitExpr(e: ast.Await): string {
    if (!this.scope.isCoroutine) throw new CompileError('SyntaxError', "'await' outside async function", e.lineno, e.col_offset + 1);
    const mark = this.tempMark;
    return this.delegateExpr(e, `R.awaitIter(${this.expr(e.value)})`, mark);
  }

  /**
   * yield from / await as an expression: the iterator made by `iterCode` goes to a temp, the
   * delegation loop runs, and its result lands in the temp at `mark`.
   */
  private delegateExpr(e: ast.Expr, iterCode: string, mark: number): string {
    const it = this.toTempAt(e, iterCode, mark);
    const out = this.delegate(it, this.pos(e));
    this.tempMark = mark;
    return this.toTemp(out, mark);
  }

  /**
   * The delegation loop of yield from / await over the iterator in `it`: each resume sends
   * (or throws) into it; its yields are ours. Returns the slot holding its return value.
   * With `onStopAsync`, StopAsyncIteration from the iterator jumps there (async for).
   */
  private delegate(it: string, p: number, onStopAsync?: number): string {
    const out = this.allocTemp();
    this.emit(`S[fp + ${out}] = R.None;`);
    const loop = this.newCase();
    this.yieldFromCases.push(loop);
    this.emit(`sent = R.None;`);
    this.startCase(loop);
    if (onStopAsync === undefined) this.emit(`{ ln = ${p}; const step = R.yieldFromStep(${it}, sent, mode); mode = 0;`);
    else this.emit(`{ ln = ${p}; let step; try { step = R.yieldFromStep(${it}, sent, mode); } catch (x) { if (!R.isStopAsyncIteration(x)) throw x; mode = 0; pc = ${onStopAsync}; continue; } mode = 0;`);
    this.emit(`  if (step !== NULL) { R.genSuspend(fp, ${loop}); return step; } }`);
    this.emit(`S[fp + ${out}] = R.yieldFromResult();`);
    this.tempMark = out + 1;
    return this.slot(out);
  }

  expr(e: ast.Expr): string {
    if (e.kind === NodeKind.Await) return this.awaitExpr(e);
    if ((e.kind === NodeKind.BoolOp || e.kind === NodeKind.IfExp || (e.kind === NodeKind.Compare && e.ops.length > 1)) && containsYield(e)) {
      return this.explodeExpr(e);
    }
    return super.expr(e);
  }
  test(e: ast.Expr, jump: number): string {
    if (containsYield(e)) { const v = this.expr(e); return `(${this.atExpr(jump)}R.truthy(${v}))`; }
    return super.test(e, jump);
  }

  private explodeExpr(e: ast.BoolOp | ast.IfExp | ast.Compare): string {
    const t = this.allocTemp();
    const after = this.newCase();
    if (e.kind === NodeKind.BoolOp) {
      for (let i = 0; i < e.values.length; i++) {
        this.tempMark = t + 1;
        this.emit(`S[fp + ${t}] = ${this.expr(e.values[i])};`);
        if (i < e.values.length - 1) this.emit(`if (${e.op === BoolOperator.And ? '!' : ''}(${this.atExpr(this.pos(e))}R.truthy(S[fp + ${t}]))) { pc = ${after}; continue; }`);
      }
      this.jump(after);
    } else if (e.kind === NodeKind.IfExp) {
      const elseC = this.newCase();
      this.emit(`if (!(${this.test(e.test, this.pos(e))})) { pc = ${elseC}; continue; }`);
      this.tempMark = t + 1;
      this.emit(`S[fp + ${t}] = ${this.expr(e.body)};`);
      this.jump(after);
      this.startCase(elseC);
      this.tempMark = t + 1;
      this.emit(`S[fp + ${t}] = ${this.expr(e.orelse)};`);
      this.jump(after);
    } else {
      throw new CompileError('SyntaxError', 'yield inside a chained comparison is not supported', e.lineno, e.col_offset + 1);
    }
    this.startCase(after);
    this.tempMark = t + 1;
    return this.slot(t);
  }

  /** The factory body: entry function (makes the generator) and resume function. */
  wrap(jsName: string, params: string[], nslots: number, info: { firstlineno: number; params: string[]; flags: number }): string[] {
    const out: string[] = [];
    const table = [...this.caseRegion].map(([c, r]) => `${c}: [${r.handler}, ${r.excSlot}]`).join(', ');
    out.push(`var HANDLERS = {${table}};`);
    out.push(`var YF = new Set([${this.yieldFromCases.join(', ')}]);`);
    out.push(`function ${jsName}_resume(fp, mode, sent) {`);
    out.push(`  ${LOCAL_VIEWS}`);
    out.push('  let pc = R.genPc(fp), ln = R.genLine(fp), r = 0, x = 0, y = 0, z = 0;');
    out.push('  const fn = S[fp];');
    out.push('  const G = R.fnGlobals(fn);');
    out.push('  for (;;) {');
    out.push('    try {');
    out.push('      if (mode === 1 && !YF.has(pc)) { mode = 0; R.genThrowIn(sent); }');
    out.push('      switch (pc) {');
    out.push('    case 0: pc = 0;');
    out.push(...prologueCells(this, info).map((l) => '  ' + l));
    out.push(...this.lines.map((l) => '  ' + l));
    out.push('      }');
    out.push('      return R.genReturn(fp, R.None);');
    out.push('    } catch (e) {');
    out.push('      if (R.genFinished(fp)) throw e;');
    out.push('      const h = HANDLERS[pc];');
    out.push('      if (h === undefined) { R.genAbort(fp, ln); throw R.addTraceback(e, fp, ln); }');
    out.push('      S[fp + h[1]] = R.catchException(e, fp, ln).exc;');
    out.push('      pc = h[0]; mode = 0;');
    out.push('    } finally { R.genSaveLine(fp, ln); }');
    out.push('  }');
    out.push('}');
    out.push(`return R.generatorEntry(function ${jsName}(fn${params.map((p) => ', ' + p).join('')}) {`);
    out.push(`  ${LOCAL_VIEWS}`);
    out.push(`  const fp = R.genNewFrame(${nslots}, fn, 0);`);
    params.forEach((p, i) => out.push(`  S[fp + ${i + 1}] = ${p};`));
    out.push(`  return R.newGenerator(fn, fp, ${jsName}_resume, ${info.flags});`);
    out.push(`}, ${jsName}_resume);`);
    return out;
  }
}


