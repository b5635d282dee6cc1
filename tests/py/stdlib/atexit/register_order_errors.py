# atexit: callbacks run newest first after the main program's traceback; an exception in one
# is reported as unraisable and the others still run; the exit status stays the program's.
import atexit


def greet(who, punctuation="!"):
    print("bye", who + punctuation)


class Broken:
    def __call__(self):
        print("broken runs")
        return 1 / 0

    def __repr__(self):
        return "<Broken callback>"


broken = Broken()


try:
    atexit.register()
except TypeError as e:
    print("TypeError", e)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError", e)

base = atexit._ncallbacks()
print(atexit.register(greet, "first", punctuation="?") is greet)
atexit.register(broken)
atexit.register(greet, "last")
print(atexit._ncallbacks() - base)


@atexit.register
def decorated():
    print("decorated runs first")


print(decorated.__name__)
print(sorted(n for n in dir(atexit) if not n.startswith("__")))
raise ValueError("main failed")
