# bytearray under concurrent appends and extends from several threads: no lost update.
import threading
ba = bytearray()
def worker(k):
    for i in range(2000):
        ba.append(k)
        if i % 100 == 0:
            ba.extend(bytes([k]) * 3)
ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(ba), sorted(set(ba)), [ba.count(k) for k in range(4)])
