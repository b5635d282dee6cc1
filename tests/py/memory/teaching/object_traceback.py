import tracemalloc

# tracemalloc remembers where each block was allocated.
tracemalloc.start(5)


def make_buffer(n):
    return bytearray(n)


def build():
    return [make_buffer(100) for _ in range(3)]


bufs = build()
tb = tracemalloc.get_object_traceback(bufs[0])
print(len(tb) >= 2)
for frame in tb:
    print(frame.lineno)
untraced = tracemalloc.get_object_traceback(len)
print(untraced)
tracemalloc.stop()
print(tracemalloc.get_object_traceback(bufs[1]))
