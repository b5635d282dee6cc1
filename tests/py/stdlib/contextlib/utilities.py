# suppress, closing, nullcontext, redirect_stdout/redirect_stderr
import sys
from contextlib import closing, nullcontext, redirect_stderr, redirect_stdout, suppress

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)


class Thing:
    def close(self):
        print("closed")


with closing(Thing()) as t:
    print("using", type(t).__name__)
with nullcontext(7) as v:
    print(v)
with nullcontext() as v:
    print(v)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


c = Capture()
with redirect_stdout(c) as target:
    print("hidden", 1)
print(c.parts, target is c)
with redirect_stderr(c):
    print("err", file=sys.stderr)
print(c.parts)
r = redirect_stdout(c)
with r:
    with r:
        print("nested")
print("restored", c.parts[-2:])
