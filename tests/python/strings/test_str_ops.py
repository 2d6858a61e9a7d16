# Concatenation, repetition, comparison, membership and iteration over strings.
a, b = "spam", "eggs"
print(a + b, a * 3, 3 * b, a * 0, a * -2, "" * 100, (a + " ") * 2)
print(a < b, a > b, a == "spam", a != "spam", "a" < "b" < "c", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "123", "_x", "é", "z"]))
print(max("hello"), min("hello"), sorted("hello"), list("abc"), tuple("ab"), set("aaa"))
print("é" > "z", "ä" < "b", ord("é"), chr(233), "\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
total = ""
for ch in "abc":
    total = ch + total
    print(total)
print([c for c in "hello" if c in "aeiou"], [i for i, c in enumerate("banana") if c == "a"])
print(str(5), str(-1.5), str(None), str(True), str([1, "a"]), str(("x",)), str({"k": "v"}), str(b"hi"))
print(str(), str(""), str("x"), str(object)[:6], str(type), repr(str))
print("ab" "cd", "x" 'y' """z""", '''multi
line''')
n = 0
s = ""
while len(s) < 30:
    s += str(n)
    n += 1
print(s, len(s))
print(hash("") == hash(""), "abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "ab".__add__("c"))
print("abc".__mul__(2), "abc".__eq__("abc"), "abc".__lt__("abd"), "abc".__eq__(1))
print(str.__name__, type("x") is str, isinstance("x", str), "x".__class__.__name__)
print(str.upper("abc"), str.join(",", ["a", "b"]), list(map(str.strip, [" a ", "b  "])))
