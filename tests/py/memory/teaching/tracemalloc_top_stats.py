import tracemalloc

# Which lines allocated the most memory, and how snapshots compare.
tracemalloc.start()

numbers = [i for i in range(5000)]
words = ["word%d" % i for i in range(2000)]
table = {i: str(i) for i in range(1000)}

snap1 = tracemalloc.take_snapshot()
more = [bytes(100) for _ in range(300)]
snap2 = tracemalloc.take_snapshot()
tracemalloc.stop()


def short(stat):
    frame = stat.traceback[0]
    return "line %d: %d blocks" % (frame.lineno, stat.count)


flt = [tracemalloc.Filter(True, __file__)]
for stat in snap1.filter_traces(flt).statistics("lineno")[:3]:
    print(short(stat))
diff = snap2.filter_traces(flt).compare_to(snap1.filter_traces(flt), "lineno")
top = diff[0]
print("grew most at line", top.traceback[0].lineno, "by", top.count_diff, "blocks")
print("size_diff positive:", top.size_diff > 0)
