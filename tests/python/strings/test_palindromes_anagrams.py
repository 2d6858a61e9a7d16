# Palindromes and anagrams: normalisation, grouping by sorted letters, longest palindromic substring.
def normalize(s):
    return "".join(ch.lower() for ch in s if ch.isalnum())
for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", "", "No 'x' in Nixon", "ab"]:
    n = normalize(s)
    print(repr(s), n == n[::-1])
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "bird", "inlets"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key, group in sorted(groups.items()):
    print(key, group)
print([g for g in groups.values() if len(g) > 2])
def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best
for s in ["babad", "cbbd", "forgeeksskeegfor", "a", "abacdfgdcaba", "xyzzyxabc"]:
    print(s, longest_palindrome(s))
def is_anagram(a, b):
    counts = {}
    for ch in normalize(a):
        counts[ch] = counts.get(ch, 0) + 1
    for ch in normalize(b):
        counts[ch] = counts.get(ch, 0) - 1
    return all(v == 0 for v in counts.values())
print(is_anagram("Dormitory", "Dirty room"), is_anagram("The eyes", "They see"), is_anagram("abc", "abd"))
pal_numbers = [n for n in range(10, 1000) if str(n) == str(n)[::-1] and str(n * n) == str(n * n)[::-1]]
print(pal_numbers)
