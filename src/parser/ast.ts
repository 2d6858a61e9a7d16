// AST node types, shaped exactly like CPython's `ast` module (Python 3.12 grammar).
//
// Conventions (see also docs in index.ts):
// - Every node has a `kind` tag (NodeKind, named after the Python class) and the
//   Python fields in the Python order. Optional Python fields (`expr?`) are `null`
//   when absent.
// - Located nodes (stmt, expr, pattern, excepthandler, arg, keyword, alias,
//   type_param) carry lineno/col_offset/end_lineno/end_col_offset with CPython's
//   conventions: lines are 1-based, columns are 0-based UTF-8 byte offsets.
// - Constant.value: None -> null, bool -> boolean, int -> number when
//   Number.isSafeInteger else bigint, float -> number, complex -> {imag: number},
//   str -> string, bytes -> Uint8Array, Ellipsis -> the ELLIPSIS singleton.
//   Because ints and floats may both be JS numbers, Constant also has a
//   non-Python field `valueType` (ConstantType) telling which Python type it is.
//   Python's `Constant.kind` ('u' for u-prefixed strings) is stored in
//   `constKind`, since `kind` is the node tag.
// - The 3.12 `type_params` fields exist on FunctionDef/AsyncFunctionDef/ClassDef
//   (empty array when absent).

export const enum NodeKind {
  // mod
  Module, Interactive, Expression,
  // stmt
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, TypeAlias, AugAssign,
  AnnAssign, For, AsyncFor, While, If, With, AsyncWith, Match, Raise, Try, TryStar,
  Assert, Import, ImportFrom, Global, Nonlocal, Expr, Pass, Break, Continue,
  // expr
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp,
  DictComp, GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue,
  JoinedStr, Constant, Attribute, Subscript, Starred, Name, List, Tuple, Slice,
  // misc
  comprehension, ExceptHandler, arguments, arg, keyword, alias, withitem, match_case,
  // pattern
  MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar,
  MatchAs, MatchOr,
  TypeIgnore,
  // type_param (3.12)
  TypeVar, ParamSpec, TypeVarTuple,
}

export const enum ExprContext { Load, Store, Del }
export const enum BoolOperator { And, Or }
export const enum Operator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }
export const enum UnaryOperator { Invert, Not, UAdd, USub }
export const enum CmpOperator { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

/** Which Python type a Constant's value has. */
export const enum ConstantType { None, Bool, Int, Float, Complex, Str, Bytes, Ellipsis }

export interface Complex { imag: number }
export interface EllipsisValue { readonly ellipsis: true }
export const ELLIPSIS: EllipsisValue = Object.freeze({ ellipsis: true as const });
export type ConstantValue = null | boolean | number | bigint | string | Uint8Array | Complex | EllipsisValue;

export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---------------------------------------------------------------- mod
export interface Module { kind: NodeKind.Module; body: Stmt[]; type_ignores: TypeIgnore[] }
export interface Interactive { kind: NodeKind.Interactive; body: Stmt[] }
export interface Expression { kind: NodeKind.Expression; body: Expr }
export interface TypeIgnore { kind: NodeKind.TypeIgnore; lineno: number; tag: string }
export type Mod = Module | Interactive | Expression;

// ---------------------------------------------------------------- stmt
export interface FunctionDef extends Located {
  kind: NodeKind.FunctionDef; name: string; args: Arguments; body: Stmt[]; decorator_list: Expr[];
  returns: Expr | null; type_comment: string | null; type_params: TypeParam[];
}
export interface AsyncFunctionDef extends Located {
  kind: NodeKind.AsyncFunctionDef; name: string; args: Arguments; body: Stmt[]; decorator_list: Expr[];
  returns: Expr | null; type_comment: string | null; type_params: TypeParam[];
}
export interface ClassDef extends Located {
  kind: NodeKind.ClassDef; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[];
  decorator_list: Expr[]; type_params: TypeParam[];
}
export interface Return extends Located { kind: NodeKind.Return; value: Expr | null }
export interface Delete extends Located { kind: NodeKind.Delete; targets: Expr[] }
export interface Assign extends Located { kind: NodeKind.Assign; targets: Expr[]; value: Expr; type_comment: string | null }
export interface TypeAlias extends Located { kind: NodeKind.TypeAlias; name: Name; type_params: TypeParam[]; value: Expr }
export interface AugAssign extends Located { kind: NodeKind.AugAssign; target: Name | Attribute | Subscript; op: Operator; value: Expr }
export interface AnnAssign extends Located {
  kind: NodeKind.AnnAssign; target: Name | Attribute | Subscript; annotation: Expr; value: Expr | null; simple: number;
}
export interface For extends Located { kind: NodeKind.For; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null }
export interface AsyncFor extends Located { kind: NodeKind.AsyncFor; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null }
export interface While extends Located { kind: NodeKind.While; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Located { kind: NodeKind.If; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Located { kind: NodeKind.With; items: WithItem[]; body: Stmt[]; type_comment: string | null }
export interface AsyncWith extends Located { kind: NodeKind.AsyncWith; items: WithItem[]; body: Stmt[]; type_comment: string | null }
export interface Match extends Located { kind: NodeKind.Match; subject: Expr; cases: MatchCase[] }
export interface Raise extends Located { kind: NodeKind.Raise; exc: Expr | null; cause: Expr | null }
export interface Try extends Located { kind: NodeKind.Try; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
export interface TryStar extends Located { kind: NodeKind.TryStar; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
export interface Assert extends Located { kind: NodeKind.Assert; test: Expr; msg: Expr | null }
export interface Import extends Located { kind: NodeKind.Import; names: Alias[] }
export interface ImportFrom extends Located { kind: NodeKind.ImportFrom; module: string | null; names: Alias[]; level: number }
export interface Global extends Located { kind: NodeKind.Global; names: string[] }
export interface Nonlocal extends Located { kind: NodeKind.Nonlocal; names: string[] }
export interface ExprStmt extends Located { kind: NodeKind.Expr; value: Expr }
export interface Pass extends Located { kind: NodeKind.Pass }
export interface Break extends Located { kind: NodeKind.Break }
export interface Continue extends Located { kind: NodeKind.Continue }

export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | TypeAlias | AugAssign
  | AnnAssign | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar
  | Assert | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---------------------------------------------------------------- expr
export interface BoolOp extends Located { kind: NodeKind.BoolOp; op: BoolOperator; values: Expr[] }
export interface NamedExpr extends Located { kind: NodeKind.NamedExpr; target: Name; value: Expr }
export interface BinOp extends Located { kind: NodeKind.BinOp; left: Expr; op: Operator; right: Expr }
export interface UnaryOp extends Located { kind: NodeKind.UnaryOp; op: UnaryOperator; operand: Expr }
export interface Lambda extends Located { kind: NodeKind.Lambda; args: Arguments; body: Expr }
export interface IfExp extends Located { kind: NodeKind.IfExp; test: Expr; body: Expr; orelse: Expr }
export interface Dict extends Located { kind: NodeKind.Dict; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Located { kind: NodeKind.Set; elts: Expr[] }
export interface ListComp extends Located { kind: NodeKind.ListComp; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Located { kind: NodeKind.SetComp; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Located { kind: NodeKind.DictComp; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Located { kind: NodeKind.GeneratorExp; elt: Expr; generators: Comprehension[] }
export interface Await extends Located { kind: NodeKind.Await; value: Expr }
export interface Yield extends Located { kind: NodeKind.Yield; value: Expr | null }
export interface YieldFrom extends Located { kind: NodeKind.YieldFrom; value: Expr }
export interface Compare extends Located { kind: NodeKind.Compare; left: Expr; ops: CmpOperator[]; comparators: Expr[] }
export interface Call extends Located { kind: NodeKind.Call; func: Expr; args: Expr[]; keywords: Keyword[] }
export interface FormattedValue extends Located { kind: NodeKind.FormattedValue; value: Expr; conversion: number; format_spec: JoinedStr | null }
export interface JoinedStr extends Located { kind: NodeKind.JoinedStr; values: (Constant | FormattedValue)[] }
export interface Constant extends Located {
  kind: NodeKind.Constant; value: ConstantValue;
  /** Python's `Constant.kind`: 'u' for u-prefixed strings, else null. */
  constKind: string | null;
  /** Not a Python field: which Python type `value` has (int and float are both JS numbers). */
  valueType: ConstantType;
}
export interface Attribute extends Located { kind: NodeKind.Attribute; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Located { kind: NodeKind.Subscript; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Located { kind: NodeKind.Starred; value: Expr; ctx: ExprContext }
export interface Name extends Located { kind: NodeKind.Name; id: string; ctx: ExprContext }
export interface List extends Located { kind: NodeKind.List; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Located { kind: NodeKind.Tuple; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Located { kind: NodeKind.Slice; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue
  | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---------------------------------------------------------------- misc
export interface Comprehension { kind: NodeKind.comprehension; target: Expr; iter: Expr; ifs: Expr[]; is_async: number }
export interface ExceptHandler extends Located { kind: NodeKind.ExceptHandler; type: Expr | null; name: string | null; body: Stmt[] }
export interface Arguments {
  kind: NodeKind.arguments; posonlyargs: Arg[]; args: Arg[]; vararg: Arg | null; kwonlyargs: Arg[];
  kw_defaults: (Expr | null)[]; kwarg: Arg | null; defaults: Expr[];
}
export interface Arg extends Located { kind: NodeKind.arg; arg: string; annotation: Expr | null; type_comment: string | null }
export interface Keyword extends Located { kind: NodeKind.keyword; arg: string | null; value: Expr }
export interface Alias extends Located { kind: NodeKind.alias; name: string; asname: string | null }
export interface WithItem { kind: NodeKind.withitem; context_expr: Expr; optional_vars: Expr | null }
export interface MatchCase { kind: NodeKind.match_case; pattern: Pattern; guard: Expr | null; body: Stmt[] }

// ---------------------------------------------------------------- pattern
export interface MatchValue extends Located { kind: NodeKind.MatchValue; value: Expr }
export interface MatchSingleton extends Located { kind: NodeKind.MatchSingleton; value: null | boolean }
export interface MatchSequence extends Located { kind: NodeKind.MatchSequence; patterns: Pattern[] }
export interface MatchMapping extends Located { kind: NodeKind.MatchMapping; keys: Expr[]; patterns: Pattern[]; rest: string | null }
export interface MatchClass extends Located {
  kind: NodeKind.MatchClass; cls: Expr; patterns: Pattern[]; kwd_attrs: string[]; kwd_patterns: Pattern[];
}
export interface MatchStar extends Located { kind: NodeKind.MatchStar; name: string | null }
export interface MatchAs extends Located { kind: NodeKind.MatchAs; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Located { kind: NodeKind.MatchOr; patterns: Pattern[] }
export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

// ---------------------------------------------------------------- type_param (3.12)
export interface TypeVar extends Located { kind: NodeKind.TypeVar; name: string; bound: Expr | null }
export interface ParamSpec extends Located { kind: NodeKind.ParamSpec; name: string }
export interface TypeVarTuple extends Located { kind: NodeKind.TypeVarTuple; name: string }
export type TypeParam = TypeVar | ParamSpec | TypeVarTuple;

export type Node =
  | Mod | Stmt | Expr | Comprehension | ExceptHandler | Arguments | Arg | Keyword | Alias
  | WithItem | MatchCase | Pattern | TypeIgnore | TypeParam;
