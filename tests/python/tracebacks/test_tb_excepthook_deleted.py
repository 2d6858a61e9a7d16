# compare: stderr
# Without sys.excepthook, CPython says so and prints the exception itself.
import sys

del sys.excepthook
print("deleted")
1 / 0
