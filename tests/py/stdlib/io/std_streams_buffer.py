# sys.stdin.buffer reads bytes; sys.stdout.buffer / sys.stderr.buffer write bytes (before any
# text still pending in sys.stdout when it is a pipe or file, as python3)
import sys

first = sys.stdin.buffer.readline()
second = sys.stdin.buffer.readline(4), sys.stdin.buffer.readline()
third = sys.stdin.buffer.read(3), sys.stdin.buffer.peek()[:2]
rest = sys.stdin.buffer.read()
end = sys.stdin.buffer.read(), sys.stdin.buffer.readline()
print(first, second, third, rest.decode().split(), end)
print("a")
sys.stdout.buffer.write(b"b\n")
print("c", end="")
sys.stdout.buffer.write("\u00e9\n".encode())
out = sys.stdout.buffer
out.write(b"".join(b"%d\n" % i for i in range(3)))
for line in [b"x\n", b"y\n"]:
    out.write(line)
out.flush()
out.write(b"after buffer flush\n")
sys.stdout.flush()
out.write(b"after text flush\n")
print("last")
sys.stdout.flush()
sys.stderr.buffer.write(b"err bytes\n")
print("err text", file=sys.stderr)
sys.stderr.buffer.write(b"err bytes 2\n")
