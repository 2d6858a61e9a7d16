# str.encode / bytes.decode with codecs and error handlers.
s = "Grüße, 世界! 🐍"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32-be", "latin-1", "ascii", "cp1252"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        try:
            b = s.encode(enc, errors)
            print(enc, errors, len(b), b[:24])
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError", e.encoding, e.start, e.end, e.reason)
print(s.encode(), s.encode("UTF-8"), s.encode("utf8"), s.encode(encoding="utf_8"))
data = s.encode("utf-8")
print(data.decode("utf-8") == s, data.decode("latin-1"), len(data.decode("latin-1")))
bad = b"ok \xc3\x28 \xa0\xa1 \xf0\x28\x8c\xbc end \xe2\x82"
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    print(errors, repr(bad.decode("utf-8", errors)))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e, "|", e.start, e.end, e.reason, e.object[:5])
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(bytes("abc", "ascii"), bytes("é", "utf-8"), str(b"\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
print("€".encode("cp1252"), b"\x80".decode("cp1252"), "Ω".encode("utf-16-le").hex(), "\U0001f40d".encode("utf-16-be").hex())
print(b"\xef\xbb\xbfhi".decode("utf-8-sig"), "hi".encode("utf-8-sig"), b"\xff\xfeh\x00i\x00".decode("utf-16"))
for cp in [0x41, 0xE9, 0x20AC, 0x1F600]:
    ch = chr(cp)
    u8 = ch.encode("utf-8")
    print(hex(cp), u8.hex(" "), [bin(b) for b in u8], u8.decode() == ch)
