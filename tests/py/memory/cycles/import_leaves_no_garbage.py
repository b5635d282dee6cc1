# Importing modules that CPython imports at startup (types, functools, copy, ...) leaves no
# cyclic garbage: the first gc.collect() after them finds nothing.
import gc

import copy
import difflib
import functools
import graphlib
import pprint
import types

print(gc.collect())
print(types.MethodType, types.MemberDescriptorType, types.FunctionType)
