# An exception from __set_name__ becomes RuntimeError("Error calling __set_name__ ...") caused by it.
class D:
    def __set_name__(self, owner, name):
        raise ValueError("boom " + name)
try:
    class C:
        attr = D()
except Exception as e:
    print(type(e).__name__, e, "|", repr(e.__cause__), e.__suppress_context__)
class C2:
    attr = D()
