# __class__ may be switched between ModuleType and its subclasses (the lazy-module idiom of mpmath et al.)
import sys, types
class M(types.ModuleType):
    def __getattr__(self, name):
        return "lazy:" + name
    @property
    def answer(self):
        return 42
mod = types.ModuleType("mm")
mod.x = 1
mod.__class__ = M
print(type(mod).__name__, mod.x, mod.answer, mod.nothing, isinstance(mod, types.ModuleType))
mod.__class__ = types.ModuleType
print(type(mod).__name__, mod.x)
sys.modules[__name__].__class__ = M
me = sys.modules[__name__]
print(me.answer, me.whatever, type(me).__name__)
class Plain: pass
try:
    mod.__class__ = Plain
except TypeError as e:
    print(e)
class Slotted(types.ModuleType):
    __slots__ = ("a",)
try:
    mod.__class__ = Slotted
except TypeError as e:
    print(e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(e)
