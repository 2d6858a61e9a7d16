# Recursion over data: tree sums, JSON-like walks, backtracking subsets, string permutations with duplicates.
tree = {"v": 1, "kids": [{"v": 2, "kids": [{"v": 4, "kids": []}, {"v": 5, "kids": []}]}, {"v": 3, "kids": [{"v": 6, "kids": []}]}]}
def tree_sum(t):
    return t["v"] + sum(tree_sum(k) for k in t["kids"])
def tree_paths(t, prefix=()):
    here = prefix + (t["v"],)
    if not t["kids"]:
        return [here]
    return [p for k in t["kids"] for p in tree_paths(k, here)]
def tree_depth(t):
    return 1 + max((tree_depth(k) for k in t["kids"]), default=0)
print(tree_sum(tree), tree_paths(tree), tree_depth(tree))
def subsets_with_sum(nums, target):
    out = []
    def go(i, chosen, total):
        if total == target:
            out.append(list(chosen))
        if i == len(nums) or total >= target:
            return
        for j in range(i, len(nums)):
            if j > i and nums[j] == nums[j - 1]:
                continue
            chosen.append(nums[j])
            go(j + 1, chosen, total + nums[j])
            chosen.pop()
    go(0, [], 0)
    return out
print(subsets_with_sum(sorted([10, 1, 2, 7, 6, 1, 5]), 8))
def unique_perms(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, ch in enumerate(s):
        if ch in s[:i]:
            continue
        for rest in unique_perms(s[:i] + s[i + 1:]):
            out.append(ch + rest)
    return out
print(unique_perms("aab"), len(unique_perms("aabbc")), unique_perms(""))
def binary_strings(n):
    return [""] if n == 0 else [p + b for p in binary_strings(n - 1) for b in "01"]
print(binary_strings(3))
def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        return [[]]
    return [[k] + rest for k in range(min(n, max_part), 0, -1) for rest in partitions(n - k, k)]
print(partitions(5), len(partitions(12)))
def count_change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])
print(count_change(100, [50, 25, 10, 5, 1]))
def merge_nested(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = merge_nested(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out
print(merge_nested({"a": {"x": 1, "y": {"z": 2}}, "b": 1}, {"a": {"y": {"w": 3}}, "c": 4}))
