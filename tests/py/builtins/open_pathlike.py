# open() accepts os.PathLike objects (their __fspath__() result), also as file=; bad __fspath__ results are TypeErrors
import os


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


name = f"/tmp/heapstack-open-pathlike-{os.getpid()}.txt"
with open(P(name), "w") as f:
    f.write("via PathLike\n")
    print(type(f.name).__name__, f.name == name)
with open(file=P(name)) as f:
    print(f.read(), end="")
for bad in [P(42), P(None), 3.5, [1]]:
    try:
        open(bad)
    except TypeError as e:
        print("TypeError", e)
os.unlink(name)
try:
    open(P(name))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename == name)
