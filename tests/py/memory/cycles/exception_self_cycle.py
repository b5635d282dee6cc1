# An exception stored in a local of a frame in its own traceback.
import gc

gc.collect()


def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    return saved


err = f()
del err
print("exception/traceback/frame cycle:", gc.collect())
