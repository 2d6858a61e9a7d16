# Deeply nested data: access paths, updates, recursive traversal, flattening and rebuilding.
data = {
    "users": [
        {"id": 1, "name": "ann", "roles": ["admin", "dev"], "meta": {"age": 31, "langs": {"py": 9, "js": 5}}},
        {"id": 2, "name": "bob", "roles": [], "meta": {"age": 25, "langs": {"go": 7}}},
        {"id": 3, "name": "cid", "roles": ["dev"], "meta": {"age": 41, "langs": {}}},
    ],
    "settings": {"theme": "dark", "limits": [10, 20, (30, 40)]},
}
print(data["users"][0]["meta"]["langs"]["py"], data["settings"]["limits"][2][1], len(data["users"][1]["roles"]))
def get_path(obj, path):
    for key in path:
        obj = obj[key]
    return obj
for path in [("users", 1, "name"), ("settings", "limits", 2, 0), ("users", 2, "meta", "langs")]:
    print(path, get_path(data, path))
try:
    get_path(data, ("users", 5))
except IndexError as e:
    print("IndexError:", e)
try:
    get_path(data, ("users", 0, "email"))
except KeyError as e:
    print("KeyError:", e)
def walk(obj, prefix=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, f"{prefix}.{k}" if prefix else str(k))
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            yield from walk(v, f"{prefix}[{i}]")
    else:
        yield prefix, obj
leaves = list(walk(data))
print(len(leaves))
for p, v in leaves:
    print(" ", p, "=", repr(v))
data["users"][1]["roles"].append("ops")
data["users"][2]["meta"]["langs"]["rust"] = 3
data["settings"]["limits"][0] += 5
print(data["users"][1]["roles"], data["users"][2]["meta"], data["settings"]["limits"])
skills = {}
for u in data["users"]:
    for lang, level in u["meta"]["langs"].items():
        skills.setdefault(lang, []).append((u["name"], level))
print(skills)
ages = sorted((u["meta"]["age"], u["name"]) for u in data["users"])
print(ages, sum(a for a, _ in ages) / len(ages))
def depth(o):
    if isinstance(o, dict):
        return 1 + max((depth(v) for v in o.values()), default=0)
    if isinstance(o, (list, tuple)):
        return 1 + max((depth(v) for v in o), default=0)
    return 0
print(depth(data), depth([]), depth({"a": [[[]]]}))
