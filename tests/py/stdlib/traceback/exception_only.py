import traceback

print(traceback.format_exception_only(ValueError("msg")))
print(traceback.format_exception_only(ValueError()))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(ValueError, ValueError("old style")))
print(traceback.format_exception_only(None))


class Custom(Exception):
    pass


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("nope")


print(traceback.format_exception_only(Custom("c")))
print(traceback.format_exception_only(BadStr()))
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second\nmultiline")
print(traceback.format_exception_only(e))
e2 = ValueError("bad notes")
e2.__notes__ = "not a list"
print(traceback.format_exception_only(e2))
try:
    compile("x = (1,\n 2", "snippet.py", "exec")
except SyntaxError as se:
    print(traceback.format_exception_only(se))
try:
    compile("def f(:\n  pass", "snip2.py", "exec")
except SyntaxError as se:
    print("".join(traceback.format_exception_only(se)), end="")
se = SyntaxError("custom msg", ("file.py", 3, 5, "    bad code here\n", 3, 9))
print("".join(traceback.format_exception_only(se)), end="")
print("".join(traceback.format_exception_only(SyntaxError("no location"))), end="")
print(traceback.format_exception_only(SyntaxError("m", ("f.py", None, None, None))))
