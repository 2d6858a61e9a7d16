# RecursionError from unbounded recursion, caught and recovered from; sys.setrecursionlimit.
import sys
print(sys.getrecursionlimit())
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e, isinstance(e, RuntimeError))
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("depth reached is within limit:", 900 < depth <= sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(150))
try:
    count(500)
except RecursionError as e:
    print("RecursionError at limit 200:", e)
sys.setrecursionlimit(5000)
print(count(3000))
sys.setrecursionlimit(1000)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual RecursionError:", e)
class Recursive:
    def __repr__(self):
        return repr(self)
try:
    repr(Recursive())
except RecursionError as e:
    print("repr RecursionError:", type(e).__name__)
class Attr:
    def __getattr__(self, name):
        return self.missing
try:
    Attr().x
except RecursionError as e:
    print("getattr RecursionError:", e)
print("still works after recovery:", count(100))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
