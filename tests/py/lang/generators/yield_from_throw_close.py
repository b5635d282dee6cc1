def worker():
    try:
        while True:
            v = yield
            print("worker", v)
    except GeneratorExit:
        print("worker closing")
        raise
    finally:
        print("worker finally")

def manager():
    try:
        yield from worker()
    finally:
        print("manager finally")

m = manager()
next(m)
m.send("job1")
m.close()

def catcher():
    try:
        yield 1
    except ZeroDivisionError:
        yield "caught in catcher"

def passthrough():
    r = yield from catcher()
    yield "after"

p = passthrough()
print(next(p))
print(p.throw(ZeroDivisionError))
print(next(p))
