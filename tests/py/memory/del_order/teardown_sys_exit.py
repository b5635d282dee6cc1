# sys.exit unwinds like an exception; finalizers still run at teardown.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


g = Noisy("global")


def leave():
    local = Noisy("local")
    sys.exit(3)


try:
    leave()
finally:
    print("finally ran")
