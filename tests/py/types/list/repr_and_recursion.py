# list reprs, including self-references.
l = [1, "two", 3.0, None, (4,), [5, [6]]]
print(l, repr(l), str(l))
l.append(l)
print(l)
m = [l, [l]]
print(m)
a = []
b = [a]
a.append(b)
print(a, b)


class R:
    def __repr__(self):
        return "R!"


print([R(), [R()]])
print([[]] * 3, [[]] * 0)
