# os functions a program may use that work as on Linux: kill (signal 0 checks that a process
# exists), getloadavg, getgroups, truncate, link, sched_yield; the wait family, with no child
# process to wait for, fails with ECHILD; and the constants of CPython's posix module.
import os
import tempfile

print(os.kill(os.getpid(), 0))
for pid, sig in [(2147483647, 0), (os.getpid(), 99), (os.getpid(), -1)]:
    try:
        os.kill(pid, sig)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
for args in [(), (1,), ("a", 0), (1, "x"), (2**40, 0), (-2**40, 0)]:
    try:
        os.kill(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    os.kill(pid=1, signal=0)
except TypeError as e:
    print(e)

load = os.getloadavg()
print(type(load).__name__, len(load), all(type(x) is float and x >= 0 for x in load))
groups = os.getgroups()
print(type(groups).__name__, all(type(g) is int for g in groups))
print(os.sched_yield())
for f in (os.getloadavg, os.getgroups, os.sched_yield, os.wait):
    try:
        f(1)
    except TypeError as e:
        print(e)

for call in (lambda: os.wait(), lambda: os.waitpid(-1, 0), lambda: os.waitpid(-1, os.WNOHANG),
             lambda: os.waitpid(12345, 0), lambda: os.wait3(0), lambda: os.wait3(options=0),
             lambda: os.wait4(-1, 0), lambda: os.waitpid(1), lambda: os.waitpid("a", 0),
             lambda: os.wait3(), lambda: os.waitpid(pid=1, options=0)):
    try:
        call()
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.txt")
    with open(path, "w") as f:
        f.write("hello world")
    os.truncate(path, 5)
    with open(path) as f:
        print(repr(f.read()))
    os.truncate(path, 8)
    with open(path, "rb") as f:
        print(f.read())
    other = os.path.join(d, "other.txt")
    os.link(path, other)
    print(os.stat(path).st_nlink, os.path.samefile(path, other))
    for call in (lambda: os.link(path, other), lambda: os.link(os.path.join(d, "nope"), other),
                 lambda: os.truncate(os.path.join(d, "nope"), 1), lambda: os.truncate(path),
                 lambda: os.truncate(path, "x"), lambda: os.link(path)):
        try:
            call()
        except (OSError, TypeError) as e:
            print(type(e).__name__, str(e).replace(d, "<dir>"))

names = """EX_OK EX_USAGE EX_DATAERR EX_NOINPUT EX_NOUSER EX_NOHOST EX_UNAVAILABLE EX_SOFTWARE EX_OSERR
EX_OSFILE EX_CANTCREAT EX_IOERR EX_TEMPFAIL EX_PROTOCOL EX_NOPERM EX_CONFIG WNOHANG WUNTRACED
WSTOPPED WEXITED WCONTINUED WNOWAIT P_PID P_PGID P_ALL P_PIDFD P_WAIT P_NOWAIT P_NOWAITO
CLD_EXITED CLD_KILLED CLD_DUMPED CLD_TRAPPED CLD_STOPPED CLD_CONTINUED PRIO_PROCESS PRIO_PGRP
PRIO_USER SEEK_DATA SEEK_HOLE F_ULOCK F_LOCK F_TLOCK F_TEST O_FSYNC SCHED_OTHER SCHED_FIFO
SCHED_RR SCHED_BATCH SCHED_IDLE SCHED_RESET_ON_FORK RTLD_LAZY RTLD_NOW RTLD_NOLOAD RTLD_DEEPBIND
RTLD_GLOBAL RTLD_LOCAL RTLD_NODELETE ST_RDONLY ST_NOSUID ST_NODEV ST_NOEXEC ST_SYNCHRONOUS
ST_MANDLOCK ST_WRITE ST_APPEND ST_NOATIME ST_NODIRATIME ST_RELATIME POSIX_FADV_NORMAL
POSIX_FADV_RANDOM POSIX_FADV_SEQUENTIAL POSIX_FADV_WILLNEED POSIX_FADV_DONTNEED
POSIX_FADV_NOREUSE POSIX_SPAWN_OPEN POSIX_SPAWN_CLOSE POSIX_SPAWN_DUP2 GRND_NONBLOCK GRND_RANDOM
EFD_SEMAPHORE EFD_NONBLOCK EFD_CLOEXEC MFD_CLOEXEC MFD_ALLOW_SEALING MFD_HUGETLB MFD_HUGE_SHIFT
MFD_HUGE_MASK MFD_HUGE_64KB MFD_HUGE_512KB MFD_HUGE_1MB MFD_HUGE_2MB MFD_HUGE_8MB MFD_HUGE_16MB
MFD_HUGE_32MB MFD_HUGE_256MB MFD_HUGE_512MB MFD_HUGE_1GB MFD_HUGE_2GB MFD_HUGE_16GB RWF_HIPRI
RWF_DSYNC RWF_SYNC RWF_NOWAIT RWF_APPEND SPLICE_F_MOVE SPLICE_F_NONBLOCK SPLICE_F_MORE
XATTR_CREATE XATTR_REPLACE XATTR_SIZE_MAX NGROUPS_MAX TMP_MAX""".split()
for name in names:
    print(name, getattr(os, name))
