# A tiny markdown-to-HTML converter: headings, lists, emphasis, code spans, links, paragraphs, escaping.
def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
def inline(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "`":
            j = text.find("`", i + 1)
            if j != -1:
                out.append("<code>" + escape(text[i + 1:j]) + "</code>")
                i = j + 1
                continue
        if text.startswith("**", i):
            j = text.find("**", i + 2)
            if j != -1:
                out.append("<strong>" + inline(text[i + 2:j]) + "</strong>")
                i = j + 2
                continue
        if text[i] == "*":
            j = text.find("*", i + 1)
            if j != -1:
                out.append("<em>" + inline(text[i + 1:j]) + "</em>")
                i = j + 1
                continue
        if text[i] == "[":
            close = text.find("](", i)
            end = text.find(")", close + 2) if close != -1 else -1
            if close != -1 and end != -1:
                out.append(f'<a href="{text[close + 2:end]}">{inline(text[i + 1:close])}</a>')
                i = end + 1
                continue
        out.append(escape(text[i]))
        i += 1
    return "".join(out)
def convert(md):
    html, para, list_kind = [], [], None
    def flush_para():
        if para:
            html.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
    def close_list():
        nonlocal list_kind
        if list_kind:
            html.append(f"</{list_kind}>")
            list_kind = None
    for line in md.splitlines():
        stripped = line.strip()
        if not stripped:
            flush_para()
            close_list()
        elif stripped.startswith("#"):
            flush_para()
            close_list()
            level = len(stripped) - len(stripped.lstrip("#"))
            html.append(f"<h{level}>{inline(stripped[level:].strip())}</h{level}>")
        elif stripped[:2] in ("- ", "* ") or (stripped.split(". ")[0].isdigit() and ". " in stripped):
            flush_para()
            kind = "ul" if stripped[:2] in ("- ", "* ") else "ol"
            if list_kind != kind:
                close_list()
                html.append(f"<{kind}>")
                list_kind = kind
            body = stripped[2:] if kind == "ul" else stripped.split(". ", 1)[1]
            html.append(f"  <li>{inline(body)}</li>")
        else:
            close_list()
            para.append(stripped)
    flush_para()
    close_list()
    return "\n".join(html)
DOC = """# Title with *emphasis*

Some **bold** text and `code <here>` with a [link](http://example.com).
This line continues the paragraph & has an ampersand.

## Lists
- first *item*
- second **item**
* third `item`

1. one
2. two
10. ten

Closing paragraph with ***nested*** and * lone star."""
print(convert(DOC))
