"""selectors: waiting for I/O on many file objects, over the select module.

A selector maps registered file objects (anything with a fileno(), or a descriptor) to
SelectorKey records; select() answers with the keys that are ready and the events they are
ready for (EVENT_READ, EVENT_WRITE). SelectSelector uses select.select, PollSelector
select.poll and EpollSelector select.epoll, the DefaultSelector on Linux.
"""

import math
import select
import sys
from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping

EVENT_READ = 1
EVENT_WRITE = 2


def _fileobj_to_fd(fileobj):
    """The descriptor of a file object or of a descriptor (ValueError for anything else)."""
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


SelectorKey = namedtuple("SelectorKey", ["fileobj", "fd", "events", "data"])
SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data)

    What a selector knows of a registered file object: the object, its descriptor, the
    events it is watched for and the data registered with it.
"""
SelectorKey.fileobj.__doc__ = "The registered file object."
SelectorKey.fd.__doc__ = "Its file descriptor."
SelectorKey.events.__doc__ = "What it is watched for: EVENT_READ, EVENT_WRITE or both."
SelectorKey.data.__doc__ = "The data given when it was registered (or modified)."


class _SelectorMapping(Mapping):
    """The read-only view of a selector's keys, by file object (get_map())."""

    def __init__(self, selector):
        self._selector = selector
        self._keys = selector._fd_to_key

    def __len__(self):
        return len(self._keys)

    def __iter__(self):
        return iter(self._keys)

    def get(self, fileobj, default=None):
        return self._keys.get(self._selector._fileobj_lookup(fileobj), default)

    def __getitem__(self, fileobj):
        found = self.get(fileobj)
        if found is None:
            raise KeyError(f"{fileobj!r} is not registered")
        return found


class BaseSelector(metaclass=ABCMeta):
    """The interface of every selector."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        """Watch fileobj for events (EVENT_READ and/or EVENT_WRITE): its new SelectorKey."""
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        """Stop watching fileobj: the SelectorKey it had."""
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        """Change what fileobj is watched for, or its data: its new SelectorKey."""
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        """Wait (at most timeout seconds; None: no limit) for registered file objects to be
        ready: a list of (key, events) pairs."""
        raise NotImplementedError

    def close(self):
        """Release what the selector holds."""

    def get_key(self, fileobj):
        """The SelectorKey of a registered file object."""
        keys = self.get_map()
        if keys is None:
            raise RuntimeError("Selector is closed")
        try:
            return keys[fileobj]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    @abstractmethod
    def get_map(self):
        """A mapping from file objects to their keys (None once closed)."""
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """The bookkeeping of keys that the concrete selectors share; each kind says what it does
    when a descriptor starts to be watched, changes its events, or stops (_watch, _rewatch,
    _unwatch)."""

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        # A registered file object that no longer has a descriptor (closed since) is still
        # found through its key.
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for known in self._fd_to_key.values():
                if known.fileobj is fileobj:
                    return known.fd
            raise

    @staticmethod
    def _check_events(events):
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError(f"Invalid events: {events!r}")

    def _watch(self, fd, events):
        pass

    def _rewatch(self, fd, events):
        pass

    def _unwatch(self, fd):
        pass

    def register(self, fileobj, events, data=None):
        self._check_events(events)
        fd = self._fileobj_lookup(fileobj)
        if fd in self._fd_to_key:
            raise KeyError(f"{fileobj!r} (FD {fd}) is already registered")
        self._watch(fd, events)
        self._fd_to_key[fd] = SelectorKey(fileobj, fd, events, data)
        return self._fd_to_key[fd]

    def unregister(self, fileobj):
        gone = self._fd_to_key.pop(self._fileobj_lookup(fileobj), None)
        if gone is None:
            raise KeyError(f"{fileobj!r} is not registered")
        self._unwatch(gone.fd)
        return gone

    def modify(self, fileobj, events, data=None):
        current = self._fd_to_key.get(self._fileobj_lookup(fileobj))
        if current is None:
            raise KeyError(f"{fileobj!r} is not registered")
        if events != current.events:
            self._check_events(events)
            self._rewatch(current.fd, events)
        changed = current._replace(events=events, data=data)
        if changed != current:
            self._fd_to_key[current.fd] = current = changed
        return current

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map

    def _ready_pairs(self, fd_events):
        """(key, events) for each (fd, EVENT_* bits) that is still registered."""
        pairs = []
        for fd, events in fd_events:
            known = self._fd_to_key.get(fd)
            if known is not None:
                pairs.append((known, events & known.events))
        return pairs


class SelectSelector(_BaseSelectorImpl):
    """A selector over select.select()."""

    def select(self, timeout=None):
        if timeout is not None:
            timeout = max(timeout, 0)
        watched = self._fd_to_key.values()
        readers = [k.fd for k in watched if k.events & EVENT_READ]
        writers = [k.fd for k in watched if k.events & EVENT_WRITE]
        try:
            readable, writable, _ = select.select(readers, writers, [], timeout)
        except InterruptedError:
            return []
        readable = set(readable)
        writable = set(writable)
        return self._ready_pairs(
            (fd, (EVENT_READ if fd in readable else 0) | (EVENT_WRITE if fd in writable else 0))
            for fd in readable | writable
        )


class _PollLikeSelector(_BaseSelectorImpl):
    """A selector over a poll-like object of the select module (poll, epoll)."""

    _selector_cls = None
    _EVENT_READ = None
    _EVENT_WRITE = None

    def __init__(self):
        super().__init__()
        self._selector = self._selector_cls()

    def _poller_events(self, events):
        return (self._EVENT_READ if events & EVENT_READ else 0) | (self._EVENT_WRITE if events & EVENT_WRITE else 0)

    def _watch(self, fd, events):
        self._selector.register(fd, self._poller_events(events))

    def _rewatch(self, fd, events):
        self._selector.modify(fd, self._poller_events(events))

    def _unwatch(self, fd):
        try:
            self._selector.unregister(fd)
        except OSError:
            pass  # the descriptor was closed before it was unregistered

    def _poll(self, timeout):
        # poll.poll takes milliseconds (None: no limit)
        if timeout is None:
            return self._selector.poll(None)
        return self._selector.poll(0 if timeout <= 0 else math.ceil(timeout * 1000))

    def select(self, timeout=None):
        try:
            fd_events = self._poll(timeout)
        except InterruptedError:
            return []
        # anything but "readable" counts as writable (errors and hang-ups wake both kinds)
        read_bit, write_bit = self._EVENT_READ, self._EVENT_WRITE
        return self._ready_pairs(
            (fd, (EVENT_WRITE if bits & ~read_bit else 0) | (EVENT_READ if bits & ~write_bit else 0))
            for fd, bits in fd_events
        )


if hasattr(select, "poll"):

    class PollSelector(_PollLikeSelector):
        """A selector over select.poll()."""

        _selector_cls = select.poll
        _EVENT_READ = select.POLLIN
        _EVENT_WRITE = select.POLLOUT


if hasattr(select, "epoll"):

    class EpollSelector(_PollLikeSelector):
        """A selector over select.epoll()."""

        _selector_cls = select.epoll
        _EVENT_READ = select.EPOLLIN
        _EVENT_WRITE = select.EPOLLOUT

        def fileno(self):
            return self._selector.fileno()

        def _poll(self, timeout):
            # epoll.poll takes seconds, rounded up to whole milliseconds (-1: no limit), and
            # at least one event
            if timeout is None:
                seconds = -1
            elif timeout <= 0:
                seconds = 0
            else:
                seconds = math.ceil(timeout * 1000) / 1000
            return self._selector.poll(seconds, max(len(self._fd_to_key), 1))

        def close(self):
            self._selector.close()
            super().close()


def _can_use(method):
    """Whether the select module offers `method` (and, for a poll-like one, it works)."""
    make = getattr(select, method, None)
    if make is None:
        return False
    try:
        poller = make()
        if method == "poll":
            poller.poll(0)
        else:
            poller.close()
    except OSError:
        return False
    return True


# the best kind this system has
for _method, _kind in (("epoll", "EpollSelector"), ("poll", "PollSelector"), ("select", "SelectSelector")):
    if _method == "select" or _can_use(_method):
        DefaultSelector = globals()[_kind]
        break
del _method, _kind
