def f():
    return None
print(f()[0])
