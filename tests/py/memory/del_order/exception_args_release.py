# An exception's args die with the exception.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


try:
    raise ValueError(Noisy("arg"))
except ValueError:
    print("handled")
print("after handler")
try:
    raise KeyError(Noisy("kept-arg"))
except KeyError as e:
    err = e
print("exception kept")
err = None
print("end")
