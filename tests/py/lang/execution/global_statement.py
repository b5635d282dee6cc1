total = 0
calls = []

def add(n):
    global total
    total += n
    calls.append(n)

for k in range(1, 6):
    add(k)
print(total, calls)

def define_new():
    global brand_new
    brand_new = "created inside a function"
define_new()
print(brand_new)

def shadow():
    total = -1
    return total
print(shadow(), total)

def read_only():
    return total * 2
print(read_only())
