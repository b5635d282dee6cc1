import sys

def where():
    f = sys._getframe(1)
    return f"{f.f_code.co_name}:{f.f_lineno}"

def caller():
    a = 10
    here = where()
    frame = sys._getframe()
    return here, frame.f_lineno, sorted(frame.f_locals), frame.f_back.f_code.co_name

print(caller())

def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def level2():
    return chain()
def level1():
    return level2()
print(level1())

def keep_frame():
    secret = "still here"
    return sys._getframe()
fr = keep_frame()
print(fr.f_locals["secret"], fr.f_code.co_name, fr.f_back is None)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
print(type(fr).__name__, fr.f_globals is globals())
