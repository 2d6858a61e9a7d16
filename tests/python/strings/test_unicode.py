# Non-ASCII text: lengths, code points, emoji, normalization-free comparisons.
texts = ["hello", "héllo", "日本語", "😀", "👍🏽", "👨‍👩‍👧", "🇳🇴", "a\u0301", "Ω≈ç√∫", "\U0001F600\U0001F601", "𝔘𝔫𝔦"]
for t in texts:
    print(repr(t), len(t), [hex(ord(c)) for c in t], t.encode("utf-8"), len(t.encode("utf-8")), len(t.encode("utf-16-le")))
print(chr(0x1F600), ord("😀"), "\N{GREEK SMALL LETTER ALPHA}", "\u03b1", "\U0001f40d", "\x41\101\u0041")
s = "naïve café résumé"
print(s.upper(), s.title(), s[::-1], s.split("é"), s.count("é"), s.find("résumé"))
print(sorted("zäaöb"), sorted(["é", "e", "f", "ê"]), max("日本語"), min("😀a"))
emoji = "I ❤️ 🐍 and ☕"
print(len(emoji), [c for c in emoji if ord(c) > 127], emoji.encode("utf-8").decode("utf-8") == emoji)
print("\u00e9".encode("utf-8"), "é".encode("latin-1"), "é".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
print("日本".encode("utf-16-be"), "日本".encode("utf-32-le"), b"\xe6\x97\xa5".decode("utf-8"))
print("é".encode("ascii", "xmlcharrefreplace"), "é😀".encode("ascii", "backslashreplace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"))
print(b"caf\xc3\xa9".decode(), "x".encode(), "abc".encode("utf-8") == b"abc")
surrogate_pair = "\ud83d\ude00"
print(len(surrogate_pair), surrogate_pair == "😀", [hex(ord(c)) for c in surrogate_pair])
print("a" * 3 + "ü" * 2, "ü" in "Müller", "Müller".lower(), "MÜLLER".casefold())
for cp in [0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF]:
    c = chr(cp)
    print(hex(cp), len(c.encode("utf-8")), c.encode("utf-8"), c.isprintable())
