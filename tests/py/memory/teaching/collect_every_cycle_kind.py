# gc.collect() counts for a self-cycle of every kind of container and object: lists, dicts,
# instances with and without __dict__/__slots__, closures, bound methods, frames, classes,
# generators, coroutines, deques, partials, properties, iterators, modules, cells.
import gc, sys
gc.disable()
gc.collect()
def cyc(make):
    make()
    return gc.collect()
class A: pass
class S:
    __slots__ = ("o",)
class SW:
    __slots__ = ("o", "__weakref__")
class SD:
    __slots__ = ("o", "__dict__")
def mk_list():
    l = []; l.append(l)
def mk_dict():
    d = {}; d["d"] = d
def mk_set_tuple():
    l = []; t = (l,); l.append(t)
def mk_inst():
    a = A(); a.a = a
def mk_inst2():
    a = A(); b = A(); a.b = b; b.a = a
def mk_slots():
    s = S(); s.o = s
def mk_slotsw():
    s = SW(); s.o = s
def mk_slotsd():
    s = SD(); s.o = s; s.x = s
def mk_closure():
    def f(): return f
def mk_bound():
    a = A(); a.m = a.__init__
def mk_frame():
    try: raise ValueError
    except ValueError as e: err = e
def mk_frame2():
    f = sys._getframe(); 
def mk_class():
    class C: pass
def mk_class2():
    class C:
        def m(self): pass
    C.me = C
def mk_gen():
    def g():
        yield 1
    x = g(); x.gi_frame.f_locals
    l = [x]; l.append(l)
def mk_gen2():
    def g():
        me = yield
        yield
    x = g(); next(x); x.send(x)
def mk_coro():
    async def c(): pass
    co = c(); l = [co, None]; l[1] = l; co.close()
def mk_deque():
    import collections
    d = collections.deque(); d.append(d)
def mk_od():
    import collections
    d = collections.OrderedDict(); d['x'] = d
def mk_dd():
    import collections
    d = collections.defaultdict(list); d['x'] = d
def mk_partial():
    import functools
    l = []; p = functools.partial(print, l); l.append(p)
def mk_property():
    p = [None]; pr = property(lambda s: p); p[0] = pr
def mk_exc_tb():
    def inner():
        raise KeyError("k")
    try: inner()
    except KeyError as e:
        e.keep = e
def mk_module():
    import types
    m = types.ModuleType("m"); m.m = m
def mk_cell():
    x = None
    def f(): return x
    x = f
def mk_method_cycle():
    class B:
        def __init__(self): self.cb = self.go
        def go(self): pass
    B()
def mk_dict_keys_view():
    d = {}; d['v'] = d.keys()
def mk_iter():
    l = []; l.append(iter(l))
def mk_super():
    class C:
        def f(self): return super()
    c = C(); c.s = c.f()
def mk_staticmethod():
    l = []; s = staticmethod(l); l.append(s)
def mk_classmethod():
    l = []; s = classmethod(l); l.append(s)
def mk_weakref_cb():
    import weakref
    a = A(); a.r = weakref.ref(a, lambda r: None)
def mk_memberdesc():
    l = []; l.append(l.__iadd__)
def mk_slice():
    l = []; l.append(slice(l))
def mk_enumerate():
    l = []; l.append(enumerate(l))
def mk_zip():
    l = []; l.append(zip(l))
def mk_map():
    l = []; l.append(map(len, l))
def mk_reversed():
    l = []; l.append(reversed(l))
def mk_range_iter():
    l = []; l.append(iter(range(3))); l.append(l)
def mk_lambda_default():
    l = []; f = lambda x=l: x; l.append(f)
def mk_nested_tuple_cycle():
    l = []; t = ((l,),); l.append(t)
def mk_set():
    class H: pass
    h = H(); s = {h}; h.s = s
def mk_frozenset():
    class H: pass
    h = H(); s = frozenset([h]); h.s = s
for name, fn in list(globals().items()):
    if name.startswith("mk_"):
        print(name, cyc(fn))
print(gc.get_count())
print(gc.collect(), gc.collect())
