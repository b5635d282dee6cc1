"""resource: the process's resource usage and limits (Linux numbering).

heapstack runs inside one host process: getrusage() reports that process's counters; the
limits start from /proc/self/limits when it can be read (else Linux's usual defaults) and
setrlimit() only remembers what it is given, as nothing here is enforced by the host.
"""

import _os

error = OSError

RLIMIT_CPU = 0
RLIMIT_FSIZE = 1
RLIMIT_DATA = 2
RLIMIT_STACK = 3
RLIMIT_CORE = 4
RLIMIT_RSS = 5
RLIMIT_NPROC = 6
RLIMIT_NOFILE = 7
RLIMIT_OFILE = 7
RLIMIT_MEMLOCK = 8
RLIMIT_AS = 9
_RLIMIT_LOCKS = 10
RLIMIT_SIGPENDING = 11
RLIMIT_MSGQUEUE = 12
RLIMIT_NICE = 13
RLIMIT_RTPRIO = 14
RLIMIT_RTTIME = 15
RLIM_INFINITY = -1

RUSAGE_SELF = 0
RUSAGE_CHILDREN = -1
RUSAGE_THREAD = 1

_RLIM_NLIMITS = 16


class struct_rusage(tuple):
    """struct_rusage: Result from getrusage.

This object may be accessed either as a tuple of
    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,
    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)
or via the attributes ru_utime, ru_stime, ru_maxrss, and so on."""

    _names = ('ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss',
              'ru_minflt', 'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock',
              'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw')
    n_sequence_fields = n_fields = 16
    n_unnamed_fields = 0
    __match_args__ = _names

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        if len(values) != 16:
            raise TypeError("resource.struct_rusage() takes a 16-sequence (%d-sequence given)"
                            % len(values))
        return tuple.__new__(cls, values)

    def __repr__(self):
        fields = ', '.join('%s=%r' % pair for pair in zip(self._names, self))
        return 'resource.struct_rusage(' + fields + ')'

    def __reduce__(self):
        return (struct_rusage, (tuple(self),))


def _field(index):
    return property(lambda self: self[index])


for _i, _name in enumerate(struct_rusage._names):
    setattr(struct_rusage, _name, _field(_i))
del _i, _name


def getrusage(who):
    """Return the resource usage of this process (RUSAGE_SELF / RUSAGE_THREAD) or its children."""
    if not isinstance(who, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(who).__name__)
    if who not in (RUSAGE_SELF, RUSAGE_CHILDREN, RUSAGE_THREAD):
        raise ValueError("invalid who parameter")
    if who == RUSAGE_CHILDREN:
        return struct_rusage((0.0, 0.0) + (0,) * 14)
    usage = _os.rusage()
    if usage is None:
        user, system, _elapsed = _os.times()
        usage = (user, system) + (0,) * 14
    return struct_rusage(usage)


def getpagesize():
    """Return the system's page size in bytes."""
    return 4096


# The limits, (soft, hard) per resource, read once from the host's /proc/self/limits.
_DEFAULTS = {
    RLIMIT_CPU: (-1, -1), RLIMIT_FSIZE: (-1, -1), RLIMIT_DATA: (-1, -1),
    RLIMIT_STACK: (8388608, -1), RLIMIT_CORE: (0, -1), RLIMIT_RSS: (-1, -1),
    RLIMIT_NPROC: (63704, 63704), RLIMIT_NOFILE: (1024, 1048576),
    RLIMIT_MEMLOCK: (8388608, 8388608), RLIMIT_AS: (-1, -1), _RLIMIT_LOCKS: (-1, -1),
    RLIMIT_SIGPENDING: (63704, 63704), RLIMIT_MSGQUEUE: (819200, 819200),
    RLIMIT_NICE: (0, 0), RLIMIT_RTPRIO: (0, 0), RLIMIT_RTTIME: (-1, -1),
}
_limits = None


def _read_limits():
    limits = dict(_DEFAULTS)
    try:
        with open('/proc/self/limits') as f:
            rows = f.read().splitlines()[1:]
    except OSError:
        return limits
    if len(rows) != _RLIM_NLIMITS:
        return limits
    # /proc lists the limits in their numeric order.
    for number, row in enumerate(rows):
        words = row[26:].split()
        if len(words) < 2:
            continue
        values = [-1 if w == 'unlimited' else int(w) if w.isdigit() else None for w in words[:2]]
        if None not in values:
            limits[number] = tuple(values)
    return limits


def _table():
    global _limits
    if _limits is None:
        _limits = _read_limits()
    return _limits


def _check_resource(resource):
    if not isinstance(resource, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(resource).__name__)
    if not 0 <= resource < _RLIM_NLIMITS:
        raise ValueError("invalid resource specified")


def _as_limit(value):
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return -1 if value < 0 else value


def getrlimit(resource):
    """Return the (soft, hard) limits of resource."""
    _check_resource(resource)
    return _table()[resource]


def setrlimit(resource, limits):
    """Set the (soft, hard) limits of resource."""
    _check_resource(resource)
    values = tuple(limits)
    if len(values) != 2:
        raise ValueError("expected a tuple of 2 integers")
    soft, hard = _as_limit(values[0]), _as_limit(values[1])
    if hard != -1 and (soft == -1 or soft > hard):
        raise ValueError("current limit exceeds maximum limit")
    _table()[resource] = (soft, hard)


def prlimit(pid, resource, limits=None):
    """Get (and, with limits, set) the limits of resource for process pid (0: this one)."""
    if not isinstance(pid, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(pid).__name__)
    if pid not in (0, _os.process()[0]):
        raise ProcessLookupError(3, 'No such process')
    old = getrlimit(resource)
    if limits is not None:
        setrlimit(resource, limits)
    return old
