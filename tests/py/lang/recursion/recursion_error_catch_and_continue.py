def deep(n):
    return deep(n + 1)

for attempt in range(3):
    try:
        deep(0)
    except RecursionError:
        print("attempt", attempt, "hit the limit")

def after():
    return "stack is healthy"
print(after())
import sys
print(sys.getrecursionlimit())
