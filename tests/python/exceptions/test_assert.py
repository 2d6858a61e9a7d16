# assert statements: messages, evaluation of the message only on failure, AssertionError args.
def check(v):
    assert v > 0, f"value must be positive, got {v}"
    return v
print(check(3))
try:
    check(-2)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)
calls = []
def msg():
    calls.append("msg evaluated")
    return "lazy"
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args, type(e.args[0]).__name__)
try:
    assert (1, 2) == (1, 3), ("tuple", "message")
except AssertionError as e:
    print(e.args)
for value in [1, "x", [0], 0.0, None, ""]:
    try:
        assert value
        print(repr(value), "passes")
    except AssertionError:
        print(repr(value), "fails")
print(__debug__)
def invariant(stack):
    assert isinstance(stack, list), "stack must be a list"
    assert all(a <= b for a, b in zip(stack, stack[1:])), f"not sorted: {stack}"
    return len(stack)
for s in [[1, 2, 3], [3, 1], (1,)]:
    try:
        print(invariant(s))
    except AssertionError as e:
        print("invariant broken:", e)
