# The compiler's recursion limit: 3 * sys.getrecursionlimit() statement, expression and
# pattern levels, less 3 per level of the caller's recursion depth (Python frames and the
# compile()/eval()/exec() call itself). Each compile() call site runs once: CPython 3.11 stops
# counting a builtin call once its call site is specialized.
import sys


def attempt(label, f):
    try:
        f()
        print(label, "compiled")
    except (RecursionError, MemoryError, SyntaxError) as e:
        print(label, type(e).__name__, e)


def binop(n):
    return "x = " + "1+" * n + "1"


def attr(n):
    return "a" + ".b" * n


def ternary(n):
    return "1 if 1 else " * n + "1"


def store(n):
    return "a" + "[0]" * n + " = 1"


attempt("binop 2986", lambda: compile(binop(2986), "<deep>", "exec"))
attempt("binop 2987", lambda: compile(binop(2987), "<deep>", "exec"))
attempt("attr 2986", lambda: compile(attr(2986), "<deep>", "exec"))
attempt("attr 2987", lambda: compile(attr(2987), "<deep>", "exec"))
attempt("ternary 2986", lambda: compile(ternary(2986), "<deep>", "exec"))
attempt("ternary 2987", lambda: compile(ternary(2987), "<deep>", "exec"))
attempt("store 2986", lambda: compile(store(2986), "<deep>", "exec"))
attempt("store 2987", lambda: compile(store(2987), "<deep>", "exec"))

attempt("eval 2987", lambda: print(eval("1+" * 2987 + "1")))
attempt("eval 2988", lambda: print(eval("1+" * 2988 + "1")))
attempt("eval 2989", lambda: print(eval("1+" * 2989 + "1")))
attempt("exec 2986", lambda: exec("y = " + "-" * 2986 + "1"))
attempt("exec 2987", lambda: exec("y = " + "-" * 2987 + "1"))

sys.setrecursionlimit(200)
attempt("limit 200: 586", lambda: compile(binop(586), "<deep>", "exec"))
attempt("limit 200: 587", lambda: compile(binop(587), "<deep>", "exec"))
sys.setrecursionlimit(60)
attempt("lambda 166", lambda: compile("lambda: " * 166 + "1", "<deep>", "exec"))
attempt("lambda 167", lambda: compile("lambda: " * 167 + "1", "<deep>", "exec"))
attempt("listcomp 166", lambda: compile("[x for x in " * 166 + "y" + "]" * 166, "<deep>", "exec"))
attempt("listcomp 167", lambda: compile("[x for x in " * 167 + "y" + "]" * 167, "<deep>", "exec"))
attempt("match 165", lambda: compile("match x:\n case " + "[" * 165 + "1" + "]" * 165 + ": pass\n", "<deep>", "exec"))
attempt("match 166", lambda: compile("match x:\n case " + "[" * 166 + "1" + "]" * 166 + ": pass\n", "<deep>", "exec"))
sys.setrecursionlimit(1000)
print("done")
