import shlex, traceback
for text in ("'open", 'say "hi', "trailing\\", "ok 'fine' \"x y\" a\\ b"):
    try:
        print(shlex.split(text))
    except ValueError as e:
        print(type(e).__name__, e, [f.name for f in traceback.extract_tb(e.__traceback__)][1:])
lx = shlex.shlex("a 'b c", posix=True)
try:
    print(list(lx))
except ValueError as e:
    print(e, [f.name for f in traceback.extract_tb(e.__traceback__)][1:])
