class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Explicit:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Empty()), bool(Full()), bool(Explicit()), len(Explicit()))
if not Empty():
    print("empty is falsy")
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
