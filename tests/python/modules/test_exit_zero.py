# sys.exit() and sys.exit(None) and sys.exit(0) all exit with status 0; exit inside a function.
import sys
def run():
    print("running")
    sys.exit()
try:
    sys.exit(0)
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit(None)
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit(True)
except SystemExit as e:
    print("code", e.code)
run()
print("not reached")
