# Bytes that are not UTF-8, written to the standard streams' binary layers and file descriptors,
# come out as the same bytes (CPython writes them as given; text goes through surrogateescape).
import os
import sys

sys.stdout.write("text first\n")
sys.stdout.buffer.write(b"latin-1 \xe9t\xe9 and \xff\xfe\n")
sys.stdout.buffer.write(b"a split euro: \xe2\x82")
sys.stdout.buffer.write(b"\xac done\n")
sys.stdout.write("euro as text: \u20ac\n")
sys.stdout.flush()
os.write(1, b"os.write: \x80\x81 raw\n")
sys.stderr.buffer.write(b"stderr bytes \xc0\xc1\n")
sys.stderr.flush()
print("an escaped byte printed: \udcff", flush=True)
data = bytes(range(0x80, 0x100))
sys.stdout.buffer.write(data + b"\n")
sys.stdout.flush()
print("last line")
