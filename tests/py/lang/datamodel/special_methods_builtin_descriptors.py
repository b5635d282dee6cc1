# Special methods that are builtin method descriptors (dict.get, list.count, ...) set on a class:
# CPython calls them with self as the first argument (vectorcall_method), without making a bound
# builtin method, so nothing is allocated for the call itself (tracemalloc's peak shows it), and
# a descriptor of an unrelated type says so with descr_check's message.
import tracemalloc


class D(dict):
    __getitem__ = dict.get


class L(list):
    __contains__ = list.count
    __len__ = list.__len__


class S(str):
    __getitem__ = str.upper  # called with the subscript as its extra argument: TypeError


d = D(a=1)
print(d["a"], d["missing"], D.__getitem__)
lst = L([1, 2, 2])
print(2 in lst, 5 in lst, len(lst), bool(lst))
try:
    S("x")[0]
except TypeError as e:
    print("TypeError", e)


class Wrong:
    __getitem__ = dict.get
    __len__ = list.__len__


for f in (lambda: Wrong()["a"], lambda: len(Wrong())):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)

# the call allocates nothing: the peak stays where the traced memory is
tracemalloc.start()
keys = ["a", "missing"] * 50
before = tracemalloc.get_traced_memory()[0]
tracemalloc.reset_peak()
for k in keys:
    d[k]
    2 in lst
current, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
print("allocated during the calls:", peak - before, current - before)
