# Code run by exec()/eval() or as a module runs in a function object that has no docstring
# (_PyFunction_FromConstructor): a str constant that happens to be co_consts[0] is held only
# by co_consts, the names bound to it, and (for source text) the parse arena while it runs.
import sys

exec(compile("b1 = 'a b c d'\nprint(sys.getrefcount(b1))\n", "<s>", "exec"))
exec(compile("b2 = 'a b c e'; b3 = 'x y'\nprint(sys.getrefcount(b2), sys.getrefcount(b3))\n", "<s>", "exec"))
exec("b4 = 'from source'\nprint(sys.getrefcount(b4))\n")
exec("b5 = 'from source'\nprint(sys.getrefcount(b5))\n", {"sys": sys})
code = compile("b6 = 'compiled once'\nprint(sys.getrefcount(b6))\n", "<s>", "exec")
exec(code)
exec(code, {"sys": sys})
print(sys.getrefcount(code.co_consts[0]))
del b6
print(sys.getrefcount(code.co_consts[0]))
print(eval("sys.getrefcount('eval text x')"))
print(eval(compile("sys.getrefcount('eval text y')", "<e>", "eval")))


def run_in_function():
    exec(compile("b7 = 'in a function'\nprint(sys.getrefcount(b7))\n", "<s>", "exec"))


run_in_function()
ns = {"sys": sys}
# (__doc__ itself is not printed: a block-buffered stdout would keep a reference to it.)
exec("'a docstring'\nprint(sys.getrefcount(__doc__), __doc__ == 'a docstring')\n", ns)
print(sys.getrefcount(ns["__doc__"]))
