/**
 * The root table: well-known objects every worker must find, at fixed indices.
 * Builtin types follow from index TYPE_ROOTS (objects/typeobject.ts).
 */
import { F, I32 } from './memory';
import { ROOT_TABLE, CTRL_ROOT_HIGH } from './layout';

export const enum Root {
  None = 0,
  True,
  False,
  NotImplemented,
  Ellipsis,
  InternTable, //     dict str -> str
  Builtins, //        the builtins module
  SysModules, //      sys.modules
  MainModule,
  CodeRegistry, //    list of code objects by code id (so any worker can compile any code)
  SysModule,
  ImportLock, //      object whose lock word serialises imports
  EmptyTuple,
  EmptyStr,
  ThreadRegistry, //  dict of Python threads (threading support)
  SmallFloats, //     tuple of the boxed floats -256.0 .. 256.0 and -0.0 (shared, never freed)
  SpareMemoryError, // a MemoryError instance for when not even that can be allocated
  Spare1,
  Spare2,
}

export function getRoot(r: Root): number { return F[(ROOT_TABLE >> 3) + r]; }
export function setRoot(r: Root, v: number): void { setRootSlot(r, v); }
/**
 * Write root table slot `i`. Slots at or above CTRL_ROOT_HIGH are unused: the collector
 * scans only below it. The mark only grows (CAS loop), and is raised before the slot is
 * written, so a collection never misses a slot in use.
 */
export function setRootSlot(i: number, v: number): void {
  for (;;) {
    const high = Atomics.load(I32, CTRL_ROOT_HIGH >> 2);
    if (high > i || Atomics.compareExchange(I32, CTRL_ROOT_HIGH >> 2, high, i + 1) === high) break;
  }
  F[(ROOT_TABLE >> 3) + i] = v;
}
