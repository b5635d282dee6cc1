import sys
print(sys.getrecursionlimit())

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

print(depth(0))
print(depth(0))

def countdown(n):
    return 0 if n == 0 else 1 + countdown(n - 1)
print(countdown(990))
try:
    countdown(1000)
except RecursionError as e:
    print("RecursionError:", e)
