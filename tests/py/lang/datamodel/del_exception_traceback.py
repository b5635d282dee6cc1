class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def fails():
    local = Noisy("in failing frame")
    raise ValueError("boom")

try:
    fails()
except ValueError as e:
    print("caught", e)
print("after handler")

def keep_exception():
    try:
        fails()
    except ValueError as e:
        return e
err = keep_exception()
print("exception kept alive")
del err
print("exception dropped")
