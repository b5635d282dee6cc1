import weakref

# weakref.finalize runs a function when an object dies, or at exit if it is still alive.


class Temp:
    pass


def cleanup(name):
    print("cleanup", name)


a = Temp()
fa = weakref.finalize(a, cleanup, "a")
b = Temp()
fb = weakref.finalize(b, cleanup, "b")
c = Temp()
fc = weakref.finalize(c, cleanup, "c")
print(fa.alive, fb.alive)
del a
print("after del a:", fa.alive)
print("calling fb directly:", fb())
print(fb.alive, fb())
fc.detach()
print("detached c:", fc.alive)
d = Temp()
weakref.finalize(d, cleanup, "d at exit")
print("end of program")
