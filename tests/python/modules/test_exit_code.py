# sys.exit(3): output before the exit must appear; the exit status is 3; code after is not run.
import sys
print("about to exit with 3")
try:
    sys.exit(3)
finally:
    print("finally blocks run on sys.exit")
print("never printed")
