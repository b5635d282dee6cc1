# BlockingIOError counts the characters written before it was raised (the I/O layer sets it);
# every other OSError reads it as an AttributeError.
e = BlockingIOError(11, "would block", 5)
print(e.characters_written, e.args, e)
e.characters_written = 7
print(e.characters_written)
del e.characters_written
try:
    e.characters_written
except AttributeError as x:
    print("AE", x)
try:
    del e.characters_written
except AttributeError as x:
    print("AE", x)
o = OSError(1, "x")
try:
    print(o.characters_written)
except AttributeError as x:
    print("AE", x)
print("characters_written" in vars(OSError), "characters_written" in dir(o))
o.characters_written = 3
print(o.characters_written, vars(o))
class MyBlocking(BlockingIOError):
    pass
m = MyBlocking(11, "x", 5)
print(m.filename, m.args, hasattr(m, "characters_written"))
print(OSError(1, "x", 5).filename, OSError(1, "x", 5))
for bad in (2.5, "3"):
    try:
        BlockingIOError(11, "x", bad)
    except TypeError as err:
        print("TypeError:", err)
try:
    e.characters_written = "many"
except TypeError as err:
    print("TypeError:", err)
b = BlockingIOError(11, "x", True)
print(b.characters_written, b.__reduce__())
import io
w = io.BytesIO()
print(BlockingIOError.characters_written)
