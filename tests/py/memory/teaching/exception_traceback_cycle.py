import gc
import sys

# A caught exception refers to the frames of its traceback: keeping it keeps their locals.


class Big:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        print("freed", self.label)


def fail():
    local = Big("local of fail")
    raise ValueError("boom")


try:
    fail()
except ValueError as e:
    print("caught", e)
print("the name e is removed after except: ", "e" in dir())

saved = None
try:
    fail()
except ValueError as e:
    saved = e
print("saved exception keeps the frame:", saved.__traceback__ is not None)
saved = None
print("dropped")


def keep_in_frame():
    try:
        fail()
    except ValueError as err:
        return err


err = keep_in_frame()
print(type(err).__name__, "traceback frames:", sum(1 for _ in iter(lambda: None, 0)) if False else len(
    [tb for tb in [err.__traceback__, err.__traceback__.tb_next] if tb]))
err = None
gc.collect()
print("end")
