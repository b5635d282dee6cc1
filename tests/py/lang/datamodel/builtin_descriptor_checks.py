# Checks CPython's descriptors make that were missing (found by test_descr):
# - a classmethod_descriptor (dict.fromkeys) bound to something that is not a subtype of its
#   class raises TypeError (classmethod_get), instead of binding to any object;
# - a slot wrapper taken from an unrelated class (`__eq__ = str.__eq__` in an int subclass) is
#   called through the generic slot, so it raises TypeError instead of running str's compare;
# - a class's __doc__ cannot be deleted (type_set_doc), and builtin types' not set.
descr = dict.__dict__["fromkeys"]
for args in [(None, None), (42,), (None, 42), (None, int), ({},), (None, dict), (None, bool)]:
    try:
        r = descr.__get__(*args)
        print(args, "ok", type(r).__name__, r([1, 2]))
    except TypeError as e:
        print(args, "TypeError", e)


class D(dict):
    pass


print(descr.__get__(None, D)([3]), type(descr.__get__(D(), None)([4])).__name__)
print(D.fromkeys("ab", 0), int.from_bytes.__get__(None, bool)(b"\x01", "big"))


class A(int):
    __eq__ = str.__eq__
    __add__ = str.__add__


a = A()
for f in (lambda: a == a, lambda: a + a, lambda: a != a):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)


class B(int):
    __eq__ = int.__eq__
    __lt__ = int.__lt__


print(B(1) == 1, B(1) < B(2), B(3) > 2)


class X:
    "elephant"


for f in (
    lambda: type(list).__dict__["__doc__"].__set__(list, "blah"),
    lambda: type(X).__dict__["__doc__"].__delete__(X),
    lambda: delattr(X, "__doc__"),
):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
X.__doc__ = "banana"
print(X.__doc__, X.__dict__["__doc__"])
