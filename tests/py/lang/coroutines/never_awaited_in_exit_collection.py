import asyncio
async def f():
    return 1
class N:
    pass
n = N()
n.self = n
n.co = f()
del n
print("end")
