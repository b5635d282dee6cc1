# exec() with a code object that has free variables needs closure= (3.11): a tuple of cells of
# exactly the right length, or CPython's TypeErrors.
def outer():
    x = 10
    def inner():
        return x + 1
    return inner
f = outer()
code = compile("print('x is', x)", "<c>", "exec")
code2 = f.__code__
try:
    exec(code2)
except TypeError as e:
    print(e)
exec(code2, {}, {}, closure=f.__closure__)
print("ran with closure")
try:
    exec(code, closure=f.__closure__)
except TypeError as e:
    print(e)
try:
    exec(code2, closure=(1,))
except TypeError as e:
    print(e)
