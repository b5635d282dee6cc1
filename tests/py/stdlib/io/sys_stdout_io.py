import io
import sys

old = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured", 1, 2)
print("more", end="!")
sys.stdout = old
print(repr(buf.getvalue()))
print("hello", file=buf)
print(repr(buf.getvalue()))
err = io.StringIO()
print("to err", file=err, sep="-")
print(err.getvalue(), end="")
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.TextIOWrapper))
