# Which operation meets the recursion limit when each level of a warm recursion calls a builtin:
# CPython 3.11 specialises the call sites of a function once it has run 8 times; a builtin
# written with METH_FASTCALL (divmod, getattr, print, sorted, str.split, dict.get, ...) then
# takes no recursion level, one written with METH_O or METH_NOARGS (abs, repr, str.upper,
# str.join, ...) still takes one. The limit is small so the first levels, before the function
# is warm, count too.
import io
import sys

sink = io.StringIO()


class PySink:
    def write(self, s):
        pass


py_sink = PySink()
BODIES = [
    "pass",
    "abs(n)",
    "divmod(n, 2)",
    "getattr(n, 'real')",
    "hasattr(n, 'real')",
    "isinstance(n, int)",
    "len('')",
    "iter(())",
    "next(iter((1,)))",
    "pow(2, 2)",
    "sum(())",
    "max(1, 2)",
    "repr(n)",
    "format(n, '')",
    "sorted(())",
    "sys._getframe()",
    "sys.getrecursionlimit()",
    "'a b'.split()",
    "' a '.strip()",
    "'a'.upper()",
    "''.join(())",
    "[1].pop()",
    "[].append(1)",
    "{}.get(1)",
    "{}.setdefault(1, 2)",
    "(1,).index(1)",
    "(1).to_bytes(1, 'big')",
    "print(n, file=sink)",
    "print(end='', file=sink)",
    "print(n, file=py_sink)",
    "sink.write('x')",
]


def probe(body, limit):
    namespace = {"sink": sink, "py_sink": py_sink, "sys": sys, "reached": 0}
    exec(f"def f(n):\n    global reached\n    reached = n\n    {body}\n    f(n + 1)\n", namespace)
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(limit)
    try:
        namespace["f"](1)
    except RecursionError as e:
        outcome = str(e)
    finally:
        sys.setrecursionlimit(old)
    return namespace["reached"], outcome


for body in BODIES:
    for limit in (9, 10, 11, 14, 60):
        print(f"{body:28} {limit:3}", *probe(body, limit))
