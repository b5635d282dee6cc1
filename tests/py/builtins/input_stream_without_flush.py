# input() flushes sys.stderr and sys.stdout but ignores their errors (CPython clears them):
# a stand-in stdout with only write() is common in programs that capture or tee output.
import io
import sys


class Tee:
    def __init__(self, real):
        self.real = real
        self.log = []

    def write(self, s):
        self.log.append(s)
        return self.real.write(s)


class BadFlush(io.StringIO):
    def flush(self):
        raise OSError("flush failed")


real_out = sys.stdout
sys.stdin = io.StringIO("alice\n42\nlast\n")
sys.stdout = Tee(real_out)
name = input("name? ")
sys.stdout = real_out
print()
print("name:", name, "log:", sys.stdout is real_out)

sys.stderr = BadFlush()
age = input("age? ")
sys.stderr = sys.__stderr__
print()
print("age:", int(age) + 1)

sys.stdout = BadFlush()
last = input("prompt ")
captured = sys.stdout.getvalue()
sys.stdout = real_out
print(repr(last), repr(captured))

sys.stdin = io.StringIO("")
try:
    input()
except EOFError as e:
    print("EOFError:", e)
