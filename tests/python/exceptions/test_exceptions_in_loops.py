# Exception handling patterns in loops: retry, skip-and-collect, first failure wins, cleanup per iteration.
def flaky(attempts):
    state = {"n": 0}
    def call():
        state["n"] += 1
        if state["n"] < attempts:
            raise ConnectionError(f"attempt {state['n']} failed")
        return f"ok after {state['n']}"
    return call
for needed in [1, 3, 6]:
    fn = flaky(needed)
    for attempt in range(1, 5):
        try:
            print(fn())
            break
        except ConnectionError as e:
            print("  retry:", e)
    else:
        print("  gave up after", attempt, "attempts")
inputs = ["10", "x", "3.5", "-4", "", "7", None]
good, bad = [], []
for raw in inputs:
    try:
        good.append(int(raw))
    except (ValueError, TypeError) as e:
        bad.append((raw, type(e).__name__))
print(good, bad)
def first_failure(tasks):
    for i, t in enumerate(tasks):
        try:
            t()
        except Exception as e:
            return i, repr(e)
    return None
print(first_failure([lambda: 1, lambda: [][1], lambda: 1 / 0]), first_failure([lambda: None]))
opened = []
for name in ["a", "b", "c"]:
    opened.append(name)
    try:
        if name == "b":
            raise RuntimeError("b broke")
        print("processed", name)
    except RuntimeError as e:
        print("error:", e)
        continue
    finally:
        opened.remove(name)
        print("closed", name)
print(opened)
errors = {}
for x in range(-3, 4):
    try:
        r = 12 // x
        r = [0, 1, 2][r]
    except ZeroDivisionError:
        errors["zero"] = errors.get("zero", 0) + 1
    except IndexError:
        errors["index"] = errors.get("index", 0) + 1
    else:
        errors["ok"] = errors.get("ok", 0) + 1
print(errors)
