try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("while parsing line 3")
    e.add_note("input came from config.ini")
    print(e.__notes__)

def f():
    err = KeyError("missing")
    err.add_note("first note")
    err.add_note("second\nnote")
    raise err
f()
