/**
 * Recursion guard for repr of containers that may contain themselves ([...], {...}):
 * a per-worker set of the objects whose repr is in progress (CPython's Py_ReprEnter).
 */
const inProgress = new Set<number>();
export function enterRepr(v: number): boolean {
  if (inProgress.has(v)) return false;
  inProgress.add(v);
  return true;
}
export function leaveRepr(v: number): void { inProgress.delete(v); }
