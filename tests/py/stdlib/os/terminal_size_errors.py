# os.get_terminal_size on a descriptor that is not open fails with EBADF (ioctl's answer), on an
# open file that is not a terminal with ENOTTY; the standard streams here are pipes or files.
import os

fd = os.open(__file__, os.O_RDONLY)
for target in (99, fd, 0):
    try:
        print(os.get_terminal_size(target))
    except OSError as exc:
        print(target == fd, type(exc).__name__, exc.errno, exc)
os.close(fd)
os.get_terminal_size(fd)
