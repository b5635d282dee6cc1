# compile()/exec() report SyntaxWarnings through the warnings module: caught by
# catch_warnings, shown with the given file name, and turned into SyntaxError by an "error"
# filter (CPython's compiler replaces the raised warning with a SyntaxError at the construct).
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    code = compile("y = 1\nprint(y is 1)\n", "<generated>", "exec")
for w in caught:
    print(w.category.__name__, w.message, w.filename, w.lineno)
exec(code)

with warnings.catch_warnings():
    warnings.simplefilter("error", SyntaxWarning)
    try:
        compile("z = 3\nassert (z, 'never false')\n", "<strict>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.filename, e.lineno, e.offset, repr(e.text))

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    exec("print(2 is 2)")
exec("print('shown', 3 is 3)")
