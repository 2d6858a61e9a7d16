# Never-started coroutines that die before the end are reported when a collection finds
# them (here gc.collect(); any collection under GC stress), once per message, in the
# location-less form; the ones still alive are reported at exit. CPython reports the dead
# ones at once, located at the line running then, so stderr is checked against
# unawaited_collected.py.err (the set of lines) rather than against python3.
import gc


async def work(i):
    return i


async def other():
    return 0


class Job:
    async def run(self):
        return 1


for i in range(1000):
    work(i)
Job().run()
print("made")
gc.collect()
print("collected")
alive = other()
started = work(5)
try:
    started.send(None)
except StopIteration as e:
    print("started one returned", e.value)
print("end")
