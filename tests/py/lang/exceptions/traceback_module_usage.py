import sys
import traceback

def parse(s):
    return int(s)

def load(items):
    return [parse(x) for x in items]

try:
    load(["1", "two"])
except ValueError:
    print("".join(traceback.format_exc().splitlines(keepends=True)[-2:]), end="")
    etype, value, tb = sys.exc_info()
    frames = traceback.extract_tb(tb)
    print([(f.name, f.lineno) for f in frames])
    print(traceback.format_exception_only(etype, value))

def stack_here():
    return [f.name for f in traceback.extract_stack()]
print(stack_here())
