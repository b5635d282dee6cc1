# obj.__class__ = C is refused unless the two classes' instance layouts agree (same __slots__
# names in order, same dict/weakref slots): CPython's compatible_for_assignment.
class Int(int): __slots__ = []
class G(object):
    __slots__ = ["a", "b"]
class H(object):
    __slots__ = ["b", "a"]
class I(object):
    __slots__ = ["a", "b"]
class J(object):
    __slots__ = ["c", "b"]
class K(object):
    __slots__ = ["a", "b", "d"]
class L(H):
    __slots__ = ["e"]
class M(I):
    __slots__ = ["e"]
class N(J):
    __slots__ = ["__weakref__"]
class P(J):
    __slots__ = ["__dict__"]
class Q(J):
    pass
class R(J):
    __slots__ = ["__dict__", "__weakref__"]
for cls in G, J, K, L, M, N, P, R, Q, list, Int:
    for cls2 in G, J, K, L, M, N, P, R, Q, list, Int:
        if cls is cls2:
            continue
        try:
            x = cls(); x.__class__ = cls2; print("allowed", cls.__name__, cls2.__name__)
        except TypeError as e:
            print(cls.__name__, cls2.__name__, e)
for c in (G, J, N, P, Q, R):
    print(c.__name__, c.__basicsize__, c.__dictoffset__, c.__weakrefoffset__)
