import sys
sys.setrecursionlimit(50)

def f(n):
    try:
        return f(n + 1)
    except RecursionError:
        return n
print(f(0))

try:
    sys.setrecursionlimit(1)
except RecursionError as e:
    print("RecursionError:", e)

sys.setrecursionlimit(100)
print(sys.getrecursionlimit(), f(0))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
