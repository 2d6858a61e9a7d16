# Searching and splitting binary data: delimiters, null bytes, line endings, counting, and int items.
packet = b"HDR\x00name=ann\x00age=31\x00\x00city=oslo\r\nEND"
print(packet.split(b"\x00"), packet.split(b"\x00", 2), packet.rsplit(b"\x00", 1))
print(packet.find(b"\x00"), packet.rfind(b"\x00"), packet.count(b"\x00"), packet.index(b"END"), packet.find(0))
fields = {}
for part in packet.split(b"\x00"):
    if b"=" in part:
        k, _, v = part.partition(b"=")
        fields[k.decode()] = v.split(b"\r\n")[0].decode()
print(fields)
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\n".splitlines(keepends=True), b"  x  y  ".split(), b"x".split(b"x"))
print(b"hello".startswith((b"he", b"x")), b"hello".endswith(b"lo", 0, 5), b"abcabc".replace(b"b", b"BB", 1))
print([b for b in b"\x00\x7f\x80\xff"], bytes([0x41, 0x42]) in b"xxABxx", b"AB"[0] in b"CAB", b"\xff" * 3)
data = bytes(range(256))
print(data[0x41:0x5b], data.find(b"xyz"), data.count(b"\x10"), data[-3:], data[::64])
print(b"key: value".split(b": ", 1), b"a,b;c d".replace(b";", b",").replace(b" ", b",").split(b","))
print(b"%05d|%-4s|%x" % (42, b"ab", 255), b"abc".center(9, b"-"), b"TeSt".swapcase(), b"a-b_c".title())
print(bytearray(b"abc").find(b"c"), bytearray(b"a b").split(), b"".join([b"p", bytearray(b"q")]), b"x" in bytearray(b"xyz"))
