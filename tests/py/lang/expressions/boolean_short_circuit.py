def t(name):
    print("t", name)
    return True
def f(name):
    print("f", name)
    return False
print(t(1) and f(2) and t(3))
print(f(1) or t(2) or f(3))
print(not t(1), not f(2))
print(0 or "default", "" or [] or None, 5 and 0, [] and "x", 3 and "yes")
x = None
name = x or "anonymous"
print(name)
print(all([]), any([]), all([1, 2, 0]), any([0, "", 3]))
