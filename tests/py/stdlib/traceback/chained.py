import traceback


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad input") from e


def load():
    try:
        parse("abc")
    except RuntimeError:
        raise KeyError("during handling")


try:
    load()
except KeyError as e:
    traceback.print_exception(e)
    print("=== chain=False")
    traceback.print_exception(e, chain=False)
    print("=== suppressed")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")
try:
    try:
        raise TypeError("first")
    finally:
        pass
except TypeError as e:
    e2 = ValueError("second")
    e2.__context__ = e
    print("".join(traceback.format_exception(e2)), end="")
