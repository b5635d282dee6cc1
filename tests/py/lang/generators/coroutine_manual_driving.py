async def add(a, b):
    return a + b

async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y

coro = compute()
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)

class Ticket:
    def __await__(self):
        value = yield "suspended"
        return value * 2

async def waiter():
    got = await Ticket()
    return got + 1

w = waiter()
print(w.send(None))
try:
    w.send(20)
except StopIteration as e:
    print("final", e.value)

async def never():
    return 1
c = never()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

