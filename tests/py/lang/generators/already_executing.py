def selfish():
    yield next(me)

me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def finished():
    yield 1
f = finished()
list(f)
print(list(f))
