"""reprlib: repr() with limits on size and nesting depth (CPython 3.11 semantics)."""

import builtins
from itertools import islice

try:
    from _thread import get_ident as _current_thread
except ImportError:
    # heapstack runs one thread, so one identity is enough to key the guard.
    def _current_thread():
        return 0


__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue="..."):
    """Decorator for __repr__ methods: a call re-entered for the same object returns fillvalue."""

    def decorating_function(user_function):
        active = set()

        def wrapper(self):
            guard = id(self), _current_thread()
            if guard in active:
                return fillvalue
            active.add(guard)
            try:
                return user_function(self)
            finally:
                active.discard(guard)

        # functools.wraps would import too much for this low-level module; copy by hand.
        wrapper.__module__ = getattr(user_function, "__module__")
        wrapper.__doc__ = getattr(user_function, "__doc__")
        wrapper.__name__ = getattr(user_function, "__name__")
        wrapper.__qualname__ = getattr(user_function, "__qualname__")
        wrapper.__annotations__ = getattr(user_function, "__annotations__", {})
        return wrapper

    return decorating_function


def _sorted_if_possible(items):
    # Sets and dicts print in sorted order when their elements compare, else as iterated.
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    def __init__(self):
        self.fillvalue = "..."
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        type_name = type(x).__name__
        if " " in type_name:
            type_name = "_".join(type_name.split())
        method = getattr(self, "repr_" + type_name, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    def _elide(self, text, limit):
        # Keep the two ends of text around the fill value; the split ignores fillvalue's length.
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return text[:head] + self.fillvalue + text[len(text) - tail :]

    def _repr_iterable(self, x, level, left, right, maxiter, trail=""):
        count = len(x)
        if level <= 0 and count:
            body = self.fillvalue
        else:
            deeper = level - 1
            parts = [self.repr1(item, deeper) for item in islice(x, maxiter)]
            if count > maxiter:
                parts.append(self.fillvalue)
            body = ", ".join(parts)
            if count == 1 and trail:
                right = trail + right
        return left + body + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, "(", ")", self.maxtuple, ",")

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, "[", "]", self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._repr_iterable(x, level, "array('%s', [" % x.typecode, "])", self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return "set()"
        return self._repr_iterable(_sorted_if_possible(x), level, "{", "}", self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return "frozenset()"
        return self._repr_iterable(
            _sorted_if_possible(x), level, "frozenset({", "})", self.maxfrozenset
        )

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, "deque([", "])", self.maxdeque)

    def repr_dict(self, x, level):
        count = len(x)
        if count == 0:
            return "{}"
        if level <= 0:
            return "{" + self.fillvalue + "}"
        deeper = level - 1
        parts = []
        for key in islice(_sorted_if_possible(x), self.maxdict):
            parts.append("%s: %s" % (self.repr1(key, deeper), self.repr1(x[key], deeper)))
        if count > self.maxdict:
            parts.append(self.fillvalue)
        return "{%s}" % (", ".join(parts),)

    def repr_str(self, x, level):
        text = builtins.repr(x[: self.maxstring])
        if len(text) > self.maxstring:
            head = max(0, (self.maxstring - 3) // 2)
            tail = max(0, self.maxstring - 3 - head)
            text = builtins.repr(x[:head] + x[len(x) - tail :])
            text = text[:head] + self.fillvalue + text[len(text) - tail :]
        return text

    def repr_int(self, x, level):
        text = builtins.repr(x)
        if len(text) > self.maxlong:
            text = self._elide(text, self.maxlong)
        return text

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return "<%s instance at %#x>" % (x.__class__.__name__, id(x))
        if len(text) > self.maxother:
            text = self._elide(text, self.maxother)
        return text


aRepr = Repr()
repr = aRepr.repr
