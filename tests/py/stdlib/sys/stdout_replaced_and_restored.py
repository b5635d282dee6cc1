# Capturing prints by replacing sys.stdout, then putting sys.__stdout__ back: the original
# stream must survive being replaced (sys.__stdout__ keeps it alive and open).
import io
import sys

print("before capture")
sys.stdout = io.StringIO()
print("captured line")
captured = sys.stdout.getvalue()
sys.stdout = sys.__stdout__
print("restored:", repr(captured))
print("original closed?", sys.__stdout__.closed)

# The same with stderr and stdin.
sys.stderr = io.StringIO()
print("to fake stderr", file=sys.stderr)
fake_err = sys.stderr.getvalue()
sys.stderr = sys.__stderr__
print("stderr captured:", repr(fake_err))
sys.stdin = io.StringIO("typed\n")
print("read:", input())
sys.stdin = sys.__stdin__
print("stdin closed?", sys.stdin.closed)

# References: sys.stdout and sys.__stdout__ both hold the stream.
out = sys.stdout
print(sys.getrefcount(out) - sys.getrefcount(object()))

# A second text stream over descriptor 1 buffers on its own: at exit the current sys.stdout
# is flushed first, the replaced original afterwards.
sys.stdout = open(1, "w", closefd=False)
print("through a stream opened on fd 1")
