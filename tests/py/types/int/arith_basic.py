# Addition, subtraction and multiplication of ints, small and large, with overflow into big ints.
values = [0, 1, -1, 7, -13, 255, 2**31 - 1, -2**31, 2**53 - 1, 2**53, -2**53 - 1, 2**64, -(10**30), 3**100]
for a in values:
    for b in values:
        print(a + b, a - b, a * b)
total = 0
for i in range(1, 200):
    total += i * i * i
print(total)
f = 1
for i in range(1, 60):
    f *= i
print(f)
print(-f, +f, abs(-f), -(-f))
print(2**53 + 1, 2**53 + 2, (2**53 + 1) - 1)
print(9007199254740991 + 1, 9007199254740991 * 2, -9007199254740991 - 2)
x = 10
x += 5
x -= 20
x *= -3
print(x)
