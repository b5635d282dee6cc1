# A for loop holds an iterator, which holds the list.
import sys

lst = [1, 2, 3]
base = sys.getrefcount(lst)
for x in lst:
    inside = sys.getrefcount(lst) - base
print("extra refs during the loop:", inside)
print("after the loop:", sys.getrefcount(lst) - base)
gen = (y for y in lst)
print("unstarted generator expression holds an iterator:", sys.getrefcount(lst) - base)
next(gen)
print("started:", sys.getrefcount(lst) - base)
del gen
print("released:", sys.getrefcount(lst) - base)
