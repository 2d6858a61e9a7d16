# A discrete-event simulation of a bank queue with a seeded LCG, a sorted event list and statistics.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33
    def uniform(self, lo, hi):
        return lo + (hi - lo) * (self.next() / 2 ** 31)
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)
rng = LCG(2024)
events = []
def schedule(time, kind, cust):
    events.append((time, len(events), kind, cust))
    events.sort(reverse=True)
t = 0
for cust in range(12):
    t += rng.randint(1, 6)
    schedule(t, "arrive", cust)
tellers = {0: None, 1: None}
queue = []
arrived, started, waits, log = {}, {}, [], []
while events:
    time, _, kind, cust = events.pop()
    if kind == "arrive":
        arrived[cust] = time
        free = [k for k, v in sorted(tellers.items()) if v is None]
        if free:
            tellers[free[0]] = cust
            started[cust] = time
            schedule(time + rng.randint(3, 9), "leave", cust)
            log.append(f"t={time:3} customer {cust:2} arrives, served by teller {free[0]}")
        else:
            queue.append(cust)
            log.append(f"t={time:3} customer {cust:2} arrives, waits (queue {len(queue)})")
    else:
        teller = next(k for k, v in tellers.items() if v == cust)
        tellers[teller] = None
        waits.append(started[cust] - arrived[cust])
        log.append(f"t={time:3} customer {cust:2} leaves teller {teller}")
        if queue:
            nxt = queue.pop(0)
            tellers[teller] = nxt
            started[nxt] = time
            schedule(time + rng.randint(3, 9), "leave", nxt)
            log.append(f"t={time:3} customer {nxt:2} starts at teller {teller}")
print("\n".join(log))
print("waits", waits, "mean", sum(waits) / len(waits), "max", max(waits))
print([round(rng.uniform(0, 1), 6) for _ in range(5)])
