# compile()/eval()/exec() of literals with invalid escapes: DeprecationWarning per literal (per f-string part), a SyntaxError when warnings are errors
import warnings
srcs = [r"'\777'", r"b'\777'", r"'\d\q'", r"b'\d'", r"f'\d{1}\q'", r"f'{1}\d'", r"'\8'", "'\\\u00e9\\d'",
        r"rb'\d'", r"'a' '\d' '\q'", r"f'{1:\d}'", r"f'\{6*7}'", "'''x\n\\d'''", "x = 1\ny = '\\d'\n",
        r"'\N{EM DASH}\d'", r"'\x41\d'", r"'\\d'", r"u'\d'", r"f'{\'\d\'}'"]
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for src in srcs:
        del w[:]
        try:
            r = eval(compile(src, "<s>", "exec" if "=" in src else "eval"))
        except SyntaxError as e:
            r = "SE %s %s %s %s" % (e, e.lineno, e.offset, e.end_offset)
        print(repr(src), repr(r), [(x.category.__name__, str(x.message), x.lineno, x.filename) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in [r"'\d'", r"b'\777'", r"f'\d{1}'", "x = 1\n  \nz = f'a{1}\\q'", r"f'\{1}'"]:
        try:
            compile(src, "<e>", "exec")
        except SyntaxError as e:
            print("SE", e, e.lineno, e.offset, e.end_offset, repr(e.text))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    exec("s = '\\d'")
    print(s, [str(x.message) for x in w])
    print(eval("'\\w'"), len(w))
# default filters: ignored
print(eval("'\\w'"))
