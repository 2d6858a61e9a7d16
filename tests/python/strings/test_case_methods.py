# Case conversion methods and their unicode behaviour.
for s in ["hello world", "HELLO World", "hello-world_foo bar", "they're bill's friends", "ǅungla", "ß straße",
          "ﬁne", "İstanbul", "ΣΑΣ ΟΔΟΣ", "123abc DEF", "", "a", "mIxEd CaSe 9lives", "o'neil mc-donald"]:
    print(repr(s), "|", s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase(), "|", s.casefold())
print("ß".upper(), len("ß".upper()), "ß".casefold() == "SS".casefold(), "ﬀ".upper(), "ŉ".upper())
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Α".lower(), "ǈ".upper(), "ǈ".lower(), "ǈ".title())
print("hello".upper().lower() == "hello", "ABC".lower().islower(), "Title Case".istitle(), "Not title".istitle())
print("abc".isupper(), "ABC".isupper(), "A1B2".isupper(), "1234".isupper(), "1234".islower(), "aB".islower())
words = "the QUICK brown FOX".split()
print([w.capitalize() for w in words], " ".join(w[::-1].swapcase() for w in words))
def snake_to_camel(s):
    head, *rest = s.split("_")
    return head + "".join(p.capitalize() for p in rest)
def camel_to_snake(s):
    out = []
    for ch in s:
        if ch.isupper():
            out.append("_" + ch.lower())
        else:
            out.append(ch)
    return "".join(out).lstrip("_")
for n in ["get_user_name", "x", "already_snake_case_here", "a_b_c"]:
    c = snake_to_camel(n)
    print(n, c, camel_to_snake(c))
