/**
 * int(x) and float(x) for arbitrary objects (CPython's PyNumber_Long / PyNumber_Float).
 */
import { NULL } from '../heap/memory';
import * as P from './protocol';
import { N } from './names';
import { raise } from './errors';
import { exc } from '../objects/exceptions';
import { typeLookup } from '../objects/typeobject';
import { IntVal, isIntLike, intValue, wrapNum } from '../objects/int';
import { FloatType, floatValue } from '../objects/float';
import { StrType, strValue, strToSmallInt, strToSimpleFloat } from '../objects/str';
import * as num from '../numeric';

let bytesTextHook: (v: number) => string | null = () => null;
export function setNumberBytesHook(f: (v: number) => string | null): void { bytesTextHook = f; }

export function getIntFromObject(x: number): IntVal {
  if (isIntLike(x) && P.typeOf(x) !== FloatType) return intValue(x);
  const t = P.typeOf(x);
  if (P.isInstance(x, StrType)) {
    const fast = strToSmallInt(x);
    if (fast === fast) return fast;
    return wrapNum(() => num.parseInt(strValue(x), 10));
  }
  const b = bytesTextHook(x);
  if (b !== null) return wrapNum(() => num.parseInt(b, 10));
  for (const name of [N.__int__, N.__index__]) {
    const m = typeLookup(t, name);
    if (m !== NULL) {
      const r = P.callDescr(m, x, []);
      if (!isIntLike(r)) raise(exc.TypeError, `${name === N.__int__ ? '__int__' : '__index__'} returned non-int (type ${P.typeName(r)})`);
      return intValue(r);
    }
  }
  const tr = typeLookup(t, N.__trunc__);
  if (tr !== NULL) {
    const r = P.callDescr(tr, x, []);
    if (isIntLike(r)) return intValue(r);
    return getIntFromObject(r);
  }
  raise(exc.TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${P.typeName(x)}'`);
}

export function getFloatFromObject(x: number): number {
  if (P.typeOf(x) === FloatType) return floatValue(x);
  if (P.isInstance(x, StrType)) {
    const fast = strToSimpleFloat(x);
    if (fast === fast) return fast;
    return wrapNum(() => num.parseFloat(strValue(x)));
  }
  const b = bytesTextHook(x);
  if (b !== null) return wrapNum(() => num.parseFloat(b));
  const t = P.typeOf(x);
  if (typeLookup(t, N.__float__) === NULL && typeLookup(t, N.__index__) === NULL && !isIntLike(x)) {
    raise(exc.TypeError, `float() argument must be a string or a real number, not '${P.typeName(x)}'`);
  }
  return P.asFloat(x);
}
