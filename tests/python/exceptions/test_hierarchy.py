# The builtin exception hierarchy.
names = ["BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError", "FloatingPointError",
         "LookupError", "KeyError", "IndexError", "ValueError", "UnicodeError", "UnicodeDecodeError",
         "UnicodeEncodeError", "TypeError", "AttributeError", "NameError", "UnboundLocalError", "RuntimeError",
         "RecursionError", "NotImplementedError", "OSError", "FileNotFoundError", "PermissionError", "IsADirectoryError",
         "StopIteration", "StopAsyncIteration", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "AssertionError",
         "ImportError", "ModuleNotFoundError", "SyntaxError", "IndentationError", "TabError", "EOFError", "MemoryError",
         "BufferError", "ReferenceError", "Warning", "DeprecationWarning", "UserWarning", "TimeoutError",
         "ConnectionError", "BrokenPipeError", "EnvironmentError", "IOError"]
import builtins
classes = [getattr(builtins, n) for n in names]
for cls in classes:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(issubclass(KeyError, LookupError), issubclass(KeyError, IndexError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError), issubclass(TabError, SyntaxError))
print(EnvironmentError is OSError, IOError is OSError, issubclass(BrokenPipeError, ConnectionError), issubclass(TimeoutError, OSError))
print(issubclass(bool, Exception), issubclass(Exception, object), isinstance(ValueError(), Exception), isinstance(ValueError, type))
print(sorted(c.__name__ for c in LookupError.__subclasses__() if c.__module__ == "builtins"), sorted(c.__name__ for c in ArithmeticError.__subclasses__()))
