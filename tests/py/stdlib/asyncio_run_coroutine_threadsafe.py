# A loop running in a thread of its own takes coroutines from other threads with
# asyncio.run_coroutine_threadsafe (a concurrent.futures.Future of the task's outcome, which
# cancels the task when cancelled); the loop waits for them even with no timer pending.
# asyncio.to_thread runs functions that block until the loop's thread acts.
import asyncio
import concurrent.futures
import queue
import threading
import time


async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

async def fail():
    await asyncio.sleep(0)
    raise KeyError("bad")

def run_loop(loop):
    asyncio.set_event_loop(loop)
    loop.run_forever()

loop = asyncio.new_event_loop()
t = threading.Thread(target=run_loop, args=(loop,), daemon=True)
t.start()
fut = asyncio.run_coroutine_threadsafe(add(1, 2), loop)
print(type(fut).__name__, isinstance(fut, concurrent.futures.Future))
print(fut.result(timeout=5))
f2 = asyncio.run_coroutine_threadsafe(fail(), loop)
try:
    f2.result(5)
except KeyError as e:
    print("KeyError", e)
f3 = asyncio.run_coroutine_threadsafe(asyncio.sleep(10), loop)
time.sleep(0.05)
print(f3.cancel())
time.sleep(0.05)
print(f3.cancelled(), f3.done())
try:
    asyncio.run_coroutine_threadsafe(5, loop)
except TypeError as e:
    print("TypeError", e)
cf = concurrent.futures.Future()
async def waiter():
    return await asyncio.wrap_future(cf)
f4 = asyncio.run_coroutine_threadsafe(waiter(), loop)
cf.set_result("wrapped")
print(f4.result(5))
loop.call_soon_threadsafe(loop.stop)
t.join()
print(loop.is_running(), loop.is_closed())
loop.close()
async def main():
    lp = asyncio.get_running_loop()
    def in_thread():
        return asyncio.run_coroutine_threadsafe(add(3, 4), lp).result()
    print(await lp.run_in_executor(None, in_thread))
    print(await asyncio.to_thread(in_thread))
    q = queue.Queue()
    getter = asyncio.create_task(asyncio.to_thread(q.get))
    await asyncio.sleep(0.01)
    q.put("from the queue")
    print(await getter)
    ev = threading.Event()
    waiter = asyncio.create_task(asyncio.to_thread(ev.wait, 5))
    await asyncio.sleep(0.01)
    ev.set()
    print(await waiter)


asyncio.run(main())
import asyncio.tasks

print(asyncio.tasks.run_coroutine_threadsafe is asyncio.run_coroutine_threadsafe)
