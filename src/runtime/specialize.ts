/**
 * A fresh copy of a closure, with its own V8 SharedFunctionInfo and so its own type
 * feedback and optimized code.
 *
 * Closures made by one function literal share their feedback: the call `fn(a)` inside a
 * wrapper that every native gets (call.ts entries, math.ts float1) is one call site for V8,
 * which sees all natives' functions there (megamorphic), so it inlines none of them, even
 * where a compiled call site knows which wrapper it calls. `specialize(factory, ...deps)`
 * compiles the factory's source again, so each copy's calls see one target.
 *
 * The factory may use only its parameters and JS globals: it is compiled outside the module
 * that wrote it. Made once per native and shape (a compile of a few lines), never per call.
 */
export function specialize<A extends unknown[], R>(factory: (...deps: A) => R, ...deps: A): R {
  const copy = new Function(`return ${factory.toString()}`)() as (...deps: A) => R;
  return copy(...deps);
}
