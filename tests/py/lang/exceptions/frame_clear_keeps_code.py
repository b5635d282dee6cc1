# frame.clear() (and traceback.clear_frames, which unittest's assertRaises calls before letting an
# unexpected exception through) drops a finished frame's locals but keeps its code, globals and
# line: the traceback still prints every frame. A running frame cannot be cleared; a suspended
# generator's frame is finalized, closing the generator.
import sys
import traceback
import unittest


def inner():
    x = [1, 2]
    return x[5]


def outer():
    try:
        inner()
    except IndexError as e:
        tb = e.__traceback__
        traceback.clear_frames(tb)
        t = tb
        while t:
            f = t.tb_frame
            print(f.f_code.co_name, t.tb_lineno, f.f_lineno, sorted(f.f_locals), f.f_globals is globals())
            t = t.tb_next
        traceback.print_exc(file=sys.stdout)
        print("".join(traceback.format_exception(e)), end="")


outer()

try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError:", e)


def gen():
    try:
        yield sys._getframe()
        yield 2
    finally:
        print("generator closed")


g = gen()
frame = next(g)
try:
    frame.clear()
    print("cleared", g.gi_frame, next(g, "exhausted"))
except RuntimeError as e:
    print("RuntimeError:", e)


def running():
    yield sys._getframe().clear()


try:
    next(running())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    frame.clear(1)
except TypeError as e:
    print("TypeError:", e)


class T(unittest.TestCase):
    def test_wrong_exception(self):
        with self.assertRaises(KeyError):
            [][1]


result = unittest.TestResult()
T("test_wrong_exception").run(result)
print(result.errors[0][1], end="")
