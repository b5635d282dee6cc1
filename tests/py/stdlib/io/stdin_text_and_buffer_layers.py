import sys, os
print(repr(input()))
first = sys.stdin.readline()
print(repr(first))
raw = sys.stdin.buffer.read(20)
print(raw)
print(repr(sys.stdin.readline()))
print(sys.stdin.buffer.readline())
print(repr(sys.stdin.read(5)))
print(os.read(0, 12))
print(sys.stdin.buffer.peek()[:10])
count = 0
for line in sys.stdin:
    count += 1
    last = line
print(count, repr(last))
print(repr(sys.stdin.read()), sys.stdin.buffer.read(), os.read(0, 5))
