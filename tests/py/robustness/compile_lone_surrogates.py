# compile(), exec() and eval() of a str holding lone surrogates: CPython encodes the source to
# UTF-8 first, so they raise UnicodeEncodeError (found by the fuzzer: it was an internal error).
cases = [
    "x = " + chr(0xD800),
    "'" + chr(0xDFFF) + "'",
    "a = 1\nb = '" + chr(0xDC00) + chr(0xD800) + "x'\n",
    "# comment " + chr(0xDC00) * 3,
    chr(0xDBFF),
]
for src in cases:
    for run in (lambda s: compile(s, "f", "exec"), exec, eval):
        try:
            run(src)
        except UnicodeEncodeError as e:
            print(type(e).__name__, e.encoding, e.start, e.end, e.reason, "|", e)
        except SyntaxError as e:
            print("SyntaxError", e)
