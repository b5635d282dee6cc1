def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))

def digits(n):
    out = []
    while True:
        n, d = divmod(n, 10)
        out.append(d)
        if n == 0:
            break
    return out[::-1]
print(digits(9075), digits(0))

queue = [1]
seen = set()
while queue:
    node = queue.pop(0)
    if node in seen or node > 20:
        continue
    seen.add(node)
    queue.extend([node * 2, node * 3])
print(sorted(seen))
