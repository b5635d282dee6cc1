def f(a, b=2):
    c = a + b
    d = locals()
    return sorted(d.items())
print(f(1))

g_value = 10
def g():
    return "g_value" in globals(), "g" in globals()
print(g())

def h():
    x = 1
    def inner():
        return x
    return sorted(locals().keys())
print(h())

class K:
    a = 1
    b = 2
    names = sorted(k for k in locals().keys() if not k.startswith("__"))
print(K.names)
