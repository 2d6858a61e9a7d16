def f[T](x: T) -> T: return x
def g[T: int, *Ts, **P](): pass
class A[T]: pass
class B[T: (int, str), U](Base[T]): pass
type X = int
type Y[T] = list[T]
type Z[*Ts, **P] = Callable[P, tuple[*Ts]]
async def h[T](): pass
