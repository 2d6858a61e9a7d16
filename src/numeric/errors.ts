// Errors raised by the pure numeric algorithms. The runtime turns a PyErrorSpec into
// the Python exception named by `pyType`, with `message` as its only argument.

export type PyErrorType =
  | 'ValueError'
  | 'TypeError'
  | 'OverflowError'
  | 'ZeroDivisionError'
  | 'KeyError'
  | 'IndexError';

/** A Python exception to raise: type name plus CPython's exact message. */
export class PyErrorSpec extends Error {
  constructor(readonly pyType: PyErrorType, message: string) {
    super(message);
    this.name = pyType;
  }
}

/** Shorthand constructors (they return the error; callers `throw` it). */
export const valueError = (m: string) => new PyErrorSpec('ValueError', m);
export const typeError = (m: string) => new PyErrorSpec('TypeError', m);
export const overflowError = (m: string) => new PyErrorSpec('OverflowError', m);
export const zeroDivisionError = (m: string) => new PyErrorSpec('ZeroDivisionError', m);
