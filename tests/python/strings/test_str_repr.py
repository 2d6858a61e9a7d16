# repr() of strings: quote choice, escapes, unicode.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\rret", "back\\slash",
           "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "é日😀", "\u200b\u2028\ufeff", "\ud800", "bell\a", "\x1b[0m",
           "", "'", '"', "'\"", "\\n", "\U000e0001", "\u0378", "\xff", "\x85"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(["a'b", 'c"d', "e\nf"]), repr(("é",)), repr({"k'": "v\t"}))
print(str(["x\ty"]), "%r" % "q'q", "{!r}".format("a\nb"), f"{'z'!r}", f"{'é'!a}")
print(eval(repr("mixed ' \" \\ \n \x00 é 😀")) == "mixed ' \" \\ \n \x00 é 😀")
for s in samples:
    assert eval(repr(s)) == s, s
print("all round-trip")
print(r"raw\n\t", r"C:\path\to", len(r"\n"), R"x\y", rb"\d".decode(), br"a\b")
print("\'", '\"', "\\", "a\
b", "\101\x42\u0043\U00000044\N{LATIN SMALL LETTER E}")
