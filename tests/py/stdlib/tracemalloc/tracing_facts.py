# tracemalloc on a running program: what is traced at which line, get_traced_memory, peaks,
# clear/stop, object tracebacks, errors; sizes are printed as facts that hold whatever the
# interpreter's own allocations are.
import tracemalloc


def make_buffers(n):
    return [bytearray(100_000) for _ in range(n)]


print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError", e)
for bad in (0, 65536, -3):
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    tracemalloc.start("2")
except TypeError as e:
    print("TypeError", e)

tracemalloc.start(4)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
before = tracemalloc.take_snapshot()
buffers = make_buffers(3)
big = bytes(250_000)
after = tracemalloc.take_snapshot()

top = after.statistics("lineno")
here = [s for s in top if s.traceback[0].filename == __file__]
print([s.traceback[0].lineno for s in here[:2]])
print(here[0].size >= 300_000, here[0].count >= 3, here[1].size >= 250_000)

diff = after.compare_to(before, "lineno")
grown = [d for d in diff if d.traceback[0].filename == __file__ and d.size_diff > 0]
print([d.traceback[0].lineno for d in grown[:2]])

by_traceback = after.statistics("traceback")
deep = [s for s in by_traceback if s.size >= 300_000][0]
print([frame.lineno for frame in deep.traceback if frame.filename == __file__])
print(deep.traceback.format(limit=1)[1].strip())

tb = tracemalloc.get_object_traceback(big)
print(tb is not None and tb[-1].lineno, tracemalloc.get_object_traceback(12345))

current, peak = tracemalloc.get_traced_memory()
print(current >= 550_000, peak >= current)
del buffers
current2, peak2 = tracemalloc.get_traced_memory()
print(current - current2 >= 300_000, peak2 == peak)
tracemalloc.reset_peak()
print(tracemalloc.get_traced_memory()[1] - tracemalloc.get_traced_memory()[0] < 10_000)

only_here = after.filter_traces([tracemalloc.Filter(True, __file__)])
print(len(only_here.traces) <= len(after.traces), all(t.traceback[-1].filename == __file__ for t in only_here.traces))

tracemalloc.clear_traces()
print(tracemalloc.get_traced_memory()[0] < 10_000, tracemalloc.is_tracing())
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_object_traceback(big))
