# gc.collect() empties the free lists, so the first class made after it pays, in gc.get_count(),
# for the temporary dicts type() makes (the namespace, and the copy of the class dict it calls
# __set_name__ from); the next classes reuse the freed ones.
import gc

gc.collect()
print("start", gc.get_count())


class Empty:
    pass


print("Empty", gc.get_count())


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print("Point", gc.get_count())

gc.collect()
Dynamic = type("Dynamic", (), {})
print("type()", gc.get_count())
Dynamic2 = type("Dynamic2", (), {"z": 0, "w": 1})
print("type() again", gc.get_count())

