# format() and f-strings applied to bool, None, containers, classes without __format__, and int subclasses.
class MyInt(int):
    pass
class Plain:
    def __str__(self):
        return "plain-str"
class WithRepr:
    def __repr__(self):
        return "WithRepr()"
print(format(True), format(False, ""), f"{True:>6}|", f"{True:d}", f"{False:03}", f"{True:.2f}", f"{True:x}")
print(format(None), f"{None}", f"{None!r:>6}|", f"{[1, 'a']}", f"{(1,)!s}", f"{ {'k': None} }")
print(format(MyInt(42)), f"{MyInt(42):>5}", f"{MyInt(255):#x}", f"{MyInt(7)!r}", format(MyInt(-3), "+d"))
print(format(Plain()), f"{Plain()}", f"{Plain()!s:>12}|", f"{WithRepr()}", f"{WithRepr()!r}")
for obj, spec in [(Plain(), ">10"), ([1], "<5"), (None, "^5")]:
    try:
        print(format(obj, spec))
    except TypeError as e:
        print("TypeError:", e)
print("{} {!r} {!s} {!a}".format("é", "é", "é", "é"), "%s %r %a" % ("é", "é", "é"))
print(f"{'nested ' + f'{1 + 1}'}", f"{'a' 'b'}", f"{3:{'>'}{5}}", f"{'%d' % 5}", f"{'{}'.format(6)}")
print(f"{1:{2}}|", f"{1_000:,}", f"{0.1 + 0.2!r}", f"{0.1 + 0.2!s}", f"{0.1 + 0.2}", f"{0.1 + 0.2:}")
