import operator

m = operator.methodcaller("upper")
print(m("abc"), repr(m))
m2 = operator.methodcaller("split", ",", maxsplit=1)
print(m2("a,b,c"), repr(m2))
m3 = operator.methodcaller("replace", "a", "b")
print(m3("banana"), repr(m3))
print(m.__reduce__(), m3.__reduce__())
print(list(map(operator.methodcaller("bit_length"), [1, 255, 1024])))
class C:
    def f(self, *args, **kw):
        return args, sorted(kw.items())
print(operator.methodcaller("f", 1, 2, a=3, b=4)(C()), repr(operator.methodcaller("f", [1], k={"x": 1})))
for bad in [lambda: operator.methodcaller(), lambda: operator.methodcaller(1), lambda: m(), lambda: m("a", "b"),
            lambda: operator.methodcaller("nope")(1), lambda: m(x=1), lambda: operator.methodcaller(name="x")]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
