counter = 5

def broken():
    print("before")
    counter += 1
    return counter

try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def maybe(flag):
    if flag:
        value = "set"
    return value

print(maybe(True))
try:
    maybe(False)
except NameError as e:
    print(type(e).__name__, e, isinstance(e, NameError))

def deleted():
    v = 1
    del v
    return v
try:
    deleted()
except UnboundLocalError as e:
    print(e)

def free_unbound():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 3
    return inner()
print(free_unbound())
