import sys
sys.setrecursionlimit(60)
def gen(n):
    if n > 0:
        yield from gen(n - 1)
    yield n

try:
    print(sum(gen(40)))
    print(sum(gen(100)))
except RecursionError as e:
    print("RecursionError:", e)
print(sum(gen(30)))
