"""Abstract Base Classes (ABCs) for collections, according to PEP 3119.

heapstack's own implementation: each ABC declares its abstract methods,
recognises structurally conforming classes through __subclasshook__, and
supplies mixin methods written on top of the abstract ones.
"""

from abc import ABCMeta, abstractmethod
import sys

GenericAlias = type(list[int])
EllipsisType = type(...)
FunctionType = type(lambda: None)

__all__ = [
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator",
    "AsyncGenerator", "Hashable", "Iterable", "Iterator", "Generator",
    "Reversible", "Sized", "Container", "Callable", "Collection", "Set",
    "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView",
    "ItemsView", "ValuesView", "Sequence", "MutableSequence", "ByteString",
]

# The public home of these classes is collections.abc.
__name__ = "collections.abc"


def _check_methods(C, *methods):
    # True when every method is defined somewhere along C's MRO and the
    # nearest definition is not None; NotImplemented otherwise.
    for name in methods:
        for klass in C.__mro__:
            namespace = klass.__dict__
            if name in namespace:
                if namespace[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _structural(*methods):
    # Class decorator: gives the ABC a __subclasshook__ that accepts any
    # class defining `methods`. Only the decorated ABC answers that way;
    # its subclasses inherit the hook but get NotImplemented (normal rules).
    def declare(abc_class):
        def __subclasshook__(cls, C):
            if cls is abc_class:
                return _check_methods(C, *methods)
            return NotImplemented
        __subclasshook__.__qualname__ = abc_class.__qualname__ + ".__subclasshook__"
        abc_class.__subclasshook__ = classmethod(__subclasshook__)
        return abc_class
    return declare


def _raise_into(typ, val, tb):
    # The default throw(): raise typ/val with the traceback tb.
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


# ---------------------------------------------------------------------------
# Single-method ABCs and the iteration protocols

@_structural("__hash__")
class Hashable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0



@_structural("__await__")
class Awaitable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    __class_getitem__ = classmethod(GenericAlias)


@_structural("__await__", "send", "throw", "close")
class Coroutine(Awaitable):

    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_into(typ, val, tb)

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("coroutine ignored GeneratorExit")



@_structural("__aiter__")
class AsyncIterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    __class_getitem__ = classmethod(GenericAlias)


@_structural("__anext__", "__aiter__")
class AsyncIterator(AsyncIterable):

    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self



@_structural("__aiter__", "__anext__", "asend", "athrow",
                             "aclose")
class AsyncGenerator(AsyncIterator):

    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        _raise_into(typ, val, tb)

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")



@_structural("__iter__")
class Iterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return
        yield

    __class_getitem__ = classmethod(GenericAlias)


@_structural("__iter__", "__next__")
class Iterator(Iterable):

    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self



@_structural("__reversed__", "__iter__")
class Reversible(Iterable):

    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return
        yield



@_structural("__iter__", "__next__", "send", "throw", "close")
class Generator(Iterator):

    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_into(typ, val, tb)

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("generator ignored GeneratorExit")



@_structural("__len__")
class Sized(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0



@_structural("__contains__")
class Container(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    __class_getitem__ = classmethod(GenericAlias)


@_structural("__len__", "__iter__", "__contains__")
class Collection(Sized, Iterable, Container):

    __slots__ = ()



# ---------------------------------------------------------------------------
# Callable and its subscription

def _is_param_expr(obj):
    """True for the forms that may stand for a parameter list: a list of
    types, ``...``, or typing's ParamSpec / Concatenate objects."""
    if obj is Ellipsis or isinstance(obj, list):
        return True
    kind = type(obj)
    return kind.__module__ == "typing" and kind.__name__ in (
        "ParamSpec", "_ConcatenateGenericAlias")


def _type_repr(obj):
    """repr() of obj as it appears inside a Callable[...] repr."""
    if isinstance(obj, GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


def _takes_param_expr(args):
    # Callable[P, R] / Callable[..., R] keep their two arguments as given.
    return len(args) == 2 and _is_param_expr(args[0])


class _CallableGenericAlias(GenericAlias):
    """collections.abc.Callable[[argtypes...], result]: __args__ holds the
    argument types followed by the result type."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if not isinstance(args, tuple) or len(args) != 2:
            raise TypeError(
                "Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (tuple, list)):
            flat = tuple(params) + (result,)
        elif _is_param_expr(params):
            flat = args
        else:
            raise TypeError("Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {params}")
        return super().__new__(cls, origin, flat)

    def __repr__(self):
        if _takes_param_expr(self.__args__):
            return super().__repr__()
        *params, result = self.__args__
        listed = ", ".join(_type_repr(p) for p in params)
        return f"collections.abc.Callable[[{listed}], {_type_repr(result)}]"

    def __reduce__(self):
        args = self.__args__
        if not _takes_param_expr(args):
            args = (list(args[:-1]), args[-1])
        return _CallableGenericAlias, (Callable, args)

    def __getitem__(self, item):
        if not isinstance(item, tuple):
            item = (item,)
        params = self.__parameters__
        if (len(params) == 1 and _is_param_expr(params[0])
                and item and not _is_param_expr(item[0])):
            item = (item,)
        substituted = super().__getitem__(item).__args__
        if not isinstance(substituted[0], (tuple, list)):
            substituted = (substituted[:-1], substituted[-1])
        return _CallableGenericAlias(Callable, tuple(substituted))


@_structural("__call__")
class Callable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __class_getitem__ = classmethod(_CallableGenericAlias)


# The concrete iterator and view types of the builtins, registered with
# the ABCs they implement.
_ITERATOR_SAMPLES = {
    "bytes_iterator": b"",
    "bytearray_iterator": bytearray(),
    "dict_keyiterator": {}.keys(),
    "dict_valueiterator": {}.values(),
    "dict_itemiterator": {}.items(),
    "list_iterator": [],
    "list_reverseiterator": reversed([]),
    "range_iterator": range(0),
    "longrange_iterator": range(1 << 1000),
    "set_iterator": set(),
    "str_iterator": "",
    "tuple_iterator": (),
    "zip_iterator": zip(),
}
for _name, _sample in _ITERATOR_SAMPLES.items():
    globals()[_name] = type(iter(_sample))
    Iterator.register(globals()[_name])
del _name, _sample
_sample_dict = {}
dict_keys = type(_sample_dict.keys())
dict_values = type(_sample_dict.values())
dict_items = type(_sample_dict.items())
mappingproxy = type(type.__dict__)


def _sample_generator():
    yield


generator = type(_sample_generator())


async def _sample_coroutine():
    pass


_coro = _sample_coroutine()
coroutine = type(_coro)
_coro.close()


async def _sample_async_generator():
    yield


async_generator = type(_sample_async_generator())

Generator.register(generator)
Coroutine.register(coroutine)
AsyncGenerator.register(async_generator)

del _coro, _sample_coroutine, _sample_async_generator
del _sample_generator, _sample_dict


# ---------------------------------------------------------------------------
# Sets
#
# (Blank and comment lines keep the statements that can raise at the line numbers of
# CPython's frozen module: its tracebacks show "<frozen _collections_abc>", line 912, in pop.)
















































































































class Set(Collection):
    """Finite iterable container with set comparisons and operators.

    Subclasses provide __contains__, __iter__ and __len__.  Operator results
    are built by the classmethod _from_iterable(iterable), cls(iterable) by
    default.
    """

    __slots__ = ()

    # Comparisons only make sense against another Set; each one is
    # "sizes compare that way, and one side's elements are in the other".

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for item in self:
            if item not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for item in other:
            if item not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        # the constructor of results; a subclass whose __init__ takes
        # something else overrides this
        return cls(it)




    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for item in other if item in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        'Whether no element of other is in this set.'
        for item in other:
            if item in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        both = (item for group in (self, other) for item in group)
        return self._from_iterable(both)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(item for item in self if item not in other)


    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(item for item in other if item not in self)


    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """The hash of a frozen set of these elements, for subclasses that are
        hashable (__hash__ = Set._hash): CPython's algorithm for frozenset,
        so equal sets of either kind hash alike."""
        width_mask = 2 * sys.maxsize + 1
        acc = (1927868237 * (len(self) + 1)) & width_mask
        for element in self:
            h = hash(element)
            acc ^= ((h ^ (h << 16) ^ 89869747) * 3644798167) & width_mask
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & width_mask
        if acc > sys.maxsize:
            acc -= width_mask + 1
        return 590923713 if acc == -1 else acc


Set.register(frozenset)




















class MutableSet(Set):
    """Set plus add() and discard(), from which removal and the in-place
    operators are derived."""

    __slots__ = ()

    @abstractmethod








    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError



    def remove(self, value):
        """Remove value; KeyError when it is not in the set."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return some element; KeyError when the set is empty."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """Remove every element, one pop() at a time."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


MutableSet.register(set)


# ---------------------------------------------------------------------------
# Mappings and their views
class Mapping(Collection):
    """Read-only key/value container built on __getitem__, __iter__ and
    __len__."""

    __slots__ = ()

    # Lets `match` treat virtual and real subclasses as mappings.
    __abc_tpflags__ = 1 << 6

    @abstractmethod




    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        'The value of key, or default (None) when key is missing.'
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        "A set-like view of the keys."
        return KeysView(self)

    def items(self):
        "A set-like view of the (key, value) pairs."
        return ItemsView(self)

    def values(self):
        "A view of the values."
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


Mapping.register(type(type.__dict__))

class MappingView(Sized):

    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._mapping)

    __class_getitem__ = classmethod(GenericAlias)


class KeysView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


KeysView.register(type({}.keys()))


class ItemsView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        else:
            return found is value or found == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


ItemsView.register(type({}.items()))


class ValuesView(MappingView, Collection):

    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            found = self._mapping[key]
            if found is value or found == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


ValuesView.register(type({}.values()))


class MutableMapping(Mapping):
    """Mapping plus __setitem__ and __delitem__, from which pop, popitem,
    clear, update and setdefault are derived."""

    __slots__ = ()

    # the default of pop: no default given
    __marker = object()

    @abstractmethod


    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    # (blank and comment lines keep the statements that can raise at the
    # line numbers of CPython's frozen module)
    def pop(self, key, default=__marker):
        '''Remove key and return its value; when key is missing, return
        default if one was given, else raise KeyError.
        '''
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        '''Remove and return some (key, value) pair; KeyError when the
        mapping is empty.
        '''
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        'Remove every item, one popitem() at a time.'
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        '''Store the items of other, then the keyword arguments.

        other is a mapping, something with keys() (each key is looked up in
        it), or an iterable of (key, value) pairs.
        '''
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        'The value of key; when key is missing, store default and return it.'
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


MutableMapping.register(dict)


# ---------------------------------------------------------------------------
# Sequences
class Sequence(Reversible, Collection):
    """Read-only indexable container built on __getitem__ and __len__."""

    __slots__ = ()

    # Lets `match` treat virtual and real subclasses as sequences.
    __abc_tpflags__ = 1 << 5

    @abstractmethod




    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        '''The first index of value, looked for from start up to stop;
        ValueError when it is not there.

        Negative start and stop count from the end, as in slicing (the
        length is only asked for then).
        '''
        from_end = start is not None and start < 0
        if from_end: start = max(0, start + len(self))
        up_to_end = stop is not None and stop < 0
        if up_to_end: stop += len(self)

        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        'How many items are value or equal to it.'
        return sum(1 for v in self if v is value or v == value)


for _kind in (tuple, str, range, getattr(sys.modules["builtins"], "memoryview", None)):
    if _kind is not None:
        Sequence.register(_kind)


class ByteString(Sequence):
    """Common ABC of bytes and bytearray."""

    __slots__ = ()


for _kind in (bytes, bytearray):
    ByteString.register(_kind)




class MutableSequence(Sequence):
    """Sequence plus __setitem__, __delitem__ and insert(), from which the
    list-like mutators are derived."""

    __slots__ = ()

    @abstractmethod



    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError


    def append(self, value):
        'Add value at the end.'
        self.insert(len(self), value)

    def clear(self):
        'Remove every item, one pop() at a time.'
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        'Reverse the items in place.'
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        'Append the items of an iterable (a copy first when it is this sequence).'
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        '''Remove and return the item at index (the last by default);
        IndexError when there is none there.
        '''
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        '''Remove the first item that is value or equal to it; ValueError
        when there is none.
        '''
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


for _kind in (list, bytearray):
    MutableSequence.register(_kind)
del _kind
