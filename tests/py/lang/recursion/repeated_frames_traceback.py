def a(n):
    if n == 0:
        raise ValueError("bottom reached")
    return b(n - 1)

def b(n):
    return a(n)

def c(n):
    if n == 0:
        return a(0)
    return c(n - 1)

c(10)
