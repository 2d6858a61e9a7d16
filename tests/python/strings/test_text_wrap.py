# A hand-written text wrapper and justifier.
TEXT = ("Python is a programming language that lets you work quickly and integrate systems more "
        "effectively. It is easy to learn, and its elegant syntax and dynamic typing make it ideal "
        "for scripting and rapid application development in many areas on most platforms.")

def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines

def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + " " * n
    return out + words[-1]

for width in [20, 33, 50]:
    lines = wrap(TEXT, width)
    print(f"--- width {width}: {len(lines)} lines")
    for l in lines[:-1]:
        print("|" + justify(l, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
    print("|" + lines[0].center(width) + "|")
    print("|" + lines[-1].rjust(width) + "|")
print(max(wrap(TEXT, 40), key=len), len(max(wrap(TEXT, 40), key=len)))
print([len(l) for l in wrap(TEXT, 25)])
