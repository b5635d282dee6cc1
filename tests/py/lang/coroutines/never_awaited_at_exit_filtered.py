import warnings
warnings.filterwarnings("ignore", message="coroutine 'f'")
async def f():
    return 1
async def g():
    return 1
a = f()
b = g()
print("end")
