// dumpAst: the text of Python 3.11's `ast.dump(node, include_attributes=...)`,
// so that our trees can be compared with CPython's textually.
//
// Like ast.dump, optional fields whose value is None are left out. The 3.12
// `type_params` fields are printed only when non-empty (3.11 has no such field).

import * as ast from './ast';
import { NodeKind, ConstantType } from './ast';

interface Schema { name: string; fields: string[]; optional: string[]; located: boolean }

const S: Schema[] = [];
function def(kind: NodeKind, name: string, fields: string, optional = '', located = true): void {
  S[kind] = { name, fields: fields ? fields.split(' ') : [], optional: optional ? optional.split(' ') : [], located };
}

def(NodeKind.Module, 'Module', 'body type_ignores', '', false);
def(NodeKind.Interactive, 'Interactive', 'body', '', false);
def(NodeKind.Expression, 'Expression', 'body', '', false);
def(NodeKind.FunctionDef, 'FunctionDef', 'name args body decorator_list returns type_comment type_params', 'returns type_comment');
def(NodeKind.AsyncFunctionDef, 'AsyncFunctionDef', 'name args body decorator_list returns type_comment type_params', 'returns type_comment');
def(NodeKind.ClassDef, 'ClassDef', 'name bases keywords body decorator_list type_params');
def(NodeKind.Return, 'Return', 'value', 'value');
def(NodeKind.Delete, 'Delete', 'targets');
def(NodeKind.Assign, 'Assign', 'targets value type_comment', 'type_comment');
def(NodeKind.TypeAlias, 'TypeAlias', 'name type_params value');
def(NodeKind.AugAssign, 'AugAssign', 'target op value');
def(NodeKind.AnnAssign, 'AnnAssign', 'target annotation value simple', 'value');
def(NodeKind.For, 'For', 'target iter body orelse type_comment', 'type_comment');
def(NodeKind.AsyncFor, 'AsyncFor', 'target iter body orelse type_comment', 'type_comment');
def(NodeKind.While, 'While', 'test body orelse');
def(NodeKind.If, 'If', 'test body orelse');
def(NodeKind.With, 'With', 'items body type_comment', 'type_comment');
def(NodeKind.AsyncWith, 'AsyncWith', 'items body type_comment', 'type_comment');
def(NodeKind.Match, 'Match', 'subject cases');
def(NodeKind.Raise, 'Raise', 'exc cause', 'exc cause');
def(NodeKind.Try, 'Try', 'body handlers orelse finalbody');
def(NodeKind.TryStar, 'TryStar', 'body handlers orelse finalbody');
def(NodeKind.Assert, 'Assert', 'test msg', 'msg');
def(NodeKind.Import, 'Import', 'names');
def(NodeKind.ImportFrom, 'ImportFrom', 'module names level', 'module level');
def(NodeKind.Global, 'Global', 'names');
def(NodeKind.Nonlocal, 'Nonlocal', 'names');
def(NodeKind.Expr, 'Expr', 'value');
def(NodeKind.Pass, 'Pass', '');
def(NodeKind.Break, 'Break', '');
def(NodeKind.Continue, 'Continue', '');
def(NodeKind.BoolOp, 'BoolOp', 'op values');
def(NodeKind.NamedExpr, 'NamedExpr', 'target value');
def(NodeKind.BinOp, 'BinOp', 'left op right');
def(NodeKind.UnaryOp, 'UnaryOp', 'op operand');
def(NodeKind.Lambda, 'Lambda', 'args body');
def(NodeKind.IfExp, 'IfExp', 'test body orelse');
def(NodeKind.Dict, 'Dict', 'keys values');
def(NodeKind.Set, 'Set', 'elts');
def(NodeKind.ListComp, 'ListComp', 'elt generators');
def(NodeKind.SetComp, 'SetComp', 'elt generators');
def(NodeKind.DictComp, 'DictComp', 'key value generators');
def(NodeKind.GeneratorExp, 'GeneratorExp', 'elt generators');
def(NodeKind.Await, 'Await', 'value');
def(NodeKind.Yield, 'Yield', 'value', 'value');
def(NodeKind.YieldFrom, 'YieldFrom', 'value');
def(NodeKind.Compare, 'Compare', 'left ops comparators');
def(NodeKind.Call, 'Call', 'func args keywords');
def(NodeKind.FormattedValue, 'FormattedValue', 'value conversion format_spec', 'format_spec');
def(NodeKind.JoinedStr, 'JoinedStr', 'values');
def(NodeKind.Constant, 'Constant', 'value constKind', 'constKind');
def(NodeKind.Attribute, 'Attribute', 'value attr ctx');
def(NodeKind.Subscript, 'Subscript', 'value slice ctx');
def(NodeKind.Starred, 'Starred', 'value ctx');
def(NodeKind.Name, 'Name', 'id ctx');
def(NodeKind.List, 'List', 'elts ctx');
def(NodeKind.Tuple, 'Tuple', 'elts ctx');
def(NodeKind.Slice, 'Slice', 'lower upper step', 'lower upper step');
def(NodeKind.comprehension, 'comprehension', 'target iter ifs is_async', '', false);
def(NodeKind.ExceptHandler, 'ExceptHandler', 'type name body', 'type name');
def(NodeKind.arguments, 'arguments', 'posonlyargs args vararg kwonlyargs kw_defaults kwarg defaults', 'vararg kwarg', false);
def(NodeKind.arg, 'arg', 'arg annotation type_comment', 'annotation type_comment');
def(NodeKind.keyword, 'keyword', 'arg value', 'arg');
def(NodeKind.alias, 'alias', 'name asname', 'asname');
def(NodeKind.withitem, 'withitem', 'context_expr optional_vars', 'optional_vars', false);
def(NodeKind.match_case, 'match_case', 'pattern guard body', 'guard', false);
def(NodeKind.MatchValue, 'MatchValue', 'value');
def(NodeKind.MatchSingleton, 'MatchSingleton', 'value');
def(NodeKind.MatchSequence, 'MatchSequence', 'patterns');
def(NodeKind.MatchMapping, 'MatchMapping', 'keys patterns rest', 'rest');
def(NodeKind.MatchClass, 'MatchClass', 'cls patterns kwd_attrs kwd_patterns');
def(NodeKind.MatchStar, 'MatchStar', 'name', 'name');
def(NodeKind.MatchAs, 'MatchAs', 'pattern name', 'pattern name');
def(NodeKind.MatchOr, 'MatchOr', 'patterns');
def(NodeKind.TypeIgnore, 'TypeIgnore', 'lineno tag', '', false);
def(NodeKind.TypeVar, 'TypeVar', 'name bound', 'bound');
def(NodeKind.ParamSpec, 'ParamSpec', 'name');
def(NodeKind.TypeVarTuple, 'TypeVarTuple', 'name');

const OPERATORS = ['Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow', 'LShift', 'RShift', 'BitOr', 'BitXor', 'BitAnd', 'FloorDiv'];
const BOOLOPS = ['And', 'Or'];
const UNARYOPS = ['Invert', 'Not', 'UAdd', 'USub'];
const CMPOPS = ['Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn'];
const CONTEXTS = ['Load', 'Store', 'Del'];

/** Python's ast.dump(node, include_attributes=includeAttributes) (3.11 format). */
export function dumpAst(node: ast.Node, includeAttributes = false): string {
  return fmtNode(node, includeAttributes);
}

function fmtNode(node: ast.Node, attrs: boolean): string {
  const sch = S[node.kind];
  const n = node as unknown as Record<string, unknown>;
  const args: string[] = [];
  for (const f of sch.fields) {
    const v = n[f];
    if ((v === null || v === undefined) && sch.optional.includes(f)) continue;
    if (f === 'type_params' && node.kind !== NodeKind.TypeAlias && Array.isArray(v) && v.length === 0) continue;
    const pyName = f === 'constKind' ? 'kind' : f;
    args.push(`${pyName}=${fmtField(node, f, v, attrs)}`);
  }
  if (attrs && sch.located) {
    for (const a of ['lineno', 'col_offset', 'end_lineno', 'end_col_offset']) {
      args.push(`${a}=${n[a]}`);
    }
  }
  return `${sch.name}(${args.join(', ')})`;
}

function fmtField(node: ast.Node, field: string, v: unknown, attrs: boolean): string {
  switch (field) {
    case 'op':
      if (node.kind === NodeKind.BoolOp) return BOOLOPS[v as number] + '()';
      if (node.kind === NodeKind.UnaryOp) return UNARYOPS[v as number] + '()';
      return OPERATORS[v as number] + '()';
    case 'ops':
      return '[' + (v as number[]).map((o) => CMPOPS[o] + '()').join(', ') + ']';
    case 'ctx':
      return CONTEXTS[v as number] + '()';
    case 'value':
      if (node.kind === NodeKind.Constant) return reprConstant(node.value, node.valueType);
      if (node.kind === NodeKind.MatchSingleton) return v === null ? 'None' : v ? 'True' : 'False';
      break;
  }
  return fmtValue(v, attrs);
}

function fmtValue(v: unknown, attrs: boolean): string {
  if (v === null || v === undefined) return 'None';
  if (Array.isArray(v)) return '[' + v.map((x) => fmtValue(x, attrs)).join(', ') + ']';
  if (typeof v === 'string') return reprStr(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && typeof (v as { kind?: unknown }).kind === 'number') return fmtNode(v as ast.Node, attrs);
  return String(v);
}

export function reprConstant(v: ast.ConstantValue, type: ConstantType): string {
  switch (type) {
    case ConstantType.None: return 'None';
    case ConstantType.Bool: return v ? 'True' : 'False';
    case ConstantType.Ellipsis: return 'Ellipsis';
    case ConstantType.Int: return String(v);
    case ConstantType.Float: return reprFloat(v as number);
    case ConstantType.Complex: {
      const im = (v as ast.Complex).imag;
      let r = reprFloat(im);
      if (r.endsWith('.0')) r = r.slice(0, -2);
      if (!Number.isFinite(im)) return r + 'j';
      return r + 'j';
    }
    case ConstantType.Str: return reprStr(v as string);
    case ConstantType.Bytes: return reprBytes(v as Uint8Array);
  }
  return String(v);
}

/** Python's float repr ('r' format: shortest round-trip digits). */
export function reprFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const e = x.toExponential(); // shortest digits: d.ddde+N
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e)!;
  const sign = m[1];
  const digits = m[2] + (m[3] ?? '');
  const exp = parseInt(m[4], 10);
  const decpt = exp + 1;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) return sign + '0.' + '0'.repeat(-decpt) + digits;
    if (decpt >= digits.length) return sign + digits + '0'.repeat(decpt - digits.length) + '.0';
    return sign + digits.slice(0, decpt) + '.' + digits.slice(decpt);
  }
  const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  const ae = Math.abs(exp);
  return sign + mant + 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
}

const NONPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(n: number, width: number): string {
  const h = n.toString(16);
  return '0'.repeat(Math.max(0, width - h.length)) + h;
}

/** Python's repr() of a str. */
export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (ch !== ' ' && NONPRINTABLE.test(ch)) {
      if (cp <= 0xff) out += '\\x' + hex(cp, 2);
      else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
      else out += '\\U' + hex(cp, 8);
    } else out += ch;
  }
  return out + quote;
}

/** Python's repr() of a bytes object. */
export function reprBytes(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) { if (c === 39) hasSingle = true; else if (c === 34) hasDouble = true; }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + quote;
}
