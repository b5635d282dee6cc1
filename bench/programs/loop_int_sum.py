# A tight loop over ints: arithmetic, comparisons, local variables.
total = 0
i = 0
while i < 10_000_000:
    if i % 3 == 0 or i % 5 == 0:
        total += i
    i += 1
print(total)
