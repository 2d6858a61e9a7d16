# Sorting strings: default order, key functions, case-insensitive, by length, stable.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Elderberry", "fig", "grape", "Fig", "äpfel", "zebra"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[::-1]))
print(sorted(words, reverse=True))
print(sorted(words, key=str.casefold, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=len))
words.sort(key=lambda w: w[-1])
print(words)
print(sorted("The quick brown fox".split(), key=str.upper))
print(sorted(["a10", "a2", "a1", "b1", "a20"]))
def natural_key(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            if num:
                out.append((1, int(num), ""))
                num = ""
            out.append((0, 0, ch))
    if num:
        out.append((1, int(num), ""))
    return out
print(sorted(["a10", "a2", "a1", "b1", "a20", "a1b", "x", "10"], key=natural_key))
print(sorted(["", " ", "a", "A", "0", "~", "\t"]), sorted(["ab", "a", "abc", "b"]))
print("".join(sorted("hello world")), "".join(sorted(set("mississippi"), key="mississippi".index)))
print([ord(c) for c in sorted("Zaz09_")])
