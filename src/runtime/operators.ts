/**
 * Binary and unary operators (CPython's binary_op1 / PyNumber_*): int and float fast paths,
 * then __op__ / __rop__ dispatch with the subclass-first rule, then TypeError.
 * In-place forms try __iop__ first.
 */
import { REF_BASE, NULL, INT_LIMIT, I32, F } from '../heap/memory';
import { typeLookup, isSubtype, typeNameJs } from '../objects/typeobject';
import { IntType, BoolType, intValue, newInt, intAdd, intSub, intMul, intFloorDiv, intMod, intNeg, IntVal } from '../objects/int';
import { FloatType, newFloat, floatValue, floatTypeAddress, sharedFloatBox } from '../objects/float';
import { isExactStr, isStr, strConcat, strMod } from '../objects/str';
import { raise } from './errors';
import { N, Name } from './names';
import { typeOf, callDescr, NotImplemented, typeName } from './protocol';
import { exc } from '../objects/exceptions';

export const enum BinOp { Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor, MatMul }
const opNames: [Name, Name, Name][] = [
  ['__add__', '__radd__', '__iadd__'], ['__sub__', '__rsub__', '__isub__'], ['__mul__', '__rmul__', '__imul__'],
  ['__truediv__', '__rtruediv__', '__itruediv__'], ['__floordiv__', '__rfloordiv__', '__ifloordiv__'],
  ['__mod__', '__rmod__', '__imod__'], ['__pow__', '__rpow__', '__ipow__'], ['__lshift__', '__rlshift__', '__ilshift__'],
  ['__rshift__', '__rrshift__', '__irshift__'], ['__and__', '__rand__', '__iand__'], ['__or__', '__ror__', '__ior__'],
  ['__xor__', '__rxor__', '__ixor__'], ['__matmul__', '__rmatmul__', '__imatmul__'],
];
export const opSymbols = ['+', '-', '*', '/', '//', '%', '** or pow()', '<<', '>>', '&', '|', '^', '@'];

/** Generic binary operation. */
export function binaryOp(a: number, b: number, op: BinOp): number {
  const r = binaryOp1(a, b, op);
  if (r !== NotImplemented) return r;
  return raiseUnsupported(a, b, op, false);
}

export function inplaceOp(a: number, b: number, op: BinOp): number {
  const ta = typeOf(a);
  if (ta !== IntType && ta !== FloatType) {
    const m = typeLookup(ta, N[opNames[op][2]]);
    if (m !== NULL) {
      const r = callDescr(m, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  const r = binaryOp1(a, b, op);
  if (r !== NotImplemented) return r;
  return raiseUnsupported(a, b, op, true);
}

/** Sequence types whose + and * errors CPython words as concatenation / repetition. */
const concatNames = new Set(['str', 'list', 'tuple', 'bytes', 'bytearray']);
function raiseUnsupported(a: number, b: number, op: BinOp, inplace: boolean): never {
  const sym = opSymbols[op] + (inplace ? '=' : '');
  const ta = typeName(a), tb = typeName(b);
  if (op === BinOp.Add && concatNames.has(ta)) {
    raise(exc.TypeError, `can only concatenate ${ta} (not "${tb}") to ${ta}`);
  }
  if (op === BinOp.Mul && (concatNames.has(ta) || concatNames.has(tb))) {
    raise(exc.TypeError, `can't multiply sequence by non-int of type '${concatNames.has(ta) ? tb : ta}'`);
  }
  if (op === BinOp.Pow && inplace) raise(exc.TypeError, `unsupported operand type(s) for **=: '${typeName(a)}' and '${typeName(b)}'`);
  raise(exc.TypeError, `unsupported operand type(s) for ${sym}: '${typeName(a)}' and '${typeName(b)}'`);
}

function binaryOp1(a: number, b: number, op: BinOp): number {
  const ta = typeOf(a), tb = typeOf(b);
  const m = typeLookup(ta, N[opNames[op][0]]);
  let rm = NULL;
  if (tb !== ta) rm = typeLookup(tb, N[opNames[op][1]]);
  if (m !== NULL) {
    if (rm !== NULL && isSubtype(tb, ta) && rm !== typeLookup(ta, N[opNames[op][1]])) {
      const r = callDescr(rm, b, [a]);
      if (r !== NotImplemented) return r;
      rm = NULL;
    }
    const r = callDescr(m, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (rm !== NULL) return callDescr(rm, b, [a]);
  return NotImplemented;
}

// ---- fast entry points used by compiled code ----------------------------------------------
const floatAddr = () => floatTypeAddress();
/** Both operands are immediates or exact floats, and not both ints: float arithmetic. */
function bothFloatish(a: number, b: number): boolean {
  const fa = floatAddr();
  const ta = a < REF_BASE ? (Number.isInteger(a) ? -1 : fa) : I32[(a - REF_BASE) >> 2];
  const tb = b < REF_BASE ? (Number.isInteger(b) ? -1 : fa) : I32[(b - REF_BASE) >> 2];
  return (ta === fa || ta === -1) && (tb === fa || tb === -1) && (ta === fa || tb === fa);
}
function fv(v: number): number { return v < REF_BASE ? v : floatValue(v); }
/** Both operands are int immediates. */
function bothInts(a: number, b: number): boolean {
  return a < INT_LIMIT && b < INT_LIMIT && Number.isInteger(a) && Number.isInteger(b);
}

export function add(a: number, b: number): number {
  if (bothInts(a, b)) { const r = a + b; if (r < INT_LIMIT && r > -INT_LIMIT) return r; return newInt(intAdd(a, b)); }
  if (bothFloatish(a, b)) return newFloat(fv(a) + fv(b));
  if (isExactStr(a) && isExactStr(b)) return strConcat(a, b);
  return binaryOp(a, b, BinOp.Add);
}
export function sub(a: number, b: number): number {
  if (bothInts(a, b)) { const r = a - b; if (r < INT_LIMIT && r > -INT_LIMIT) return r; return newInt(intSub(a, b)); }
  if (bothFloatish(a, b)) return newFloat(fv(a) - fv(b));
  return binaryOp(a, b, BinOp.Sub);
}
export function mul(a: number, b: number): number {
  if (bothInts(a, b)) { const r = a * b; if (r < INT_LIMIT && r > -INT_LIMIT) return r + 0; return newInt(intMul(a, b)); }
  if (bothFloatish(a, b)) return newFloat(fv(a) * fv(b));
  return binaryOp(a, b, BinOp.Mul);
}
export function truediv(a: number, b: number): number {
  if (bothInts(a, b)) {
    if (b === 0) raise(exc.ZeroDivisionError, 'division by zero');
    return newFloat(a / b);
  }
  if (bothFloatish(a, b)) {
    const y = fv(b);
    if (y === 0) raise(exc.ZeroDivisionError, 'float division by zero');
    return newFloat(fv(a) / y);
  }
  return binaryOp(a, b, BinOp.TrueDiv);
}
export function floordiv(a: number, b: number): number {
  if (bothInts(a, b)) {
    if (b === 0) raise(exc.ZeroDivisionError, 'integer division or modulo by zero');
    return newInt(intFloorDiv(a, b));
  }
  return binaryOp(a, b, BinOp.FloorDiv);
}
export function mod(a: number, b: number): number {
  if (bothInts(a, b)) {
    if (b === 0) raise(exc.ZeroDivisionError, 'integer modulo by zero');
    return newInt(intMod(a, b));
  }
  // str % args: str.__mod__ handles every right operand, so only a str subclass operand
  // (whose __rmod__ would go first) needs the generic dispatch.
  if (isExactStr(a) && (isExactStr(b) || !isStr(b))) return strMod(a, b);
  return binaryOp(a, b, BinOp.Mod);
}
export function pow(a: number, b: number): number { return binaryOp(a, b, BinOp.Pow); }
export function lshift(a: number, b: number): number { return binaryOp(a, b, BinOp.LShift); }
export function rshift(a: number, b: number): number { return binaryOp(a, b, BinOp.RShift); }
export function and(a: number, b: number): number {
  if (a < INT_LIMIT && b < INT_LIMIT && (a | 0) === a && (b | 0) === b) return a & b;
  return binaryOp(a, b, BinOp.And);
}
export function or(a: number, b: number): number {
  if (a < INT_LIMIT && b < INT_LIMIT && (a | 0) === a && (b | 0) === b) return a | b;
  return binaryOp(a, b, BinOp.Or);
}
export function xor(a: number, b: number): number {
  if (a < INT_LIMIT && b < INT_LIMIT && (a | 0) === a && (b | 0) === b) return a ^ b;
  return binaryOp(a, b, BinOp.Xor);
}
export function matmul(a: number, b: number): number { return binaryOp(a, b, BinOp.MatMul); }

export function iadd(a: number, b: number): number {
  if (bothInts(a, b)) { const r = a + b; if (r < INT_LIMIT && r > -INT_LIMIT) return r; return newInt(intAdd(a, b)); }
  if (bothFloatish(a, b)) return newFloat(fv(a) + fv(b));
  if (isExactStr(a) && isExactStr(b)) return strConcat(a, b);
  return inplaceOp(a, b, BinOp.Add);
}

// ---- unary --------------------------------------------------------------------------------
function unary(v: number, name: Name, sym: string): number {
  const m = typeLookup(typeOf(v), N[name]);
  if (m === NULL) raise(exc.TypeError, `bad operand type for unary ${sym}: '${typeName(v)}'`);
  return callDescr(m, v, []);
}
export function neg(v: number): number {
  if (v < INT_LIMIT) return Number.isInteger(v) ? (v === 0 ? 0 : -v) : -v;
  if (typeOf(v) === FloatType) return newFloat(-floatValue(v));
  return unary(v, '__neg__', '-');
}
export function pos(v: number): number {
  if (v < INT_LIMIT) return v;
  return unary(v, '__pos__', '+');
}
export function invert(v: number): number {
  if (v < INT_LIMIT && Number.isInteger(v)) return -v - 1;
  return unary(v, '__invert__', '~');
}

export { intNeg, intValue, BoolType, typeNameJs };
export type { IntVal };

// ---- the slow branches of compiled + - * / --------------------------------------------------
// Compiled code does these inline for two immediates with an immediate result (codegen
// immediateArith). Its slow branch comes here first: float arithmetic whose result is a
// float immediate or one of the shared boxes (0.0, 1.0, -1.0 ...: integral floats are
// boxed, see objects/float.ts) is a few reads, and these functions stay small enough for
// TurboFan to inline into the compiled loop. They call the full operation only for
// anything else, so that its code is not inlined into theirs unless a program needs it
// (when it was, bench/matmul's products of two boxed floats went through a call that
// returned a heap number, see docs/design.md "Inline arithmetic").

/** The double of an immediate or an exact float box; NaN for anything else. */
function numOrNaN(v: number): number {
  if (v < REF_BASE) return v;
  const a = v - REF_BASE;
  return I32[a >> 2] === floatTypeAddress() ? F[(a >> 3) + 1] : NaN;
}
/** r is a float immediate: finite (NaN and infinities fail r - r === 0) and not integral. */
function isFloatImmediate(r: number): boolean { return r - r === 0 && !Number.isInteger(r); }
/**
 * r = a op b (+ - *) computed on numOrNaN of the operands, as a value when that needs no
 * allocation: a float immediate, or the shared box of a small integral float when an
 * operand is a float (two ints here overflowed 2^53 and need a big int). NULL otherwise.
 */
function cheapResult(a: number, b: number, r: number): number {
  if (isFloatImmediate(r)) return r;
  if (r !== r || (a < REF_BASE && b < REF_BASE && Number.isInteger(a) && Number.isInteger(b))) return NULL;
  return sharedFloatBox(r);
}
export function addSlow(a: number, b: number): number { const v = cheapResult(a, b, numOrNaN(a) + numOrNaN(b)); return v !== NULL ? v : add(a, b); }
export function subSlow(a: number, b: number): number { const v = cheapResult(a, b, numOrNaN(a) - numOrNaN(b)); return v !== NULL ? v : sub(a, b); }
export function mulSlow(a: number, b: number): number { const v = cheapResult(a, b, numOrNaN(a) * numOrNaN(b)); return v !== NULL ? v : mul(a, b); }
export function truedivSlow(a: number, b: number): number { const r = numOrNaN(a) / numOrNaN(b); return isFloatImmediate(r) ? r : truediv(a, b); }
export function iaddSlow(a: number, b: number): number { const v = cheapResult(a, b, numOrNaN(a) + numOrNaN(b)); return v !== NULL ? v : iadd(a, b); }
export function isubSlow(a: number, b: number): number { const v = cheapResult(a, b, numOrNaN(a) - numOrNaN(b)); return v !== NULL ? v : inplaceOp(a, b, BinOp.Sub); }
export function imulSlow(a: number, b: number): number { const v = cheapResult(a, b, numOrNaN(a) * numOrNaN(b)); return v !== NULL ? v : inplaceOp(a, b, BinOp.Mul); }
