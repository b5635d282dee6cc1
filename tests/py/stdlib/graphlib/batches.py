# prepare/get_ready/done/is_active drive a parallel schedule; misuse raises ValueError
from graphlib import TopologicalSorter

ts = TopologicalSorter({"app": ["lib", "cfg"], "lib": ["core"], "cfg": ["core"], "tests": ["app"], "docs": []})
ts.prepare()
step = 0
while ts.is_active():
    ready = ts.get_ready()
    print(step, ready, bool(ts))
    for node in ready:
        ts.done(node)
    step += 1
print(ts.get_ready(), ts.is_active())


def attempt(label, fn, *args):
    try:
        print(label, fn(*args))
    except ValueError as e:
        print(label, type(e).__name__, e)


t = TopologicalSorter()
attempt("get_ready early", t.get_ready)
attempt("is_active early", t.is_active)
attempt("done early", t.done, 1)
attempt("bool early", bool, t)
t.add("b", "a")
t.prepare()
attempt("prepare twice", t.prepare)
attempt("add late", t.add, "c")
attempt("done unknown", t.done, "zz")
attempt("done not ready", t.done, "b")
print(t.get_ready())
t.done("a")
attempt("done twice", t.done, "a")
print(t.get_ready(), t.is_active())
t.done("b")
print(t.is_active(), t.get_ready())
u = TopologicalSorter({1: [2]})
u.prepare()
print(u.get_ready())
u.done(2)
u.done()
print(u.get_ready(), u.is_active())
