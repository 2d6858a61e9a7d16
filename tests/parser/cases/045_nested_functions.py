def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
class A:
    class B:
        class C:
            def m(self):
                def f(): pass
