a.b().c[d](e).f
x = (
    foo
    .bar()
    .baz(1)
    [2]
)
a()()()
a[0][1][2]
