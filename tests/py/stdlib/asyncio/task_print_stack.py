# Task.get_stack / print_stack: a suspended task's own coroutine frame, a failed task's traceback
# frames and exception, 'No stack' once done; print_stack(file=None) prints its header lines to
# sys.stdout but the frames to sys.stderr, as python3 does.
import asyncio, io, sys
async def inner():
    await asyncio.sleep(0.05)
async def worker():
    await inner()
async def fails():
    await asyncio.sleep(0)
    raise ValueError("task broke")
async def main():
    t = asyncio.create_task(worker(), name="w")
    f = asyncio.create_task(fails(), name="f")
    await asyncio.sleep(0.01)
    print(len(t.get_stack()), [fr.f_code.co_name for fr in t.get_stack()], len(f.get_stack()), [fr.f_code.co_name for fr in f.get_stack()])
    t.print_stack(file=sys.stdout)
    f.print_stack(file=sys.stdout)
    f.print_stack(limit=1)
    await t
    t.print_stack(file=sys.stdout)
    print(f.exception())
asyncio.run(main())
