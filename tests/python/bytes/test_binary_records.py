# Packing and unpacking binary records by hand with int.to_bytes / int.from_bytes.
def pack(records):
    out = bytearray()
    out += b"REC1"
    out += len(records).to_bytes(2, "little")
    for rid, name, score in records:
        raw = name.encode("utf-8")
        out += rid.to_bytes(4, "big")
        out += len(raw).to_bytes(1, "big")
        out += raw
        out += score.to_bytes(2, "big", signed=True)
    return bytes(out)

def unpack(data):
    assert data[:4] == b"REC1", data[:4]
    n = int.from_bytes(data[4:6], "little")
    pos = 6
    records = []
    for _ in range(n):
        rid = int.from_bytes(data[pos:pos + 4], "big")
        ln = data[pos + 4]
        name = data[pos + 5:pos + 5 + ln].decode("utf-8")
        pos += 5 + ln
        score = int.from_bytes(data[pos:pos + 2], "big", signed=True)
        pos += 2
        records.append((rid, name, score))
    return records, pos

recs = [(1, "ann", 100), (70000, "björn", -5), (2 ** 31, "日本", 32767), (0, "", -32768)]
blob = pack(recs)
print(len(blob), blob)
print(blob.hex(" ", 4))
back, used = unpack(blob)
print(back, used == len(blob), back == recs)
corrupt = bytearray(blob)
corrupt[0] = ord("X")
try:
    unpack(bytes(corrupt))
except AssertionError as e:
    print("AssertionError:", e)
checksum = 0
for i, byte in enumerate(blob):
    checksum = (checksum * 31 + byte * (i + 1)) % 65521
print("checksum", checksum)
# run-length encoding of bytes
def rle(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)
def unrle(data):
    out = bytearray()
    for k in range(0, len(data), 2):
        out += bytes([data[k + 1]]) * data[k]
    return bytes(out)
sample = b"aaaabbbcccd" + b"\x00" * 300 + b"xyz"
enc = rle(sample)
print(enc, len(sample), len(enc), unrle(enc) == sample)
