# Descriptor-level I/O as fast-input programs use it: os.read(0, ...) on stdin,
# os.write(1, ...) next to print, os.open/read/write/lseek/close on a file, fstat, fdopen.
import io
import os
import sys

print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND,
      os.O_NONBLOCK, os.O_CLOEXEC, os.O_NOCTTY, os.O_SYNC, os.O_DIRECTORY, os.O_NOFOLLOW, os.O_ACCMODE)
for attempt in [lambda: os.read(99, 1), lambda: os.write(99, b'x'), lambda: os.close(99),
                lambda: os.fstat(99), lambda: os.read(0, -1), lambda: os.write(1, 'str'),
                lambda: os.get_terminal_size(), lambda: os.open('/nonexist/x', os.O_RDONLY),
                lambda: os.lseek(99, 0, 0), lambda: os.read('0', 1)]:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)
print(os.terminal_size((3, 4)), os.terminal_size((3, 4)).lines, os.isatty(99), os.isatty(1))

data = os.read(0, 1 << 16)
print(len(data), data[:30])
readline = io.BytesIO(data).readline
n = int(readline())
nums = list(map(int, readline().split()))
print(n, sum(nums), readline().decode().strip())
print(os.read(0, 10))

print('printed first')
sys.stdout.flush()
os.write(1, b'raw write\n')
count = os.write(1, 'h\xe9llo \u20ac\n'.encode())
os.write(1, memoryview(b'from a memoryview\n'))
print(count)
sys.stdout.flush()

name = '_fd_read_write_tmp.txt'
fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(fd >= 3, os.write(fd, b'hello world\n'), os.write(fd, b'second\n'), os.fstat(fd).st_size)
os.close(fd)
fd = os.open(name, os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 100), os.read(fd, 10),
      os.lseek(fd, -3, os.SEEK_END), os.read(fd, 3), os.fstat(fd).st_size)
try:
    os.write(fd, b'x')
except OSError as e:
    print(type(e).__name__, e)
os.close(fd)
fd = os.open(name, os.O_WRONLY | os.O_APPEND)
os.write(fd, b'appended\n')
os.close(fd)
fd = os.open(name, os.O_RDWR)
os.lseek(fd, 0, os.SEEK_SET)
os.write(fd, b'HELLO')
os.ftruncate(fd, 20)
os.close(fd)
with open(name, 'rb') as f:
    print(f.read())
try:
    os.open(name, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
except FileExistsError as e:
    print(type(e).__name__, e)
with os.fdopen(os.open(name, os.O_RDONLY)) as f:
    print(repr(f.readline()))
os.remove(name)
try:
    os.open(name, os.O_RDONLY)
except FileNotFoundError as e:
    print(type(e).__name__, e)
