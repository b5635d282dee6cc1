# Iteration order after removals (dummy slots are reused), re-insertions, resizes and pops.
s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
print(s)
for i in range(100, 130):
    s.add(i)
print(s)
for i in range(100, 125):
    s.remove(i)
print(s)
s.add(3)
s.add(1000003)
print(s)
pops = []
while s:
    pops.append(s.pop())
print(pops)
s = {1, 2, 3}
s.remove(2)
s.add(10)
print(s)
s = {1, 9, 3}
s.remove(1)
s.add(17)
print(s)
s = set(range(30))
s.difference_update(range(0, 30, 2))
print(s)
s.update(range(100, 140))
print(s)
s.clear()
s.add(5)
print(s)
