# CPython's exceptions for sets.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, repr(e.args), e)


s = {1, 2}
t(lambda: set().pop())
t(lambda: s.remove(3))
t(lambda: s.remove((1, 2)))
t(lambda: s.remove([]))
t(lambda: s.remove({1}))
t(lambda: s.discard({1}))
t(lambda: {1} in s)
t(lambda: [] in s)
t(lambda: set([[1]]))
t(lambda: set(1))
t(lambda: set(x=1))
t(lambda: set([], []))
t(lambda: frozenset(x=1))
t(lambda: frozenset([], []))
t(lambda: s.add())
t(lambda: s.add([]))
t(lambda: s < 1)
t(lambda: s | [1])
t(lambda: s - [1])
t(lambda: hash(s))
t(lambda: s.union(1))
t(lambda: s.issubset(1))


def mutate():
    for x in s:
        s.add(x + 10)


t(mutate)
