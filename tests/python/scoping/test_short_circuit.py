# and/or return operand values and short-circuit; not returns bools; conditional expressions are lazy.
def t(label, value):
    print("  eval", label)
    return value
print(t("a", 0) and t("b", 1))
print(t("a", 2) and t("b", 3))
print(t("a", 0) or t("b", ""))
print(t("a", "x") or t("b", "y"))
print(t("a", None) or t("b", 0) or t("c", []) or t("d", "last"))
print(t("a", 1) and t("b", 2) and t("c", 0) and t("d", 4))
print(1 and 2 or 3, 0 and 2 or 3, 0 or 0 and 1, not 0 and [], not (0 and []))
print([] or {}, {} and [], "" or "default", "value" or "default", 0.0 or -0.0, None and 1)
print(not None, not "", not [0], type(not 1).__name__, (not 0) + 1)
print(t("cond", True) if t("test", 1) else t("other", False))
print(t("cond", True) if t("test", 0) else t("other", False))
x = None
name = x and x.name
print(name)
default = x or "fallback"
print(default)
def safe_div(a, b):
    return b and a / b
print(safe_div(1, 0), safe_div(1, 4))
items = []
first = items and items[0]
print(repr(first))
class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print(f"  bool({self.v})")
        return self.v
    def __repr__(self):
        return f"T({self.v})"
print(Truth(False) or Truth(True))
print(Truth(True) and Truth(False))
print(not Truth(True))
print(all([Truth(True), Truth(False), Truth(True)]))
print(any([Truth(False), Truth(True), Truth(False)]))
