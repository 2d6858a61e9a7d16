# Caesar, Vigenere and Atbash ciphers built from ord/chr arithmetic; round trips and brute force.
def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = 65 if ch.isupper() else 97
            shift = ord(key[k % len(key)].lower()) - 97
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)
def atbash(text):
    return "".join(chr(219 - ord(c)) if c.islower() and c.isascii() else chr(155 - ord(c)) if c.isupper() and c.isascii() else c for c in text)
msg = "Attack at Dawn! Meet at the old mill, 5 o'clock. Ünïcode stays."
for s in [1, 3, 13, 25, -4, 52]:
    enc = caesar(msg, s)
    print(s, enc, caesar(enc, -s) == msg)
v = vigenere(msg, "LEMON")
print(v, vigenere(v, "LEMON", decrypt=True) == msg)
print(atbash(msg), atbash(atbash(msg)) == msg)
secret = caesar("the quick brown fox jumps over the lazy dog", 11)
def score(text):
    common = "etaoinshrdlu"
    return sum(12 - common.index(c) for c in text if c in common)
best = max(range(26), key=lambda s: score(caesar(secret, -s)))
print(secret, "->", best, caesar(secret, -best))
freq = {}
for ch in caesar(msg, 7).lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
