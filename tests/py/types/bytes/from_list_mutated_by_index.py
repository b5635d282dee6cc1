# bytes(list) reads the list in place up to its current length at each step (CPython's
# _PyBytes_FromList), so an __index__ that clears or extends the list changes the result.
class X:
    def __index__(self):
        a.clear()
        return 42
a = [X(), X()]
print(bytes(a))
a = [X(), X()]
print(bytearray(a))
class Y:
    def __init__(self, k): self.k = k
    def __index__(self):
        if len(b) < 6: b.append(Y(len(b)))
        return 65 + self.k
b = [Y(0), Y(1)]
print(bytes(b), len(b))
b = [Y(0), Y(1)]
print(bytearray(b), len(b))
print(bytes([1, 2, 3]), bytes((4, 5)), bytes([]), bytes(list(range(256)))[250:])
for bad in ([256], [-1], ["a"], [1.5], [X, 1]):
    try: print(bytes(bad))
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
