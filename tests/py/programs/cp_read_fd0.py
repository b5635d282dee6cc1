import sys
rd = open(0, "rb").readline
n = int(rd())
xs = list(map(int, rd().split()))
print(n, sum(xs), type(rd(b"" and 0) if False else b"").__name__)
rest = [w for line in iter(rd, b"") for w in line.split()]
print(rest)
sys.stdout = open(1, "w", closefd=False)
print("reassigned stdout")
