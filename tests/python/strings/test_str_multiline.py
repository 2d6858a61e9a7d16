# Triple-quoted strings, escapes inside them, manual dedent, line endings, and string continuation.
text = """\
first line
    indented line
\ttabbed line
last line with trailing spaces   
"""
print(repr(text))
print(text.splitlines())
print(text.splitlines(keepends=True))
raw = r"""raw \n stays
two lines"""
print(repr(raw), len(raw.splitlines()))
def dedent(s):
    lines = s.splitlines()
    indents = [len(l) - len(l.lstrip(" ")) for l in lines if l.strip()]
    cut = min(indents) if indents else 0
    return "\n".join(l[cut:] for l in lines)
block = """
        def f():
            return 1
        print(f())
"""
print(dedent(block))
print(repr("""a'b"c'''d"""), repr('''x"""y'''), '''single ''' + """double""")
long = ("part one, "
        "part two, "
        "part three")
print(long, len(long))
crlf = "a\r\nb\rc\nd"
print(crlf.splitlines(), crlf.split("\n"), crlf.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
poem = """The fog comes
on little cat feet.

It sits looking
over harbor and city"""
stanzas = poem.split("\n\n")
print(len(stanzas), [s.count("\n") + 1 for s in stanzas], max(poem.splitlines(), key=len))
numbered = "\n".join(f"{i:2}: {line}" for i, line in enumerate(poem.splitlines(), 1))
print(numbered)
