# hex/fromhex, int conversions, and a hand-written base64 encoder checked against the algorithm.
data = bytes(range(0, 40, 3))
print(data.hex(), data.hex(" "), data.hex("|", 3), data.hex("_", -4), bytes.fromhex(data.hex()) == data)
print(bytes.fromhex(""), bytes.fromhex("  01 02   03 "), bytearray.fromhex("ff00"))
for bad in ["0", "zz", "0 1", "0x10"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64encode(raw):
    out = []
    for i in range(0, len(raw), 3):
        chunk = raw[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        chars = [B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.extend(chars)
    return "".join(out)
def b64decode(text):
    text = text.rstrip("=")
    bits = 0
    nbits = 0
    out = bytearray()
    for ch in text:
        bits = (bits << 6) | B64.index(ch)
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
    return bytes(out)
for raw in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo wörld".encode(), bytes(range(256))[:50]]:
    enc = b64encode(raw)
    print(raw[:12], enc[:40], b64decode(enc) == raw)
def crc32(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF
for raw in [b"", b"a", b"abc", b"The quick brown fox jumps over the lazy dog"]:
    print(raw, hex(crc32(raw)))
print(int.from_bytes(b"\x12\x34\x56\x78", "big") == 0x12345678, (0x12345678).to_bytes(4, "little").hex())
