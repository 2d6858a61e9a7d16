/**
 * format(): object.__format__ and the bridge to the format-spec engine in src/numeric.
 */
import { newStr, jsString } from '../objects/str';
import { raise } from './errors';
import { exc } from '../objects/exceptions';
import { strJs, typeName, typeOf, callDescr, isInstance } from './protocol';
import { typeLookup } from '../objects/typeobject';
import { N } from './names';
import { NULL } from '../heap/memory';
import { StrType } from '../objects/str';
import { PyErrorSpec } from '../numeric/errors';

/** object.__format__: str(self) for an empty spec, else TypeError. */
export function formatObjectDefault(self: number, spec: number): number {
  if (jsString(spec).length > 0) raise(exc.TypeError, `unsupported format string passed to ${typeName(self)}.__format__`);
  return newStr(strJs(self));
}

/** Run a formatter from src/numeric, turning its errors into Python exceptions. */
export function formatWithSpec(f: () => string): string {
  try { return f(); } catch (e) {
    if (e instanceof PyErrorSpec) raise(exc[e.pyType as 'ValueError'], e.message);
    throw e;
  }
}

/** format(value, spec) */
export function format(v: number, spec: number): number {
  const m = typeLookup(typeOf(v), N.__format__);
  if (m === NULL) raise(exc.TypeError, `Type ${typeName(v)} doesn't define __format__`);
  const r = callDescr(m, v, [spec]);
  if (!isInstance(r, StrType)) raise(exc.TypeError, `__format__ must return a str, not ${typeName(r)}`);
  return r;
}
