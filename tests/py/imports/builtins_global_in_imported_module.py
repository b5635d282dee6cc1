# An imported module's __builtins__ is the builtins module's dict (importlib execs the module's
# code in its namespace, and exec puts the builtins dict there); only __main__ holds the module.
import builtins

import builtins_global_helper as h

print(h.kind, h.same_dict, h.func_builtins, h.via_attribute)
print(type(__builtins__).__name__, __builtins__ is builtins)
ns = {}
exec("x = 1", ns)
print(type(ns["__builtins__"]).__name__, ns["__builtins__"] is builtins.__dict__)
