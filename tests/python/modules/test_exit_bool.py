# sys.exit(True) exits with status 1; sys.exit(False) would be 0.
import sys
print("exiting with True")
sys.exit(True)
