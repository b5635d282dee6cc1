import functools

class Cell:
    def __init__(self):
        self._alive = False
    @property
    def alive(self):
        return self._alive
    def set_state(self, state, *, note=None):
        self._alive = bool(state)
        return note
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False, note="died")
    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)
    make_one = functools.partialmethod(make, 1)
    @staticmethod
    def stat(a, b):
        return ("static", a, b)
    stat_x = functools.partialmethod(stat, "x")
    adder = functools.partialmethod(lambda self, *a: sum(a), 1, 2)

c = Cell()
print(c.alive, c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_alive(note="n"))
print(Cell.make_one(2), c.make_one(3), Cell.stat_x("y"), c.stat_x("z"), c.adder(3))
print(repr(Cell.__dict__["set_alive"]).split(" at ")[0], repr(functools.partialmethod(print)))
print(repr(Cell.__dict__["set_dead"]).split(" at ")[0].replace("<function Cell.set_state", "F"))
pm = functools.partialmethod(functools.partialmethod(Cell.set_state, 1), note="x")
print(pm.func is Cell.set_state, pm.args, pm.keywords)
print(Cell.__dict__["set_alive"].__isabstractmethod__, type(Cell.set_alive).__name__)
try:
    functools.partialmethod(5)
except TypeError as e:
    print("TypeError", e)
class A:
    m = functools.partialmethod(len)
print(A.m.__name__ if hasattr(A.m, "__name__") else type(A.m).__name__)
print(functools.partialmethod[int])
