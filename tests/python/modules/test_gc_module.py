# gc: collect() returns a count, enable/disable flags, thresholds, stats shape; objects survive collections.
import gc
data = [[i] * 3 for i in range(1000)]
cycle = []
cycle.append(cycle)
del cycle
print(type(gc.collect()).__name__, gc.collect(0) >= 0, gc.collect(generation=2) >= 0)
print(sum(x[0] for x in data), len(data))
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold(), len(gc.get_count()))
gc.set_threshold(500)
print(gc.get_threshold()[0])
gc.set_threshold(700, 10, 10)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]))
print(gc.garbage, gc.DEBUG_LEAK, gc.get_debug())
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
