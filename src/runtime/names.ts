/**
 * Interned names the runtime uses (dunder methods and common attributes), as heap str
 * references valid in every worker. Filled by initNames() after the intern table exists.
 */
import { intern } from '../objects/str';

const LIST = [
  '__add__', '__radd__', '__iadd__', '__sub__', '__rsub__', '__isub__', '__mul__', '__rmul__', '__imul__',
  '__truediv__', '__rtruediv__', '__itruediv__', '__floordiv__', '__rfloordiv__', '__ifloordiv__',
  '__mod__', '__rmod__', '__imod__', '__pow__', '__rpow__', '__ipow__', '__matmul__', '__rmatmul__', '__imatmul__',
  '__lshift__', '__rlshift__', '__ilshift__', '__rshift__', '__rrshift__', '__irshift__',
  '__and__', '__rand__', '__iand__', '__or__', '__ror__', '__ior__', '__xor__', '__rxor__', '__ixor__',
  '__divmod__', '__rdivmod__', '__neg__', '__pos__', '__invert__', '__abs__', '__index__', '__int__', '__float__',
  '__complex__', '__round__', '__trunc__', '__floor__', '__ceil__',
  '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__', '__hash__', '__bool__', '__len__',
  '__iter__', '__next__', '__reversed__', '__contains__', '__getitem__', '__setitem__', '__delitem__', '__missing__',
  '__call__', '__getattr__', '__getattribute__', '__setattr__', '__delattr__', '__get__', '__set__', '__delete__',
  '__set_name__', '__init_subclass__', '__class_getitem__', '__mro_entries__', '__prepare__', '__instancecheck__', '__subclasscheck__',
  '__repr__', '__str__', '__format__', '__bytes__', '__enter__', '__exit__', '__init__', '__new__', '__del__',
  '__name__', '__qualname__', '__module__', '__doc__', '__dict__', '__class__', '__slots__', '__weakref__',
  '__annotations__', '__builtins__', '__file__', '__path__', '__package__', '__spec__', '__loader__', '__all__',
  '__main__', '__import__', '__cause__', '__context__', '__traceback__', '__suppress_context__', '__notes__',
  '__match_args__', '__classcell__', '__orig_bases__', '__abstractmethods__', '__length_hint__', '__fspath__',
  '__await__', '__aiter__', '__anext__', '__aenter__', '__aexit__', '__dir__', '__sizeof__', '__reduce__', '__reduce_ex__',
  '__mro__', '__bases__', '__base__', '__subclasses__', '__text_signature__', '__defaults__', '__kwdefaults__',
  '__origin__', '__args__', '__orig_class__',
  '__code__', '__globals__', '__closure__', '__func__', '__self__', '__wrapped__', '__isabstractmethod__',
  'send', 'throw', 'close', 'args', 'keys', 'items', 'values', 'append', 'extend', 'get', 'copy',
  'mro', 'write', 'flush', 'read', 'readline', 'fileno', 'encoding', 'errors', 'name', 'value', 'msg', 'code',
  'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line', 'path', 'obj', 'errno', 'strerror',
  'start', 'stop', 'step', 'real', 'imag', 'fget', 'fset', 'fdel', 'startswith', 'join', 'sep', 'end', 'file', 'key', 'reverse',
  'default', 'strict', 'result', 'exception', 'add_note', 'object', 'reason',
] as const;
export type Name = typeof LIST[number];
export const N = {} as Record<Name, number>;

export function initNames(): void {
  for (const n of LIST) N[n] = intern(n);
}
