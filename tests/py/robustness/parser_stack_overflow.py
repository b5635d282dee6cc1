# CPython's parser gives up with a bare MemoryError when its rule stack passes 6000 levels:
# long chains of unary operators, `not`, `**`, conditional expressions and lambdas.
import sys

sys.setrecursionlimit(100000)  # keep the compiler's own recursion limit out of the way


def attempt(label, src, mode):
    try:
        compile(src, "<s>", mode)
        print(label, "ok")
    except MemoryError as e:
        print(label, "MemoryError", repr(e))


for n in (5969, 5970):
    attempt("unary %d" % n, "-" * n + "1", "exec")
    attempt("invert %d" % n, "~" * n + "1", "exec")
    attempt("not %d" % n, "not " * n + "1", "exec")
    attempt("ternary %d" % n, "1 if 1 else " * n + "1", "exec")
for n in (5975, 5976):
    attempt("eval unary %d" % n, "-" * n + "1", "eval")
for n in (2984, 2985):
    attempt("pow %d" % n, "2**" * n + "1", "exec")
    attempt("lambda %d" % n, "lambda: " * n + "1", "exec")
attempt("huge unary", "-" * 100000 + "1", "exec")
attempt("huge not", "not " * 100000 + "1", "eval")
try:
    print(eval("-" * 50000 + "1"))
except MemoryError as e:
    print("eval", repr(e))
sys.setrecursionlimit(1000)
print("done")
