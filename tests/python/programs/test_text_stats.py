# Text statistics: word frequencies, sentence lengths, character classes, n-grams, a simple readability score.
TEXT = """Call me Ishmael. Some years ago - never mind how long precisely - having little or no money in my purse,
and nothing particular to interest me on shore, I thought I would sail about a little and see the watery part
of the world. It is a way I have of driving off the spleen and regulating the circulation. Whenever I find
myself growing grim about the mouth; whenever it is a damp, drizzly November in my soul; whenever I find
myself involuntarily pausing before coffin warehouses, and bringing up the rear of every funeral I meet;
then, I account it high time to get to sea as soon as I can."""
sentences = [s.strip() for s in TEXT.replace("\n", " ").replace(";", ".").split(".") if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
words = [w.strip(".,;-").lower() for w in TEXT.split()]
words = [w for w in words if w]
print(len(words), len(set(words)), sum(len(w) for w in words) / len(words))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
common = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
print(common)
longest = sorted(set(words), key=lambda w: (-len(w), w))[:5]
print(longest)
classes = {"upper": 0, "lower": 0, "digit": 0, "space": 0, "punct": 0}
for ch in TEXT:
    if ch.isupper():
        classes["upper"] += 1
    elif ch.islower():
        classes["lower"] += 1
    elif ch.isdigit():
        classes["digit"] += 1
    elif ch.isspace():
        classes["space"] += 1
    else:
        classes["punct"] += 1
print(classes)
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[a + " " + b] = bigrams.get(a + " " + b, 0) + 1
print(sorted(((c, g) for g, c in bigrams.items() if c > 1), reverse=True))
def syllables(word):
    vowels = "aeiouy"
    count, prev = 0, False
    for ch in word:
        v = ch in vowels
        if v and not prev:
            count += 1
        prev = v
    if word.endswith("e") and count > 1:
        count -= 1
    return max(count, 1)
total_syl = sum(syllables(w) for w in words)
score = 206.835 - 1.015 * (len(words) / len(sentences)) - 84.6 * (total_syl / len(words))
print(total_syl, round(score, 3))
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))
for ch, n in top[:8]:
    print(ch, str(n).rjust(3), "#" * (n // 3))
print("".join(sorted(letters)), len(letters))
caps = [w for w in TEXT.split() if w[0].isupper()]
print(caps)
