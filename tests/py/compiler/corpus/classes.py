class Empty:
    pass

class WithDoc:
    """A class."""
    x = 1

    def method(self):
        return self.x

class Base(object, metaclass=Meta, flag=True):
    attr: int = 3
    other: str

    def __init__(self, v):
        super().__init__()
        self.v = v

    @property
    def prop(self):
        return self.v

    @staticmethod
    def st(a):
        return a

    @classmethod
    def cm(cls):
        return cls()

    def uses_class(self):
        return __class__

    def __private(self):
        return self.__secret

    class Nested:
        def m(self):
            return 1

@dataclass
class Decorated(Base, *mixins, **kw):
    a: int
    b: str = "x"

def factory():
    x = 1
    class Local:
        y = x
        def m(self):
            return x
    return Local

class ClassScope:
    x = 1
    y = [x for _ in range(3)]
    def f(self):
        return x
