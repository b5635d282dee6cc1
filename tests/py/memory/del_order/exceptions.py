# `except E as e` deletes e at the end of the handler; tracebacks keep frames alive.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Err(Exception):
    def __del__(self):
        print("del exception", self.args[0])


def fail():
    local = Noisy("local-in-failing-frame")
    raise Err("e1")


try:
    fail()
except Err as e:
    print("handling", e.args[0])
print("after handler")

try:
    fail()
except Err as e:
    kept = e
print("kept exception, frame still alive")
del kept
print("released kept")


def swallow():
    try:
        fail()
    except Err:
        print("swallowed")
    print("swallow returning")


swallow()
print("end")
