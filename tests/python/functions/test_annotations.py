# Annotations: functions, modules, classes; evaluated eagerly (no `from __future__ import annotations`).
def f(a: int, b: "forward" = 1, *args: str, c: list[int], **kw: dict) -> None:
    pass
print(f.__annotations__)
def g(x, y):
    pass
print(g.__annotations__)
g.__annotations__["x"] = float
print(g.__annotations__)
count: int = 5
name: str
values: list[int] = [1, 2]
print(__annotations__)
print(count, values, "name" in globals())
class Point:
    x: int
    y: int = 0
    label: "str" = "p"
    def method(self, other: "Point") -> float:
        return 0.0
print(Point.__annotations__, Point.y, hasattr(Point, "x"), Point.method.__annotations__)
class Child(Point):
    z: float
print(Child.__annotations__, "x" in Child.__annotations__)
order = []
def ann(label):
    order.append(label)
    return label
def h(a: ann("a"), b: ann("b") = ann("default")) -> ann("ret"):
    pass
print(order, h.__annotations__)
def local_annotations():
    x: int = 1
    y: str
    return x
print(local_annotations())
print(list[int], dict[str, list[int]], tuple[int, ...], type[int] if False else "skip")
data: dict = {}
data["key"]: int = 3
print(data)
lambda_ann = lambda x: x
print(lambda_ann.__annotations__)
