# Creating a class while tracemalloc traces: the class object (its heap type with one member
# definition per slot and a terminator), the namespace copy and its keys, the keys of the
# __set_name__ pass's copy (parked in the keys free list), the int key and weak reference a
# base's subclass registry holds, the MRO tuple, the __slots__ tuple, the descriptors, the
# instances' shared keys and the docstring's copy are the blocks python3 traces at the line.
import tracemalloc

tracemalloc.start()


class Plain:
    pass


class Child(Plain):
    x = 1

    def method(self):
        return self.x


class Slotted:
    __slots__ = ("b", "a", "__weakref__")


class OneSlot:
    __slots__ = "only"


class Mixed(Child, Slotted):
    pass


class Error(Exception):
    pass


class Documented:
    """A class whose docstring is copied into a block of its own: tp_doc."""


class Private:
    __slots__ = ["__hidden", "shown"]


class Many:
    a = b = c = d = e = f = g = 1


Made = type("Made", (Plain,), {"k": 1, "__doc__": "made by type()"})
Diamond = type("Diamond", (Child, Plain), {})

snapshot = tracemalloc.take_snapshot()
by_line = {}
for trace in snapshot.traces:
    frame = trace.traceback[0]
    if frame.filename == __file__:
        by_line.setdefault(frame.lineno, []).append(trace.size)
for lineno in sorted(by_line):
    sizes = sorted(by_line[lineno])
    print(lineno, len(sizes), sum(sizes), sizes)
