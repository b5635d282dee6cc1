# SyntaxError(msg, details): details is any iterable of 4 to 6 items (filename, lineno, offset,
# text, end_lineno, end_offset); other shapes raise TypeError as CPython's PyArg_ParseTuple does.
cases = [
    ("m", ("f", 1, 2)),
    ("m", ("f", 1, 2, "t", 5, 6, 7)),
    ("m", 5),
    ("m", ()),
    ("m", ("f", 1, 2, "t")),
    ("m", ("f", 1, 2, "t", 5)),
    ("m", ("f", 1, 2, "t", 5, 6)),
    ("m", ["f", 1, 2, "t"]),
    ("m", iter(["g", 3, 4, "u", 3, 9])),
    ("m",),
    ("m", ("f", 1, 2), "extra"),
]
for args in cases:
    try:
        e = SyntaxError(*args)
    except Exception as ex:
        print(type(ex).__name__, ex)
    else:
        shown = repr(e) if len(args) < 2 or isinstance(args[1], (tuple, list)) else "(iterator)"
        print(shown, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, len(e.args))

try:
    raise SyntaxError("bad thing", ("prog.py", 3, 5, "x = = 1\n", 3, 6))
except SyntaxError as e:
    print(str(e))
