def counter(limit):
    count = 0
    while count < limit:
        step = yield count
        count += step or 1

g = counter(10)
print(next(g))
print(sorted(g.gi_frame.f_locals.items()))
print(g.send(3))
print(g.gi_frame.f_locals["count"], g.gi_frame.f_lineno)
g.close()
print(g.gi_frame)

def nested():
    inner = counter(2)
    yield from inner
d = nested()
next(d)
print(d.gi_yieldfrom.__name__, d.gi_yieldfrom.gi_frame.f_locals["count"])
