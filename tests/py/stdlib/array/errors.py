from array import array


def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


t(array, "z")
t(array, "ii")
t(array, 1)
t(array)
t(array, "i", [1], 2)
t(array, "i", 5)
t(array, "i", "abc")
t(array, "u", array("i"))
t(array, "h", b"abc")
for tc, v in [("b", 200), ("b", -129), ("b", 70000), ("B", -1), ("B", 256), ("h", 40000), ("H", -1), ("H", 70000),
              ("H", 2**40), ("i", 2**31), ("i", -2**31 - 1), ("I", -1), ("I", 2**32), ("l", 2**63), ("L", -1),
              ("L", 2**64), ("q", -2**63 - 1), ("Q", -1), ("Q", 2**64), ("i", 1.5), ("i", "1"), ("f", "x"),
              ("d", None), ("u", 1), ("u", "ab"), ("b", True)]:
    t(array, tc, [v])
a = array("i", [1, 2, 3, 2])
t(a.index, 9)
t(a.remove, 9)
t(a.pop, 10)
t(array("i").pop)
t(a.__getitem__, 10)
t(a.__getitem__, "x")
t(a.__setitem__, 10, 1)
t(a.__setitem__, "x", 1)
t(a.__setitem__, 0, "x")
t(a.__delitem__, 10)
t(lambda: a + array("d"))
t(lambda: a + [1])
t(lambda: a * "x")
t(lambda: a.extend(array("d")))
t(lambda: a.extend(5))
t(lambda: a.__iadd__([1]))
t(lambda: a < [1])
t(a.fromunicode, "x")
t(array("u").fromunicode, 5)
t(a.tounicode)
t(a.frombytes, b"abc")
t(a.frombytes, "str")
t(a.fromlist, (1,))
t(a.fromlist, [1, "x"])
print(a)
t(lambda: array("i", [1]).__setitem__(slice(0, 1), [5]))
t(lambda: array("i", [1, 2, 3]).__setitem__(slice(0, 3, 2), array("i", [1])))
t(lambda: array("i", [1, 2, 3]).__setitem__(slice(0, 1), array("h", [1])))
t(hash, array("i"))
