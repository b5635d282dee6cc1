def show(e):
    out = []
    while e is not None:
        out.append(f"{type(e).__name__}({e})")
        e = e.__context__
    return " <- ".join(out)

def gen():
    raise ValueError("in gen")
    yield

try:
    raise KeyError("outer")
except KeyError:
    try:
        next(gen())
    except ValueError as e:
        print(show(e))

def g2():
    try:
        raise TypeError("handled in gen")
    except TypeError:
        yield 1
        raise IndexError("raised while handling in gen")

it = g2()
next(it)
try:
    raise OSError("caller handling")
except OSError:
    try:
        next(it)
    except IndexError as e:
        print(show(e))

class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with CM():
        raise ValueError("body failed")
except RuntimeError as e:
    print(show(e))

def thrower():
    try:
        yield
    except ZeroDivisionError:
        raise
g = thrower()
next(g)
try:
    raise NameError("ctx")
except NameError:
    try:
        g.throw(ZeroDivisionError("thrown"))
    except ZeroDivisionError as e:
        print(show(e))

try:
    try:
        1/0
    except ZeroDivisionError as e:
        raise e
except ZeroDivisionError as e:
    print(show(e), e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno)

def reraise_in_finally():
    try:
        raise ValueError("a")
    finally:
        try:
            raise KeyError("b")
        except KeyError:
            pass
try:
    reraise_in_finally()
except ValueError as e:
    print(show(e))
import sys
try:
    raise ValueError("x")
except ValueError:
    try:
        int("bad")
    except ValueError as e:
        print(show(e))
    print(sys.exc_info()[1])
