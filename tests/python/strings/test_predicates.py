# The str.isX predicates over a range of characters.
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", "-12", " ", "\t\n", "a b", "١٢٣", "½", "²", "Ⅻ",
           "日本", "éàü", "_id", "id_1", "1id", "class", "Hello World", "hello World", "\x00", "\u200b", "ǅ"]
preds = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "isupper", "islower", "istitle",
         "isidentifier", "isprintable", "isascii"]
print("sample".ljust(14), " ".join(p[2:6] for p in preds))
for s in samples:
    print(repr(s).ljust(14), " ".join(("T" if getattr(s, p)() else "-").center(4) for p in preds))
for cp in list(range(0, 128, 1)):
    ch = chr(cp)
    flags = "".join(c for c, p in zip("adsulpn", [ch.isalpha(), ch.isdigit(), ch.isspace(), ch.isupper(),
                                                 ch.islower(), ch.isprintable(), ch.isalnum()]) if p)
    if cp % 4 == 0:
        print()
    print(f"{cp:3d}:{flags:7s}", end=" ")
print()
