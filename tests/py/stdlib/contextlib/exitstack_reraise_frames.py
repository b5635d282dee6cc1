# An exception from an ExitStack callback: the traceback shows __exit__ once, as in python3
import contextlib
import traceback


def raise_exc(exc):
    raise exc


try:
    with contextlib.ExitStack() as stack:
        stack.callback(raise_exc, ValueError("inner"))
        stack.callback(raise_exc, KeyError("outer"))
        1 / 0
except Exception as e:
    print(type(e).__name__, repr(e.__context__), repr(e.__context__.__context__))
    tb = traceback.extract_tb(e.__traceback__)
    # contextlib's own frames differ in name and line between implementations: count them
    print(len(tb), tb[0].line, tb[1].name, tb[1].line, tb[-1].name)
