# Keeping an exception in a local of the frame it was caught in makes a cycle:
# exception -> traceback -> frame -> locals -> exception.
import gc

gc.collect()


def catch_and_keep():
    try:
        raise ValueError("x")
    except ValueError as e:
        err = e
    return None


catch_and_keep()
print("exception kept in its own frame:", gc.collect())


def catch_and_drop():
    try:
        raise ValueError("x")
    except ValueError:
        pass


catch_and_drop()
print("exception dropped:", gc.collect())
