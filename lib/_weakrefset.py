"""WeakSet: a set whose members are held through weak references.

heapstack's own implementation on top of the _weakref module. A member disappears from the set
as soon as the object dies. Deaths that happen while the set is being iterated are queued and
applied when the last iteration finishes, so an iteration never sees the set change under it.
"""

from _weakref import ref

__all__ = ["WeakSet"]


def _generic_alias(cls, item):
    """cls[item] as types.GenericAlias (PEP 585)."""
    return type(list[int])(cls, item)


class _IterationGuard:
    """While a `with` block over one of these runs, the owning weak container defers removals.

    The guard only keeps a weak reference to its container, so an iterator that is abandoned
    half-way does not pin the container; the container keeps its live guards in `_iterating`.
    """

    __slots__ = ("weakcontainer", "__weakref__")

    def __init__(self, container):
        self.weakcontainer = ref(container)

    def __enter__(self):
        owner = self.weakcontainer()
        if owner is not None:
            owner._iterating.add(self)
        return self

    def __exit__(self, *exc_info):
        owner = self.weakcontainer()
        if owner is None:
            return
        active = owner._iterating
        active.discard(self)
        if len(active) == 0:
            owner._commit_removals()


class WeakSet:
    def __init__(self, data=None):
        self.data = set()
        # Defined here, as CPython's is: its qualified name shows in reprs and gc listings.
        def _remove(dead, selfref=ref(self)):
            """The weakref callback of the members: forget a dead member's reference."""
            owner = selfref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(dead)
            else:
                owner.data.discard(dead)

        self._remove = _remove
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    # -- bookkeeping ----------------------------------------------------------------------

    def _commit_removals(self):
        queue = self._pending_removals
        while queue:
            self.data.discard(queue.pop())

    def _settle(self):
        if self._pending_removals:
            self._commit_removals()

    def _lookup_refs(self, iterable):
        """Callback-less references to each element (they hash and compare like the element)."""
        return {ref(element) for element in iterable}

    def _tracking_refs(self, iterable):
        """References that remove themselves from this set when their element dies."""
        return [ref(element, self._remove) for element in iterable]

    # -- the set protocol -----------------------------------------------------------------

    def __iter__(self):
        with _IterationGuard(self):
            for member_ref in self.data:
                member = member_ref()
                if member is not None:
                    yield member

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            return False
        return probe in self.data

    def __reduce__(self):
        getstate = getattr(self, "__getstate__", None)
        state = getstate() if getstate is not None else getattr(self, "__dict__", None)
        return (type(self), (list(self),), state)

    def add(self, item):
        self._settle()
        self.data.add(ref(item, self._remove))

    def clear(self):
        self._settle()
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def pop(self):
        self._settle()
        while self.data:
            member = self.data.pop()()
            if member is not None:
                return member
        raise KeyError("pop from empty WeakSet")

    def remove(self, item):
        self._settle()
        self.data.remove(ref(item))

    def discard(self, item):
        self._settle()
        self.data.discard(ref(item))

    def update(self, other):
        self._settle()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    # -- algebra --------------------------------------------------------------------------

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        self._settle()
        if other is self:
            self.data.clear()
        else:
            self.data -= self._lookup_refs(other)
        return self

    def intersection(self, other):
        return type(self)([element for element in other if element in self])

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self._settle()
        # The surviving entries are the probes made from `other` (as CPython keeps them).
        probes = [ref(element) for element in other]
        self.data.intersection_update(probes)
        return self

    def issubset(self, other):
        return self.data <= self._lookup_refs(other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < self._lookup_refs(other)

    def issuperset(self, other):
        return self.data >= self._lookup_refs(other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > self._lookup_refs(other)

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return self.data == self._lookup_refs(other)
        return NotImplemented

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        self._settle()
        if other is self:
            self.data.clear()
        else:
            self.data ^= set(self._tracking_refs(other))
        return self

    def union(self, other):
        result = type(self)(self)
        result.update(other)
        return result

    __or__ = union

    def isdisjoint(self, other):
        for element in other:
            if element in self:
                return False
        return True

    def __repr__(self):
        return repr(self.data)

    __hash__ = None

    __class_getitem__ = classmethod(_generic_alias)
