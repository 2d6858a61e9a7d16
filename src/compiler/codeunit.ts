/**
 * What the compiler produces for one code object, before it is put in the heap: the JS
 * source of its function and the constants that source refers to as K[i].
 */
export type ConstSpec =
  | { kind: 'none' } | { kind: 'true' } | { kind: 'false' } | { kind: 'ellipsis' }
  | { kind: 'int'; value: number | bigint } | { kind: 'float'; value: number }
  | { kind: 'complex'; imag: number }
  | { kind: 'str'; value: string } | { kind: 'name'; value: string } | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'tuple'; items: ConstSpec[] } | { kind: 'code'; unit: CodeUnit }
  | { kind: 'names'; values: string[] }; // a tuple of interned names (keyword names of calls)

export interface CodeUnit {
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  flags: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  /** Parameter and local names in slot order (slot i + 1). */
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  consts: ConstSpec[];
  source: string;
  nslots: number;
  doc: string | null;
  /**
   * Source positions of the traced operations, 4 numbers per entry: line, end line, column,
   * end column (columns in UTF-8 bytes; -1 when unknown). The generated code keeps the index of
   * the current operation's entry in its local `ln`.
   */
  positions: number[];
}
