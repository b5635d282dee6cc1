# Sets whose builtin types or None collide in the table: after a collision the probe sequence
# takes in higher bits of hash(T) (id(T) rotated right by 4 bits, perturbed by >> 5), which are
# python3's address bits 9 and up; libpython's data keeps its offset modulo 2 MiB in every run.
print({set, tuple}, {list, dict, set, tuple, int, str, float, bool, bytes, type(None), object, type, complex, range})
print({-1, -2, 2**40, 3.5, "x", (1, 2), None, True})
s = set(range(0, 200, 7)) | {-1, -2, 2**40, 3.5, "x", (1, 2), None, True}
print(s)
values = [0, None, 1.5, "a", b"b", (), [], {}, set(), frozenset(), range(1), 1j, True, ..., NotImplemented, len, type, object()]
print(set(map(type, values)) == {type(v) for v in reversed(values)}, sorted(t.__name__ for t in set(map(type, values))))
print({type(v) for v in values[:-1]})
print({None, ..., NotImplemented, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
print({ValueError, TypeError, KeyError, IndexError, OSError, RuntimeError, ZeroDivisionError, AttributeError, NameError, StopIteration, Exception, BaseException, LookupError, ArithmeticError})
