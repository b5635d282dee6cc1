# get_event_loop() outside a running loop creates and remembers one (3.11); Future() binds to it; task reprs
import asyncio
loop = asyncio.get_event_loop()
print(type(loop).__name__, loop is asyncio.get_event_loop())
async def f():
    return 5
print(loop.run_until_complete(f()))
fut = asyncio.Future()
print(fut.get_loop() is loop)
t = loop.create_task(f())
print(loop.run_until_complete(t), t)
loop.close()
