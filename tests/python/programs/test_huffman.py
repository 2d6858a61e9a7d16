# Huffman codes: build the tree with a sorted-list priority queue (ties broken deterministically), encode, decode.
def build_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    queue = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    counter = len(queue)
    queue.sort()
    while len(queue) > 1:
        a = queue.pop(0)
        b = queue.pop(0)
        node = (a[0] + b[0], counter, (a[2], b[2]))
        counter += 1
        queue.append(node)
        queue.sort()
    codes = {}
    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix or "0"
        else:
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
    walk(queue[0][2], "")
    return freq, codes, queue[0][2]
def decode(bits, tree):
    out, node = [], tree
    for b in bits:
        node = node[int(b)]
        if isinstance(node, str):
            out.append(node)
            node = tree
    return "".join(out)
for text in ["abracadabra", "mississippi river", "aaaaaaaa", "the quick brown fox jumps over the lazy dog"]:
    freq, codes, tree = build_codes(text)
    bits = "".join(codes[ch] for ch in text)
    print(repr(text))
    print("  codes:", sorted(codes.items()))
    print("  bits:", len(bits), "vs", 8 * len(text), "ratio", round(len(bits) / (8 * len(text)), 3))
    print("  prefix:", bits[:48])
    if isinstance(tree, tuple):
        print("  decoded ok:", decode(bits, tree) == text)
    weighted = sum(freq[ch] * len(codes[ch]) for ch in freq)
    print("  weighted length:", weighted, weighted == len(bits))
