def f():
    class E(Exception): pass
    class G(ExceptionGroup): pass
    return E, G
E, G = f()
print(repr(E(1)), repr(G('m', [E(2)])))
class O:
    class Inner(Exception): pass
print(repr(O.Inner('x')))
try:
    raise O.Inner("boom")
except Exception as e:
    import traceback; traceback.print_exc()
raise E(5)
