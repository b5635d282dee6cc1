# generator misbehaviour inside @contextmanager
from contextlib import contextmanager


@contextmanager
def noyield():
    if False:
        yield


@contextmanager
def twoyield():
    yield 1
    yield 2


@contextmanager
def keeps_going():
    try:
        yield
    except Exception:
        pass
    yield


@contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError("converted")


for cm in (noyield, twoyield):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    with keeps_going():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError", e)
try:
    with converts():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)


@contextmanager
def stop():
    yield


try:
    with stop():
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration", e)
