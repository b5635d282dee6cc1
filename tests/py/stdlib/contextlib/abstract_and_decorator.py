# AbstractContextManager structural check and ContextDecorator
from contextlib import AbstractContextManager, ContextDecorator


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


class NotCM:
    def __enter__(self):
        return self


print(isinstance(CM(), AbstractContextManager), issubclass(NotCM, AbstractContextManager))


class Default(AbstractContextManager):
    def __exit__(self, *a):
        return None


with Default() as d:
    print(type(d).__name__)


class Logged(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


@Logged()
def work(x):
    print("working", x)
    return x + 1


print(work(1), work.__name__)
with Logged():
    print("inside")
try:
    AbstractContextManager()
except TypeError as e:
    print("TypeError", "abstract" in str(e))
print(AbstractContextManager[int])
