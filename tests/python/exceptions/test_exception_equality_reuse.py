# Exception objects as values: stored, compared, re-raised later, args mutated, raised from variables.
saved = []
for exc_type, arg in [(ValueError, "v"), (KeyError, "k"), (IndexError, 3)]:
    try:
        raise exc_type(arg)
    except Exception as e:
        saved.append(e)
print([repr(e) for e in saved], [type(e).__name__ for e in saved])
print(saved[0] == saved[0], ValueError("x") == ValueError("x"), saved[0].args == ("v",))
for e in saved:
    try:
        raise e
    except LookupError as caught:
        print("lookup:", repr(caught), caught is e)
    except ValueError as caught:
        print("value:", repr(caught), caught is e)
err = RuntimeError("original")
err.args = ("modified", 42)
try:
    raise err
except RuntimeError as e:
    print(e, e.args)
def factory(kind):
    return {"type": TypeError, "value": ValueError}.get(kind, Exception)
for kind in ["type", "value", "other"]:
    try:
        raise factory(kind)(f"made by factory: {kind}")
    except (TypeError, ValueError) as e:
        print("specific", type(e).__name__, e)
    except Exception as e:
        print("generic", type(e).__name__, e)
handlers = (KeyError, IndexError)
try:
    {}["x"]
except handlers as e:
    print("tuple from variable caught", repr(e))
class Tracked(Exception):
    instances = 0
    def __init__(self, *args):
        super().__init__(*args)
        Tracked.instances += 1
for _ in range(3):
    try:
        raise Tracked("t")
    except Tracked:
        pass
try:
    raise Tracked
except Tracked:
    pass
print(Tracked.instances)
