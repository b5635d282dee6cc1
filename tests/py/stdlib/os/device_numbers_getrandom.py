# os.major / os.minor / os.makedev over Linux's 64-bit device numbers (glibc's layout, including
# its sign quirk), and os.getrandom, with CPython's argument errors.
import os

print(os.major(0x1234567), os.minor(0x1234567), os.makedev(259, 5))
print(os.major(os.makedev(0x12345, 0x6789A)), os.minor(os.makedev(0x12345, 0x6789A)), os.makedev(0, 0))
print(os.major(2**64 - 1), os.minor(2**64 - 1), os.makedev(-1, 0), os.makedev(0, -1), os.makedev(4095, 255))
st = os.stat(".")
print(os.makedev(os.major(st.st_dev), os.minor(st.st_dev)) == st.st_dev)
for call in (lambda: os.major(-1), lambda: os.major("a"), lambda: os.major(2**64), lambda: os.minor(1.5),
             lambda: os.makedev(2**32, 0), lambda: os.makedev("a", 0), lambda: os.major(),
             lambda: os.minor(1, 2), lambda: os.makedev(1), lambda: os.major(device=1),
             lambda: os.getrandom(-1), lambda: os.getrandom("a"), lambda: os.getrandom(3, flags="x"),
             lambda: os.getrandom()):
    try:
        print(repr(call()))
    except (OSError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(len(os.getrandom(5)), os.getrandom(0), type(os.getrandom(3, os.GRND_NONBLOCK)).__name__,
      len(os.getrandom(size=70000)))
