// repr(float): the shortest decimal string that round-trips (CPython's float_repr,
// 'r' mode of PyOS_double_to_string). JS's Number.prototype.toString and
// toExponential() already produce the shortest round-trip digits; only the layout
// differs: Python uses exponent form when the decimal exponent is < -4 or >= 16,
// writes at least two exponent digits, and always shows '.0' on integral values.

/** Python's repr(x) / str(x) for a float. */
export function floatRepr(x: number): string {
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    // JS prints this range in fixed notation with the same digits as Python.
    const s = '' + x;
    return Number.isInteger(x) ? s + '.0' : s;
  }
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  if (x !== x) return 'nan';
  if (ax === Infinity) return x > 0 ? 'inf' : '-inf';
  return expLayout(x.toExponential());
}

/** Rewrite JS exponent notation 'd.ddde+N' as Python's 'd.ddde+NN'. */
function expLayout(s: string): string {
  const e = s.indexOf('e');
  // s[e + 1] is the exponent sign; pad a single exponent digit to two.
  return s.length - e - 2 >= 2 ? s : s.slice(0, e + 2) + '0' + s.slice(e + 2);
}

/** Shortest round-trip digits of a finite nonzero |x|: value = 0.DIGITS * 10**decpt. */
export function shortestDigits(x: number): { digits: string; decpt: number } {
  const s = (x < 0 ? -x : x).toExponential();
  const e = s.indexOf('e');
  const digits = s[0] + s.slice(2, e);
  return { digits: e === 1 ? s[0] : digits, decpt: parseInt(s.slice(e + 1), 10) + 1 };
}
