# _abc_impl state, _dump_registry-style introspection and cache clearing
import abc
import _abc


class A(abc.ABC):
    pass


class B:
    pass


A.register(B)
reg, cache, neg, version = _abc._get_dump(A)
print(len(reg), [r() is B for r in reg], len(cache), len(neg), isinstance(version, int))
print(issubclass(B, A), issubclass(int, A), [len(s) for s in _abc._get_dump(A)[:3]])
A._abc_caches_clear()
print([len(s) for s in _abc._get_dump(A)[:3]])
A._abc_registry_clear()
print(issubclass(B, A), type(A._abc_impl).__name__, type(A._abc_impl).__module__)
try:
    _abc._abc_instancecheck(int, 3)
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
