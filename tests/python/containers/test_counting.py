# Counting, grouping and histogram patterns implemented with dicts and lists only.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
for ch in sorted(letters):
    print(ch, letters[ch], "*" * letters[ch])
by_first = {}
for w in words:
    by_first.setdefault(w[0], set()).add(w)
print({k: sorted(v) for k, v in sorted(by_first.items())})
lengths = [0] * 12
for w in words:
    lengths[len(w)] += 1
print(lengths)
pairs = {}
for a, b in zip(words, words[1:]):
    pairs[(a, b)] = pairs.get((a, b), 0) + 1
print(sorted(((v, k) for k, v in pairs.items()), reverse=True)[:4])
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4]
hist = {}
for n in nums:
    hist[n] = hist.get(n, 0) + 1
mode = max(hist, key=lambda k: (hist[k], -k))
print(hist, mode, sorted(hist.items()))
buckets = {}
for n in nums:
    buckets.setdefault("low" if n < 4 else "mid" if n < 7 else "high", []).append(n)
print(buckets)
