# list sets __hash__ = None in its type dict, as CPython does (dataclasses relies on it)
print(list.__hash__, "__hash__" in list.__dict__, list.__dict__["__hash__"])
print([].__class__.__hash__ is None, dict.__hash__, set.__hash__, bytearray.__hash__)


class L(list):
    pass


class H(list):
    def __hash__(self):
        return 7


print(L.__hash__, hash(H([1])), tuple.__hash__ is None)
for value in ([], L(), [1, [2]]):
    try:
        hash(value)
    except TypeError as e:
        print("TypeError", e)
