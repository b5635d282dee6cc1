# ExitStack: LIFO unwinding, callbacks, pop_all, exception chaining, suppression
from contextlib import ExitStack


class R:
    def __init__(self, n, suppress=False):
        self.n = n
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.n)
        return self.n

    def __exit__(self, et, ev, tb):
        print("exit", self.n, et.__name__ if et else None)
        return self.suppress


with ExitStack() as st:
    vals = [st.enter_context(R(i)) for i in range(3)]
    st.callback(print, "callback", 42)
    st.push(lambda *a: print("pushed exit", a[0]))
    print(vals)
try:
    with ExitStack() as st:
        st.enter_context(R(9))
        raise RuntimeError("x")
except RuntimeError as e:
    print("RuntimeError", e)
with ExitStack() as st:
    st.enter_context(R("s", suppress=True))
    raise KeyError("suppressed")
print("suppressed ok")
st = ExitStack()
st.callback(print, "later")
st2 = st.pop_all()
st.close()
print("between")
st2.close()
try:
    with ExitStack() as st:
        st.enter_context(3)
except TypeError as e:
    print("TypeError", e)


def bad_exit(*a):
    raise ValueError("from exit")


try:
    with ExitStack() as st:
        st.push(bad_exit)
        st.callback(print, "first callback")
        raise IndexError("body")
except ValueError as e:
    print("ValueError", e, type(e.__context__).__name__)
