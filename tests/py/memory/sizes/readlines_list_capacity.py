# f.readlines() is CPython's IOBase.readlines: with no hint the list is filled by
# list.extend(file) (room for 8 first, then the appends' over-allocation), with a hint by one
# append per line, so sys.getsizeof of the list is python3's for any number of lines.
import os
import sys
import tempfile

directory = tempfile.mkdtemp()
path = os.path.join(directory, "lines.txt")
for count in (0, 1, 5, 8, 9, 17, 100, 1000):
    with open(path, "w") as f:
        f.writelines(f"line {i}\n" for i in range(count))
    with open(path) as f:
        text_lines = f.readlines()
    with open(path, "rb") as f:
        binary_lines = f.readlines()
    with open(path) as f:
        hinted = f.readlines(50)
    with open(path) as f:
        f.readline()
        rest = f.readlines()
    print(count, len(text_lines), sys.getsizeof(text_lines), sys.getsizeof(binary_lines),
          len(hinted), sys.getsizeof(hinted), len(rest), sys.getsizeof(rest))
f = open(path)
f.close()
try:
    f.readlines()
except ValueError as e:
    print(e)
os.remove(path)
os.rmdir(directory)
