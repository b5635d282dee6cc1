funcs = []
for i in range(4):
    funcs.append(lambda: i * 10)
print([f() for f in funcs])

funcs = [lambda i=i: i * 10 for i in range(4)]
print([f() for f in funcs])

def outer():
    items = []
    for name in ["a", "b", "c"]:
        def show(name=name):
            return name.upper()
        items.append(show)
    return items
print([f() for f in outer()])

def make_adders():
    return [lambda x, n=n: x + n for n in (1, 2, 3)]
print([add(100) for add in make_adders()])
