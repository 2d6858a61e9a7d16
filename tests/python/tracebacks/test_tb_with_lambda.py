# compare: stderr
# with statements and lambdas.
class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


with Resource() as r:
    apply = lambda f, x: f(x)
    print(apply(lambda v: v * 2, 4))
    apply(lambda v: v / 0, 4)
