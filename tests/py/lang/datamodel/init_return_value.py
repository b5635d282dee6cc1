class Good:
    def __init__(self):
        self.ok = True

class Bad:
    def __init__(self):
        return 42

print(Good().ok)
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)

class WithNew:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x):
        print("__init__", x)
w = WithNew(5)

class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())

Bad()
