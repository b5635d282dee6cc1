# A coroutine never awaited that is still referenced at exit is freed after sys.modules is emptied:
# python3 warns through its C warnings code ("sys:1: ..."), once per text, following the filters.
async def f():
    return 1
async def g():
    return 2
a = f()
b = f()
c = g()
print("end")
