# random.gauss: the same values as CPython for the same seed, whichever path computes them
# (lib/random.py's body or its native twin), including the kept second value.
import random

r = random.Random(12345)
print([r.gauss() for _ in range(5)])
print([r.gauss(100, 15) for _ in range(3)])
print([r.gauss(mu=-2.5, sigma=0.5) for _ in range(3)])
print(r.gauss(0, 0), r.gauss(1, 2.0))

# the kept value lives in the instance attribute, and getstate/setstate carry it
r = random.Random(7)
r.gauss()
print(r.gauss_next is not None)
state = r.getstate()
a = [r.gauss() for _ in range(4)]
r.setstate(state)
b = [r.gauss() for _ in range(4)]
print(a == b, a)
r.gauss_next = 0.25
print(r.gauss(), r.gauss_next)

# a subclass with its own random(): gauss must use it
class Stepper(random.Random):
    def __init__(self):
        super().__init__(0)
        self.k = 0
    def random(self):
        self.k += 1
        return (self.k % 10) / 10.0 + 0.05
s = Stepper()
print([round(s.gauss(), 12) for _ in range(4)], s.k)

# random replaced on the instance
t = random.Random(3)
t.random = lambda: 0.5
print(t.gauss(), t.gauss())
del t.random
print(t.gauss())

# mu and sigma of other numeric types, and objects defining the operators
class Scaled:
    def __init__(self, z):
        self.z = z
    def __radd__(self, mu):
        return ('added', mu, round(self.z, 9))
class Scale:
    def __rmul__(self, z):
        return Scaled(z)
u = random.Random(11)
print(u.gauss(0.0, Scale()))
print(u.gauss(2, Scale()))
print(type(u.gauss(True, 1)).__name__, type(u.gauss(10**30, 1)).__name__)

# gauss_next missing (a subclass that skips __init__)
class NoInit(random.Random):
    def __init__(self):
        pass
n = NoInit()
try:
    n.gauss()
except AttributeError as e:
    print('AttributeError:', e)

# module-level function and the module's shared instance
random.seed(99)
print(random.gauss(), random.gauss(5, 1))
