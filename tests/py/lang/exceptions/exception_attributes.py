try:
    {}["missing"]
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    int("x")
except ValueError as e:
    print(e.args)
try:
    open("/nonexistent/file")
except OSError as e:
    print(e.errno, e.strerror, e.filename, type(e).__name__)
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value, e.args)
try:
    raise SystemExit(3)
except SystemExit as e:
    print(e.code)
e = ValueError("a", "b")
print(e.args, str(e), repr(e))
e.args = ("changed",)
print(e)
print(repr(ImportError("m", name="mod", path="/p")))
