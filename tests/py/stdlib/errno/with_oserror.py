# errno values agree with the OSError subclasses and os.strerror
import errno
import os

try:
    open("/nonexistent/dir/file-%d" % os.getpid())
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])
for code in (errno.EACCES, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EPIPE, errno.EAGAIN, errno.ECHILD):
    e = OSError(code, os.strerror(code))
    print(code, type(e).__name__, errno.errorcode[code], e)
try:
    errno.errorcode[100000]
except KeyError as e:
    print("KeyError", e)
print(hasattr(errno, "EWOULDBLOCK"), errno.EWOULDBLOCK == errno.EAGAIN, errno.ENOTSUP == errno.EOPNOTSUPP)
