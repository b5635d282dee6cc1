"""shelve: a persistent dictionary of picklable values, keyed by strings, over dbm."""

from io import BytesIO
from pickle import DEFAULT_PROTOCOL, Pickler, Unpickler  # noqa: F401

import collections.abc

__all__ = ["Shelf", "BsdDbShelf", "DbfilenameShelf",
           "open"]


_Mapping = collections.abc.MutableMapping


class _ClosedDict(_Mapping):
    """What a closed shelf reads and writes through: every operation fails."""

    def closed(self, *args):
        raise ValueError('invalid operation on ' + 'closed shelf')

    __iter__ = __len__ = closed
    __getitem__ = __setitem__ = __delitem__ = closed
    keys = closed

    def __repr__(self):
        return '<Closed Dictionary>'


class Shelf(_Mapping):
    """A dict-like object over another mapping whose values are pickled bytes."""

    def __init__(self, dict, protocol=None, writeback=False, keyencoding="utf-8"):
        self.dict = dict
        self._protocol = 3 if protocol is None else protocol
        self.writeback = writeback
        self.cache = {}
        self.keyencoding = str(keyencoding)

    def _key(self, key):
        return key.encode(self.keyencoding)

    def __iter__(self):
        for raw in self.dict.keys():
            yield raw.decode(self.keyencoding)

    def __len__(self):
        return len(self.dict)

    def __contains__(self, key):
        return self._key(key) in self.dict

    def get(self, key, fallback=None):
        return self[key] if self._key(key) in self.dict else fallback

    def __getitem__(self, key):
        if key in self.cache:
            return self.cache[key]
        value = Unpickler(BytesIO(self.dict[self._key(key)])).load()
        if self.writeback:
            self.cache[key] = value
        return value

    def __setitem__(self, key, obj):
        value = obj
        if self.writeback:
            self.cache[key] = value
        buffer = BytesIO()
        Pickler(buffer, self._protocol).dump(value)
        self.dict[self._key(key)] = buffer.getvalue()

    def __delitem__(self, key):
        del self.dict[self._key(key)]
        self.cache.pop(key, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        if self.dict is None:
            return
        try:
            self.sync()
            try:
                self.dict.close()
            except AttributeError:
                pass
        finally:
            try:
                self.dict = _ClosedDict()
            except Exception:
                self.dict = None

    def __del__(self):
        # __init__ may have failed before the attributes close() uses were set
        if 'writeback' in vars(self):
            self.close()

    def sync(self):
        if self.cache and self.writeback:
            pending, self.cache = self.cache, {}
            self.writeback = False
            try:
                for name, obj in pending.items():
                    self[name] = obj
            finally:
                self.writeback = True
        flush = getattr(self.dict, 'sync', None)
        if flush is not None:
            flush()


class BsdDbShelf(Shelf):
    """A shelf over a database with first/next/previous/last/set_location (bsddb-style)."""

    def _pair(self, raw):
        key, value = raw
        return key.decode(self.keyencoding), Unpickler(BytesIO(value)).load()

    def set_location(self, key):
        return self._pair(self.dict.set_location(key))

    def next(self):
        return self._pair(next(self.dict))

    def previous(self):
        return self._pair(self.dict.previous())

    def first(self):
        return self._pair(self.dict.first())

    def last(self):
        return self._pair(self.dict.last())


class DbfilenameShelf(Shelf):
    """A shelf stored in the dbm database at `filename`."""

    def __init__(self, filename, flag='c', protocol=None, writeback=False):  # noqa: D107
        import dbm
        super().__init__(dbm.open(filename, flag), protocol=protocol, writeback=writeback)


def open(filename, flag='c', protocol=None, writeback=False):  # noqa: A001
    """Open a persistent dictionary stored in the dbm file `filename`."""
    return DbfilenameShelf(filename, flag=flag, protocol=protocol, writeback=writeback)
