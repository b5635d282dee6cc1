# sys.getrefcount of builtins across imports: a module python3 had imported at startup
# (collections, re, functools, enum, typing...) is already loaded, so importing it again only
# binds a name and the counts stay; a class the program defines adds its own references.
import sys

names = ["object", "int", "str", "len", "print", "type", "tuple", "dict", "list", "Exception",
         "ValueError", "isinstance", "property", "super", "classmethod", "staticmethod", "getattr"]


def show(label):
    print(f"{label:<24}", [sys.getrefcount(getattr(__builtins__, n)) for n in names])


show("at start")
import collections

show("import collections")
import re, functools, operator, io, os

show("re functools operator..")
import enum, types, weakref, copyreg, keyword, heapq, itertools, reprlib

show("enum types weakref..")
from collections import abc as cabc, OrderedDict

show("from collections ..")


class Point(tuple):
    pass


class Error(ValueError):
    pass


show("two classes")
del Point, Error
import gc

gc.collect()
show("classes collected")
C = type("C", (), {})
show("type('C', (), {})")
