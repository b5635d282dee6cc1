# The empty tuple is a singleton; sizes grow by 8 bytes per item; tuple() of a tuple is itself.
import sys

e = ()
print(tuple() is e, tuple([]) is e, e[:] is e, (1, 2)[5:] is e, tuple(x for x in "") is e)
t = (1, 2, 3)
print(tuple(t) is t, t[:] is t, t[0:3] is t, t[0:2] is t, (t + ()) is t, (t * 1) is t)
print([sys.getsizeof(tuple(range(n))) for n in range(8)], sys.getsizeof((1, "a", None)))
print(sys.getsizeof(tuple(range(100))), sys.getsizeof(tuple("abc")))
big = tuple(range(1000))
print(len(big), big[-1], big[500:503], big.count(7), big.index(999))
