# open() of a path holding a NUL raises ValueError('embedded null byte') as FileIO's path
# conversion does (str, bytes and path-like paths; before closefd and the opener are used; after
# the mode is checked); os functions did already.
import os
import pathlib


def opener(path, flags):
    print("opener called")
    return os.open(path, flags)


for call in [
    lambda: open("a\x00b"),
    lambda: open(b"a\x00b", "rb"),
    lambda: open(pathlib.PurePosixPath("x\x00y"), "w"),
    lambda: open("a\x00b", "w", closefd=False),
    lambda: open("a\x00b", opener=opener),
    lambda: open("a\x00b", "rw"),
    lambda: os.stat("a\x00b"),
    lambda: os.path.exists("a\x00b"),
]:
    try:
        print(call())
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
