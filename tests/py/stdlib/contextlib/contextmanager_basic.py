# @contextmanager: enter/exit, exceptions thrown into the generator, decorator use
from contextlib import contextmanager


@contextmanager
def tag(name):
    """Wraps output in a tag."""
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("h1") as t:
    print("body", t)
print(tag.__name__, tag.__doc__, tag("x").__doc__, tag.__wrapped__.__name__)
try:
    with tag("p"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallow():
    raise KeyError("k")
print("after swallow")


@tag("deco")
def f(x):
    print("in f", x)
    return x * 2


print(f(3), f(4), f.__name__)
