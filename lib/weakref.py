"""Weak references and the containers built on them.

heapstack's own implementation of the weakref module on top of _weakref (which provides ref,
proxy and the reference-count queries): WeakMethod, WeakValueDictionary, WeakKeyDictionary,
WeakSet (from _weakrefset) and finalize.

The containers hold only weak references to the objects they "contain". When such an object
dies, a weakref callback drops its entry; if the container is being iterated at that moment,
the entry is queued and dropped when the last iteration ends.
"""

from _weakref import (
    CallableProxyType,
    ProxyType,
    ReferenceType,
    _remove_dead_weakref,
    getweakrefcount,
    getweakrefs,
    proxy,
    ref,
)
from _weakrefset import WeakSet, _generic_alias, _IterationGuard
import _collections_abc  # after _weakref: the ABCs need weak references themselves

ProxyTypes = ProxyType, CallableProxyType

_collections_abc.MutableSet.register(WeakSet)

__all__ = [
    "ref",
    "proxy",
    "getweakrefcount",
    "getweakrefs",
    "WeakKeyDictionary",
    "ReferenceType",
    "ProxyType",
    "CallableProxyType",
    "ProxyTypes",
    "WeakValueDictionary",
    "WeakSet",
    "WeakMethod",
    "finalize",
]


# ---------------------------------------------------------------------------------------------
# WeakMethod


class WeakMethod(ref):
    """A weak reference to a bound method.

    A plain ref to a bound method dies at once, because `obj.meth` makes a new method object
    each time. A WeakMethod instead references the instance (itself) and the function (through
    `_func_ref`), and rebuilds the bound method on call while both are alive.
    """

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            instance, function = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        holder = []

        def part_died(_dead):
            this = holder[0]() if holder else None
            if this is None or not this._alive:
                return
            this._alive = False
            if callback is not None:
                callback(this)

        this = ref.__new__(cls, instance, part_died)
        this._func_ref = ref(function, part_died)
        this._meth_type = type(meth)
        this._alive = True
        holder.append(ref(this))
        return this

    def __call__(self):
        instance = super().__call__()
        function = self._func_ref()
        if instance is None or function is None:
            return None
        # The descriptor protocol builds the same bound method type(meth)(function, instance) would.
        return function.__get__(instance, type(instance))

    def _same_method(self, other):
        if not (self._alive and other._alive):
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return self._same_method(other)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return not self._same_method(other)
        return NotImplemented

    __hash__ = ref.__hash__


# ---------------------------------------------------------------------------------------------
# WeakValueDictionary


class KeyedRef(ref):
    """A weak reference that remembers the key it is filed under in a WeakValueDictionary."""

    __slots__ = ("key",)

    def __new__(cls, obj, on_death, key):
        made = ref.__new__(cls, obj, on_death)
        made.key = key
        return made

    def __init__(self, obj, on_death, key):
        ref.__init__(self, obj, on_death)


class WeakValueDictionary(_collections_abc.MutableMapping):
    """A mapping whose values are held weakly: an entry goes away when its value dies."""

    def __init__(self, other=(), /, **kw):
        # Defined here, as CPython's is: its qualified name shows in reprs and gc listings.
        def remove(dead, selfref=ref(self), _atomic_removal=_remove_dead_weakref):
            """The callback of the KeyedRefs: drop the entry of a dead value."""
            owner = selfref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(dead.key)
            else:
                # The entry may have been replaced meanwhile: only a dead reference is dropped.
                _atomic_removal(owner.data, dead.key)

        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    # -- bookkeeping ----------------------------------------------------------------------

    def _commit_removals(self):
        queue = self._pending_removals
        while queue:
            _remove_dead_weakref(self.data, queue.pop())

    def _settle(self):
        if self._pending_removals:
            self._commit_removals()

    def _file(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def _live_entries(self):
        """(key, value) for every entry whose value is alive, under an iteration guard."""
        with _IterationGuard(self):
            for key, value_ref in self.data.items():
                value = value_ref()
                if value is not None:
                    yield key, value

    def _value_of(self, key):
        """The live value filed under key, or None (KeyError when there is no entry)."""
        return self.data[key]()

    # -- mapping protocol -----------------------------------------------------------------

    def __getitem__(self, key):
        self._settle()
        value = self._value_of(key)
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._settle()
        self._file(key, value)

    def __delitem__(self, key):
        self._settle()
        del self.data[key]

    def __len__(self):
        self._settle()
        return len(self.data)

    def __contains__(self, key):
        self._settle()
        try:
            return self._value_of(key) is not None
        except KeyError:
            return False

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def __iter__(self):
        self._settle()
        for key, _ in self._live_entries():
            yield key

    keys = __iter__

    def items(self):
        self._settle()
        yield from self._live_entries()

    def values(self):
        self._settle()
        for _, value in self._live_entries():
            yield value

    def itervaluerefs(self):
        self._settle()
        with _IterationGuard(self):
            yield from self.data.values()

    def valuerefs(self):
        self._settle()
        return [value_ref for value_ref in self.data.values()]

    def get(self, key, default=None):
        self._settle()
        try:
            value = self._value_of(key)
        except KeyError:
            return default
        return default if value is None else value

    def pop(self, key, *default):
        self._settle()
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is not None:
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        self._settle()
        while True:
            key, value_ref = self.data.popitem()
            value = value_ref()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        try:
            value = self._value_of(key)
        except KeyError:
            value = None
        if value is not None:
            return value
        self._settle()
        self._file(key, default)
        return default

    def update(self, other=None, /, **kwargs):
        self._settle()
        if other is not None:
            pairs = other.items() if hasattr(other, "items") else dict(other).items()
            for key, value in pairs:
                self._file(key, value)
        for key, value in kwargs.items():
            self._file(key, value)

    def clear(self):
        self._settle()
        self.data.clear()

    def copy(self):
        self._settle()
        duplicate = WeakValueDictionary()
        for key, value in self._live_entries():
            duplicate[key] = value
        return duplicate

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy

        self._settle()
        duplicate = type(self)()
        for key, value in self._live_entries():
            duplicate[deepcopy(key, memo)] = value
        return duplicate

    def __eq__(self, other):
        if hasattr(other, "keys") and hasattr(other, "items"):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        merged = type(self)()
        merged.update(other)
        merged.update(self)
        return merged

    __hash__ = None

    __class_getitem__ = classmethod(_generic_alias)


# ---------------------------------------------------------------------------------------------
# WeakKeyDictionary


class WeakKeyDictionary(_collections_abc.MutableMapping):
    """A mapping whose keys are held weakly: an entry goes away when its key dies.

    Keys must be hashable and weakly referenceable; the table maps ref(key) to the value.
    """

    def __init__(self, dict=None):
        self.data = {}
        # Defined here, as CPython's is: its qualified name shows in reprs and gc listings.
        def remove(dead_key_ref, selfref=ref(self)):
            """The callback of the key references: drop the entry of a dead key."""
            owner = selfref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(dead_key_ref)
            else:
                owner.data.pop(dead_key_ref, None)

        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    # -- bookkeeping ----------------------------------------------------------------------

    def _commit_removals(self):
        queue = self._pending_removals
        while queue:
            self.data.pop(queue.pop(), None)

    def _scrub_removals(self):
        table = self.data
        self._pending_removals = [r for r in self._pending_removals if r in table]
        self._dirty_len = False

    def _tracking(self, key):
        return ref(key, self._remove)

    def _live_entries(self):
        with _IterationGuard(self):
            for key_ref, value in self.data.items():
                key = key_ref()
                if key is not None:
                    yield key, value

    # -- mapping protocol -----------------------------------------------------------------

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[self._tracking(key)] = value

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def __iter__(self):
        for key, _ in self._live_entries():
            yield key

    keys = __iter__

    def items(self):
        yield from self._live_entries()

    def values(self):
        for _, value in self._live_entries():
            yield value

    def keyrefs(self):
        return [key_ref for key_ref in self.data]

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *default):
        self._dirty_len = True
        return self.data.pop(ref(key), *default)

    def popitem(self):
        self._dirty_len = True
        while True:
            key_ref, value = self.data.popitem()
            key = key_ref()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(self._tracking(key), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            pairs = dict.items() if hasattr(dict, "items") else type({})(dict).items()
            for key, value in pairs:
                self.data[self._tracking(key)] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self._dirty_len = True
        self.data.clear()

    def copy(self):
        duplicate = WeakKeyDictionary()
        for key, value in self._live_entries():
            duplicate[key] = value
        return duplicate

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy

        duplicate = type(self)()
        for key, value in self._live_entries():
            duplicate[key] = deepcopy(value, memo)
        return duplicate

    def __eq__(self, other):
        if hasattr(other, "keys") and hasattr(other, "items"):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        merged = type(self)()
        merged.update(other)
        merged.update(self)
        return merged

    __hash__ = None

    __class_getitem__ = classmethod(_generic_alias)


# ---------------------------------------------------------------------------------------------
# finalize


class _Registration:
    """What a live finalize object remembers (kept in finalize._registry, keyed by it)."""

    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")


class _Sequence:
    """Registration numbers, so exit-time finalizers can run newest first."""

    __slots__ = ("next_value",)

    def __init__(self):
        self.next_value = 0

    def __next__(self):
        value = self.next_value
        self.next_value += 1
        return value


class finalize:
    """finalize(obj, func, /, *args, **kwargs) calls func(*args, **kwargs) once: when obj is
    garbage collected, when the finalize object is called, or at interpreter exit (if its
    `atexit` attribute is true), whichever comes first."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = _Sequence()
    _dirty = False
    _registered_with_atexit = False
    _Info = _Registration

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            finalize._registered_with_atexit = True
            try:
                import atexit
            except ImportError:
                pass
            else:
                atexit.register(finalize._exitfunc)
        entry = _Registration()
        entry.weakref = ref(obj, self)
        entry.func = func
        entry.args = args
        entry.kwargs = kwargs if kwargs else None
        entry.atexit = True
        entry.index = next(finalize._index_iter)
        finalize._registry[self] = entry
        finalize._dirty = True

    def _entry(self):
        return finalize._registry.get(self)

    def _live(self):
        """(entry, referent) while both exist, else (entry or None, None)."""
        entry = self._entry()
        return entry, (entry.weakref() if entry else None)

    def __call__(self, _=None):
        entry = finalize._registry.pop(self, None)
        if entry is not None and not finalize._shutdown:
            return entry.func(*entry.args, **(entry.kwargs or {}))
        return None

    def detach(self):
        entry, obj = self._live()
        if obj is None or finalize._registry.pop(self, None) is None:
            return None
        return obj, entry.func, entry.args, entry.kwargs or {}

    def peek(self):
        entry, obj = self._live()
        if obj is None:
            return None
        return obj, entry.func, entry.args, entry.kwargs or {}

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        entry = self._entry()
        return entry.atexit if entry else False

    @atexit.setter
    def atexit(self, value):
        entry = self._entry()
        if entry:
            entry.atexit = bool(value)

    def __repr__(self):
        entry, obj = self._live()
        head = f"<{type(self).__name__} object at {id(self):#x}"
        if obj is None:
            return head + "; dead>"
        return head + f"; for {type(obj).__name__!r} at {id(obj):#x}>"

    @classmethod
    def _select_for_exit(cls):
        chosen = [(entry.index, f) for f, entry in cls._registry.items() if entry.atexit]
        chosen.sort(key=lambda pair: pair[0])
        return [f for _, f in chosen]

    @classmethod
    def _exitfunc(cls):
        # At interpreter exit: run the still-registered finalizers with atexit set, newest
        # first, with automatic collection off; later registrations are picked up as we go.
        import gc

        gc_was_on = False
        try:
            if cls._registry:
                gc_was_on = gc.isenabled()
                if gc_was_on:
                    gc.disable()
                todo = None
                while True:
                    if todo is None or finalize._dirty:
                        todo = cls._select_for_exit()
                        finalize._dirty = False
                    if not todo:
                        break
                    f = todo.pop()
                    try:
                        f()
                    except Exception:
                        import sys

                        sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True
            if gc_was_on:
                gc.enable()
