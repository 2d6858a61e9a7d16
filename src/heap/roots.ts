/**
 * The root table: well-known objects every worker must find, at fixed indices.
 * Builtin types follow from index TYPE_ROOTS (objects/typeobject.ts).
 */
import { F } from './memory';
import { ROOT_TABLE } from './layout';

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
  SpareMemoryError, // a MemoryError instance for when not even that can be allocated
  Spare0,
  Spare1,
  Spare2,
}

export function getRoot(r: Root): number { return F[(ROOT_TABLE >> 3) + r]; }
export function setRoot(r: Root, v: number): void { F[(ROOT_TABLE >> 3) + r] = v; }
