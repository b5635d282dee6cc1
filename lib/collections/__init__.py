'''Specialized container datatypes, alternatives to the general purpose
builtins dict, list, set and tuple.

heapstack's own implementation: deque, defaultdict and OrderedDict come
from the TypeScript _collections module; namedtuple, Counter, ChainMap and
the User* wrappers are written here.
'''

__all__ = [
    'ChainMap',
    'Counter',
    'OrderedDict',
    'UserDict',
    'UserList',
    'UserString',
    'defaultdict',
    'deque',
    'namedtuple',
]

import _collections_abc
import sys as _sys
import keyword as _keyword
from _collections import deque, defaultdict, OrderedDict
from _collections import _count_elements, _tuplegetter

_collections_abc.MutableSequence.register(deque)  # a virtual subclass


# The views CPython's module defines for its pure-Python OrderedDict (the OrderedDict used is
# the C one, with view types of its own). They exist from the import on all the same, as
# subclasses of collections.abc's views, and ABC checks against those walk them.
class _OrderedDictKeysView(_collections_abc.KeysView):
    def __reversed__(self):
        return iter(reversed(self._mapping))


class _OrderedDictItemsView(_collections_abc.ItemsView):
    def __reversed__(self):
        mapping = self._mapping
        return ((key, mapping[key]) for key in reversed(mapping))


class _OrderedDictValuesView(_collections_abc.ValuesView):
    def __reversed__(self):
        mapping = self._mapping
        return (mapping[key] for key in reversed(mapping))


def _guard_recursion(method):
    # A __repr__ that prints '...' when it is re-entered for the same object.
    active = set()

    def wrapper(self):
        token = id(self)
        if token in active:
            return '...'
        active.add(token)
        try:
            return method(self)
        finally:
            active.discard(token)
    wrapper.__name__ = method.__name__
    wrapper.__qualname__ = method.__qualname__
    wrapper.__doc__ = method.__doc__
    wrapper.__wrapped__ = method
    return wrapper


# ---------------------------------------------------------------------------
# namedtuple

def _checked_field_names(typename, field_names, rename):
    # the names as a tuple, or the error for namedtuple to throw from its own frame (CPython's
    # namedtuple checks them inline)
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    if rename:
        taken = set()
        for position, name in enumerate(names):
            unusable = (not name.isidentifier() or _keyword.iskeyword(name)
                        or name.startswith('_') or name in taken)
            if unusable:
                names[position] = '_%d' % position
            taken.add(name)
    for name in (typename, *names):
        if type(name) is not str:
            return TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            return ValueError('Type names and field names must be valid '
                              f'identifiers: {name!r}')
        if _keyword.iskeyword(name):
            return ValueError('Type names and field names cannot be a '
                              f'keyword: {name!r}')
    taken = set()
    for name in names:
        if not rename and name.startswith('_'):
            return ValueError('Field names cannot start with an underscore: '
                              f'{name!r}')
        if name in taken:
            return ValueError(f'Encountered duplicate field name: {name!r}')
        taken.add(name)
    return tuple(_sys.intern(name) for name in names)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    The fields are reachable by name as well as by index; the class also
    offers _make(), _replace(), _asdict(), _fields and _field_defaults.
    """
    typename = _sys.intern(str(typename))
    fields = _checked_field_names(typename, field_names, rename)
    if isinstance(fields, Exception):
        raise fields
    count = len(fields)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > count:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[count - len(defaults):], defaults))

    signature = ', '.join(fields) + (',' if count == 1 else '')
    shown = ', '.join(name + '=%r' for name in fields)
    repr_template = '(' + shown + ')'
    make_tuple = tuple.__new__
    # The methods below reach these builtins through cells of their own, so a
    # dead namedtuple class leaves as many objects to the collector as it
    # does in CPython.
    builtin_len, apply, as_dict, pair_up, plain = len, map, dict, zip, tuple

    # __new__ needs the field names as real parameters, so it is compiled.
    scope = {'_tuple_new': make_tuple, '__builtins__': {},
             '__name__': f'namedtuple_{typename}'}
    __new__ = eval(f'lambda _cls, {signature}: _tuple_new(_cls, ({signature}))',
                   scope)
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({signature})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    def _make(cls, iterable):
        made = make_tuple(cls, iterable)
        if builtin_len(made) != count:
            raise TypeError(f'Expected {count} arguments, got {len(made)}')
        return made
    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        updated = self._make(apply(kwds.pop, fields, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return updated
    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    def __repr__(self):
        'Return a nicely formatted representation string'
        return type(self).__name__ + repr_template % self

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return as_dict(pair_up(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return plain(self)

    methods = {'__new__': __new__, '_make': _make, '_replace': _replace,
               '__repr__': __repr__, '_asdict': _asdict,
               '__getnewargs__': __getnewargs__}
    for name, function in methods.items():
        function.__qualname__ = f'{typename}.{function.__name__}'
    methods['_make'] = classmethod(_make)

    namespace = {'__doc__': f'{typename}({signature})', '__slots__': (),
                 '_fields': fields, '_field_defaults': field_defaults}
    namespace.update(methods)
    namespace['__match_args__'] = fields
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(
            index, _sys.intern(f'Alias for field number {index}'))
    cls = type(typename, (tuple,), namespace)

    # The class's module is the caller's, so that pickling can find it.
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return cls


# ---------------------------------------------------------------------------
# Counter

def _counters_only(method):
    # Binary Counter operations only accept other Counters.
    def checked(self, other):
        if isinstance(other, Counter):
            return method(self, other)
        return NotImplemented
    checked.__name__ = method.__name__
    checked.__qualname__ = 'Counter.' + method.__name__
    checked.__doc__ = method.__doc__
    return checked


class Counter(dict):
    '''dict subclass mapping hashable elements to their counts (a multiset).

    Missing elements count as zero; update()/subtract() add and remove
    counts, and +, -, |, & combine counters keeping positive counts only.
    '''

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # sorted() is stable, so equal counts keep insertion order, as
        # heapq.nlargest would.
        ranked = sorted(self.items(), key=lambda pair: pair[1], reverse=True)
        if n is None:
            return ranked
        return ranked[:max(n, 0)]

    def elements(self):
        from itertools import chain, repeat, starmap
        return chain.from_iterable(starmap(repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if not isinstance(iterable, _collections_abc.Mapping):
                _count_elements(self, iterable)
            elif self:
                current = self.get
                for elem, count in iterable.items():
                    self[elem] = count + current(elem, 0)
            else:
                super().update(iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            current = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                pairs = iterable.items()
            else:
                pairs = ((elem, 1) for elem in iterable)
            for elem, count in pairs:
                self[elem] = current(elem, 0) - count
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def _pairwise(self, other):
        # (own count, other count) for every key of either counter.
        for source in (self, other):
            for elem in source:
                yield self[elem], other[elem]

    @_counters_only
    def __eq__(self, other):
        return all(a == b for a, b in self._pairwise(other))

    @_counters_only
    def __ne__(self, other):
        return not self == other

    @_counters_only
    def __le__(self, other):
        return all(a <= b for a, b in self._pairwise(other))

    @_counters_only
    def __lt__(self, other):
        return self <= other and self != other

    @_counters_only
    def __ge__(self, other):
        return all(a >= b for a, b in self._pairwise(other))

    @_counters_only
    def __gt__(self, other):
        return self >= other and self != other

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return f'{name}()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            # counts that cannot be ordered are shown as stored
            shown = dict(self)
        return f'{name}({shown!r})'

    # Multiset arithmetic: results are plain Counters holding only positive
    # counts.

    def _combine(self, other, pick, keep_other_only):
        result = Counter()
        for elem, count in self.items():
            value = pick(count, other[elem])
            if value > 0:
                result[elem] = value
        for elem, count in other.items():
            if elem not in self:
                value = keep_other_only(count)
                if value is not None:
                    result[elem] = value
        return result

    @_counters_only
    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b,
                             lambda c: c if c > 0 else None)

    @_counters_only
    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b,
                             lambda c: 0 - c if c < 0 else None)

    @_counters_only
    def __or__(self, other):
        return self._combine(other, lambda a, b: b if a < b else a,
                             lambda c: c if c > 0 else None)

    @_counters_only
    def __and__(self, other):
        return self._combine(other, lambda a, b: a if a < b else b,
                             lambda c: None)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, theirs in other.items():
            if theirs > self[elem]:
                self[elem] = theirs
        return self._keep_positive()

    def __iand__(self, other):
        for elem, ours in self.items():
            theirs = other[elem]
            if theirs < ours:
                self[elem] = theirs
        return self._keep_positive()


# ---------------------------------------------------------------------------
# ChainMap

class ChainMap(_collections_abc.MutableMapping):
    '''A single updatable mapping view over a list of mappings (self.maps).

    Lookups try each mapping in turn; writes and deletions go to maps[0].
    '''

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # First occurrence wins, but the order follows the last mapping.
        order = {}
        for mapping in reversed(self.maps):
            order.update(dict.fromkeys(mapping))
        return iter(order)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_guard_recursion
    def __repr__(self):
        inner = ', '.join(repr(mapping) for mapping in self.maps)
        return f'{self.__class__.__name__}({inner})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        first, *rest = self.maps
        return self.__class__(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        flat = dict(other)
        for mapping in reversed(self.maps):
            flat.update(mapping)
        return self.__class__(flat)


# ---------------------------------------------------------------------------
# UserDict, UserList, UserString: wrappers keeping the real object in .data

def _unwrap(obj, wrapper_type):
    return obj.data if isinstance(obj, wrapper_type) else obj


class UserDict(_collections_abc.MutableMapping):

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(self.__class__, '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(self.data | _unwrap(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(_unwrap(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _unwrap(other, UserDict)
        return self

    def __copy__(self):
        clone = self.__class__.__new__(self.__class__)
        clone.__dict__.update(self.__dict__)
        clone.__dict__['data'] = self.__dict__['data'].copy()
        return clone

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        contents = self.data
        try:
            self.data = {}
            clone = copy.copy(self)
        finally:
            self.data = contents
        clone.update(self)
        return clone

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


class UserList(_collections_abc.MutableSequence):
    '''list-like class whose contents live in the .data list.'''

    def __init__(self, initlist=None):
        self.data = []
        if initlist is None:
            return
        if type(initlist) == type(self.data):
            self.data[:] = initlist
        elif isinstance(initlist, UserList):
            self.data[:] = initlist.data[:]
        else:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _unwrap(other, UserList)

    def __le__(self, other):
        return self.data <= _unwrap(other, UserList)

    def __eq__(self, other):
        return self.data == _unwrap(other, UserList)

    def __gt__(self, other):
        return self.data > _unwrap(other, UserList)

    def __ge__(self, other):
        return self.data >= _unwrap(other, UserList)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def _as_list(self, other):
        if isinstance(other, UserList):
            return other.data
        if isinstance(other, type(self.data)):
            return other
        return list(other)

    def __add__(self, other):
        return self.__class__(self.data + self._as_list(other))

    def __radd__(self, other):
        return self.__class__(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        clone = self.__class__.__new__(self.__class__)
        clone.__dict__.update(self.__dict__)
        clone.__dict__['data'] = self.__dict__['data'][:]
        return clone

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_unwrap(other, UserList))


class UserString(_collections_abc.Sequence):

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _unwrap(string, UserString)

    def __lt__(self, string):
        return self.data < _unwrap(string, UserString)

    def __le__(self, string):
        return self.data <= _unwrap(string, UserString)

    def __gt__(self, string):
        return self.data > _unwrap(string, UserString)

    def __ge__(self, string):
        return self.data >= _unwrap(string, UserString)

    def __contains__(self, char):
        return _unwrap(char, UserString) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            other = other.data
        elif not isinstance(other, str):
            other = str(other)
        return self.__class__(self.data + other)

    def __radd__(self, other):
        if not isinstance(other, str):
            other = str(other)
        return self.__class__(other + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    # str methods: those producing a new string re-wrap it in the class,
    # the others return str's result unchanged (see the tables below).

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(_unwrap(prefix, UserString)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(_unwrap(suffix, UserString)))

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    def replace(self, old, new, maxsplit=-1):
        old, new = _unwrap(old, UserString), _unwrap(new, UserString)
        return self.__class__(self.data.replace(old, new, maxsplit))

    maketrans = str.maketrans


def _install_string_methods():
    def named(function, name):
        function.__name__ = name
        function.__qualname__ = 'UserString.' + name
        setattr(UserString, name, function)

    def rewrapping(name):
        def method(self, /, *args, **kwargs):
            return self.__class__(getattr(self.data, name)(*args, **kwargs))
        named(method, name)

    def passing(name):
        def method(self, /, *args, **kwargs):
            return getattr(self.data, name)(*args, **kwargs)
        named(method, name)

    def stripping(name):
        def method(self, chars=None):
            return self.__class__(getattr(self.data, name)(chars))
        named(method, name)

    def ranged(name, accepts_wrapper):
        def method(self, sub, start=0, end=_sys.maxsize):
            if accepts_wrapper:
                sub = _unwrap(sub, UserString)
            return getattr(self.data, name)(sub, start, end)
        named(method, name)

    for name in ('capitalize casefold center expandtabs ljust lower rjust '
                 'swapcase title translate upper zfill').split():
        rewrapping(name)
    for name in ('format format_map isalpha isalnum isascii isdecimal '
                 'isdigit isidentifier islower isnumeric isprintable isspace '
                 'istitle isupper join partition rpartition split rsplit '
                 'splitlines').split():
        passing(name)
    for name in ('strip', 'lstrip', 'rstrip'):
        stripping(name)
    for name in ('count', 'find', 'rfind'):
        ranged(name, True)
    for name in ('index', 'rindex', 'startswith', 'endswith'):
        ranged(name, False)


_install_string_methods()
del _install_string_methods
