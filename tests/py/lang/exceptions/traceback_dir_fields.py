# dir() of a traceback object lists its four fields only (CPython's tb_dir).
import sys

try:
    raise IndexError("x")
except IndexError as e:
    tb = e.__traceback__
    print(dir(tb), len(dir(tb)))
    print(sorted(tb.__dir__()))
    try:
        tb.__dir__(1)
    except TypeError as err:
        print("TypeError:", err)
    print(sys.exc_info()[2] is tb)
