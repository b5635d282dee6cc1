# An uncaught exception is printed first; then globals are torn down.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


g = Noisy("global")


def boom():
    local = Noisy("local")
    raise RuntimeError("uncaught")


boom()
