# sys.exit(4) from inside an except block, with a with-statement cleanup on the way out.
import sys
class Cleanup:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit sees", exc[0].__name__ if exc[0] else None)
        return False
with Cleanup():
    try:
        int("not a number")
    except ValueError as e:
        print("handling", e)
        sys.exit(4)
