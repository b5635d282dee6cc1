import sys
import traceback


def fail():
    local_value = [1, 2, 3]
    raise ValueError("captured")


try:
    fail()
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), te._str, te.__cause__, te.__context__, te.__suppress_context__, te.exceptions)
    print(len(te.stack), [f.name for f in te.stack])
    print("".join(te.format()), end="")
    print(list(te.format_exception_only()))
    te.print(file=sys.stdout)
    te2 = traceback.TracebackException.from_exception(e, capture_locals=True)
    print(te2.stack[-1].locals)
    te3 = traceback.TracebackException(type(e), e, e.__traceback__, limit=1)
    print(len(te3.stack), te == traceback.TracebackException.from_exception(e), te == 1)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("b")
except TypeError as e:
    full = traceback.TracebackException.from_exception(e)
    compact = traceback.TracebackException.from_exception(e, compact=True)
    print(type(full.__context__).__name__, full.__context__.exc_type.__name__, compact.__context__ is not None)
    print("".join(full.format(chain=False)), end="")
try:
    compile("1 +", "<text>", "eval")
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, te.lineno, te.end_lineno, repr(te.text), te.offset, te.end_offset, te.msg)
    print("".join(te.format_exception_only()), end="")
