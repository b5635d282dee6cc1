import warnings
warnings.simplefilter("always")
async def f():
    return 1
a = f()
b = f()
print("end")
