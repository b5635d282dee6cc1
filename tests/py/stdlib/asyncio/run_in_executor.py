import asyncio, time, threading
def blocking(n):
    time.sleep(0.01)
    return n * 2, threading.current_thread().name.startswith(("asyncio", "ThreadPool"))
async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 5))
    print(await asyncio.gather(*(loop.run_in_executor(None, blocking, i) for i in range(3))))
    print(await asyncio.to_thread(sum, [1, 2, 3]))
    try: await loop.run_in_executor(None, int, "x")
    except ValueError as e: print("VE", e)
    import concurrent.futures
    with concurrent.futures.ThreadPoolExecutor(2) as ex:
        print(await loop.run_in_executor(ex, pow, 2, 8))
    r = await asyncio.wait_for(asyncio.to_thread(blocking, 7), timeout=5); print(r)
asyncio.run(main())
print("done")
