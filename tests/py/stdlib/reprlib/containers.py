# reprlib.repr limits on sequences, sets, dicts and nesting
import array
import collections
import reprlib

r = reprlib.repr
print(r(list(range(20))), r(tuple(range(3))), r((1,)), r(()), r([]))
print(r(set(range(10))), r(frozenset(range(10))), r(set()), r(frozenset()))
print(r({i: str(i) for i in range(10)}), r({}), r({"b": 1, "a": [1, 2]}))
print(r(collections.deque(range(10))), r(collections.deque()))
print(r(array.array("i", range(10))), r(array.array("d")), r(array.array("b", [1])))
print(r([[[[[[[[1]]]]]]]]), r({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))
print(r({1, "a", 2.5}), r({"x": 1, 2: "y", None: 3}))
print(r([(1,), (2, 3), [4]]), r(((1,),)))
a = reprlib.Repr()
a.maxlevel = 2
a.maxlist = 3
a.maxtuple = 2
a.maxdict = 1
a.fillvalue = "<more>"
print(a.repr([1, [2, [3, [4]]], 5, 6]), a.repr((1, 2, 3)), a.repr({1: 2, 3: 4}), a.repr([[[]]]))
a.maxlevel = 0
print(a.repr([1]), a.repr([]), a.repr({1: 2}), a.repr({}), a.repr((1,)))
