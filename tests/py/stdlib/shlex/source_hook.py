# the 'source' keyword includes another file through sourcehook; debug output; split(None)
import contextlib
import io
import os
import re
import shlex
import sys
import warnings


def run_lexers(name):
    lex = shlex.shlex("before source %s after" % name, infile="main.txt")
    lex.source = "source"
    lex.debug = 1
    print(list(lex))
    lex = shlex.shlex('a source "%s" b' % name, posix=False)
    lex.source = "source"
    lex.debug = 2
    while True:
        tok = lex.get_token()
        if tok == lex.eof:
            break
        print("got", tok, lex.infile)


name = "shlex_included_%d" % os.getpid()
with open(name, "w") as f:
    f.write("inc1 inc2\ninc3")
captured = io.StringIO()
try:
    with contextlib.redirect_stdout(captured):
        run_lexers(name)
finally:
    os.remove(name)
print(re.sub(r"0x[0-9a-f]+", "ADDR", captured.getvalue().replace(name, "NAME")))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    saved = sys.stdin
    sys.stdin = io.StringIO("from stdin 'q q'")
    try:
        print(shlex.split(None))
    finally:
        sys.stdin = saved
print([(w.category.__name__, str(w.message)) for w in caught])
