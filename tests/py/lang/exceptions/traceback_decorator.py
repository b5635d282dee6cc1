def checked(fn):
    def wrapper(*args):
        for a in args:
            if a < 0:
                raise ValueError(f"negative argument {a}")
        return fn(*args)
    return wrapper

@checked
def root(x):
    return x ** 0.5

print(root(16))
print(root(-4))
