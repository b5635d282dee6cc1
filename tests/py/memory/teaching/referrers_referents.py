import gc

# Who refers to an object, and what it refers to.


class Box:
    def __init__(self, item):
        self.item = item


item = ["payload"]
box = Box(item)
holder = {"x": item}
pair = (item, 1)
refs = gc.get_referrers(item)
kinds = sorted(type(r).__name__ for r in refs if r is not globals())
print(kinds)
print(any(r is holder for r in refs), any(r is pair for r in refs))
print(sorted(type(r).__name__ for r in gc.get_referents(box)))
print(gc.get_referents(pair) == [item] or sorted(map(repr, gc.get_referents(pair))))
print(gc.get_referents([1, "a", None]))
print(len(gc.get_referents({"k": "v"})))
