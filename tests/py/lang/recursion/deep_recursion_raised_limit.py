import sys
sys.setrecursionlimit(10**6)

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

print(depth(200000))

def build(n):
    return [] if n == 0 else [build(n - 1)]

nested = build(50000)
count = 0
node = nested
while node:
    node = node[0]
    count += 1
print(count)

def total(lst, i=0):
    if i == len(lst):
        return 0
    return lst[i] + total(lst, i + 1)
print(total(list(range(100000))))
