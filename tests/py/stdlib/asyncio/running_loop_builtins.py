# asyncio.get_running_loop and _get_running_loop are built-in functions as in CPython's _asyncio:
# their argument errors, 'no running event loop' outside a loop, the loop inside asyncio.run and
# run_until_complete, None again after.
import asyncio
print(asyncio.get_running_loop, asyncio._get_running_loop())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)
for call in (lambda: asyncio.get_running_loop(1), lambda: asyncio._get_running_loop(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio._get_running_loop(), loop.is_running())
    return loop
loop = asyncio.run(main())
print(asyncio._get_running_loop(), loop.is_closed())
loop2 = asyncio.new_event_loop()
print(loop2.run_until_complete(main()) is loop2)
loop2.close()
