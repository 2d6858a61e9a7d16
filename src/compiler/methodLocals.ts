/**
 * Locals that hold a method only to call it: `random = self.random` once, then only
 * `random(...)` (the idiom of hot loops, and of random.py, heapq, json...). Such a local
 * can keep the method unbound, as CPython's LOAD_METHOD keeps it on its stack: the function
 * in the local's slot and `self` in a hidden slot next to it, so the load makes no bound
 * method object and each call prepends self (codegen `methodLocalCall`, runtime
 * loadMethod/callWithSelf). The bound method could only be told apart by looking at the
 * local itself, so a local qualifies only when nothing else can:
 *   - it is a plain local of a function (not a parameter, cell, global), assigned exactly
 *     once, by a statement `name = <expr>.<attr>`;
 *   - every other use is the callee of a call with at most three positional arguments
 *     and no keywords or `*`/`**` (what the cached call paths take);
 *   - no other binding of the name anywhere (del, for/with/except/import targets, walrus,
 *     match captures, nested defs, augmented assignment);
 *   - the function calls nothing that reads its frame's locals (FRAME_READERS).
 */
import * as ast from '../parser/ast';
import { NodeKind, ExprContext } from '../parser/ast';

export function methodLocals(body: ast.Stmt[], candidates: Set<string>, frameReaders: Set<string>): Set<string> {
  const stores = new Map<string, number>();
  const bad = new Set<string>();
  let readsFrame = false;
  const visit = (n: unknown, asCallee: boolean): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) { for (const x of n) visit(x, false); return; }
    if (!('kind' in (n as object))) return;
    const node = n as ast.Node;
    switch (node.kind) {
      case NodeKind.Name: {
        const name = node as ast.Name;
        if (name.ctx !== ExprContext.Load || !asCallee) bad.add(name.id);
        return;
      }
      case NodeKind.Assign: {
        const s = node as ast.Assign;
        const t = s.targets[0];
        if (s.targets.length === 1 && t.kind === NodeKind.Name && s.value.kind === NodeKind.Attribute) {
          stores.set(t.id, (stores.get(t.id) ?? 0) + 1);
          visit(s.value, false);
          return;
        }
        break;
      }
      case NodeKind.Call: {
        const c = node as ast.Call;
        if (c.func.kind === NodeKind.Name && frameReaders.has(c.func.id)) readsFrame = true;
        if (c.func.kind === NodeKind.Attribute && frameReaders.has(c.func.attr)) readsFrame = true;
        const plain = c.keywords.length === 0 && c.args.length <= 3 && c.args.every((a) => a.kind !== NodeKind.Starred);
        visit(c.func, plain);
        visit(c.args, false);
        visit(c.keywords, false);
        return;
      }
      // Bindings by a bare string: the name is not only the method's.
      case NodeKind.FunctionDef: case NodeKind.AsyncFunctionDef: case NodeKind.ClassDef: {
        bad.add((node as ast.FunctionDef).name);
        break;
      }
      case NodeKind.ExceptHandler: { const h = node as ast.ExceptHandler; if (h.name) bad.add(h.name); break; }
      case NodeKind.alias: { const a = node as ast.Alias; bad.add(a.asname ?? a.name.split('.')[0]); break; }
      case NodeKind.Global: case NodeKind.Nonlocal: for (const x of (node as ast.Global).names) bad.add(x); break;
      case NodeKind.MatchAs: case NodeKind.MatchStar: { const m = node as ast.MatchAs; if (m.name) bad.add(m.name); break; }
      case NodeKind.MatchMapping: { const m = node as ast.MatchMapping; if (m.rest) bad.add(m.rest); break; }
    }
    for (const key in node) {
      if (key === 'kind') continue;
      const v = (node as unknown as Record<string, unknown>)[key];
      if (v && typeof v === 'object') visit(v, false);
    }
  };
  visit(body, false);
  const out = new Set<string>();
  if (readsFrame) return out;
  for (const [name, count] of stores) if (count === 1 && candidates.has(name) && !bad.has(name)) out.add(name);
  return out;
}
