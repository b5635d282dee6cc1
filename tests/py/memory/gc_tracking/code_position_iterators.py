# co_positions() and co_lines() return CPython's positions_iterator and line_iterator: small
# untracked objects (80 and 64 bytes) holding a reference to their code, making each item's
# tuple when it is asked for. They used to be tuple_iterators over a tuple of every item built
# up front: tracked, 48 bytes, with __length_hint__, and each call filled gen 0.
import gc
import itertools
import sys


def area(width, height):
    result = width * height
    return result


code = area.__code__
positions = code.co_positions()
lines = code.co_lines()
for it in (positions, lines):
    kind = type(it)
    print(kind.__name__, kind.__module__, sys.getsizeof(it), gc.is_tracked(it))
    print(" refs:", sys.getrefcount(it), len(gc.get_referents(it)))
    print(" methods:", sorted(set(dir(it)) - set(dir(object()))))
    print(" self-iterator:", iter(it) is it, "first item a tuple:", type(next(it)).__name__)
    try:
        kind()
    except TypeError as e:
        print(" ", e)
print("code refs with both alive:", sys.getrefcount(code))
del positions, lines
print("code refs after:", sys.getrefcount(code))

# the first position (RESUME on the def line) without making all of the others
print(next(code.co_positions())[0] == area.__code__.co_firstlineno)


# what traceback's _get_code_position does for each frame: islice to the failing instruction
def nth_position():
    return next(itertools.islice(code.co_positions(), 3, None))


nth_position()
gc.collect()
before = gc.get_count()[0]
for _ in range(50):
    last = nth_position()
print("gen 0 after 50 lookups:", gc.get_count()[0] - before)
