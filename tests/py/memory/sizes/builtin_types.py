# sys.getsizeof of builtin types in their common states (64-bit CPython 3.11 layouts).
import sys, gc, collections, array, functools, types
def p(name, o):
    try:
        print(name, sys.getsizeof(o))
    except Exception as e:
        print(name, "ERR", type(e).__name__, e)
L = [1,2,3]
p("list_iter", iter(L)); p("list_reviter", reversed(L))
p("tuple_iter", iter((1,2))); p("range_iter", iter(range(10))); p("longrange_iter", iter(range(2**70)))
p("range", range(10)); p("set_iter", iter({1})); p("dict_iter", iter({1:2}))
d={1:2}
p("keys", d.keys()); p("values", d.values()); p("items", d.items())
p("keys_iter", iter(d.keys())); p("values_iter", iter(d.values())); p("items_iter", iter(d.items()))
p("rev_keys_iter", reversed(d.keys()))
p("enumerate", enumerate(L)); p("zip", zip(L,L)); p("zip3", zip(L,L,L)); p("map", map(str,L)); p("filter", filter(None,L)); p("reversed_seq", reversed("abc"))
p("str_iter", iter("abc")); p("bytes_iter", iter(b"ab")); p("bytearray_iter", iter(bytearray(b"ab")))
p("property", property()); p("classmethod", classmethod(len)); p("staticmethod", staticmethod(len))
def f(): pass
def outer():
    x = 1
    def inner(): return x
    return inner
p("function", f); p("closure", outer()); p("cell", outer().__closure__[0])
p("code", f.__code__); p("code_outer", outer.__code__)
class C:
    def m(self): pass
p("bound", C().m); p("builtin_bound", [].append); p("builtin_fn", len)
p("frame", sys._getframe())
def g(): return sys._getframe()
p("frame2", g())
p("module", sys); p("module_types", types)
def gen(): yield 1
p("gen", gen())
async def co(): pass
c = co(); p("coro", c); c.close()
p("slice", slice(1,2)); p("super", super(C, C()))
p("type_C", C)
class S: __slots__=('a','b')
p("type_S", S); p("inst_S", S())
class M:
    def a(self): pass
    def b(self): pass
    def c(self): pass
p("type_M", M)
p("exc", Exception()); p("exc_args", Exception(1,2,3))
try: 1/0
except Exception as e:
    p("exc_tb", e); p("tb", e.__traceback__)
p("object", object()); p("None", None); p("Ellipsis", ...); p("NotImpl", NotImplemented)
p("int0", 0); p("int1", 1); p("int-1", -1)
for k in (29,30,31,59,60,61,89,90,91):
    p("2**%d"%k, 2**k); p("2**%d-1"%k, 2**k-1); p("-2**%d"%k, -2**k)
p("float", 1.5); p("complex", 1j); p("True", True); p("False", False)
p("str_empty",""); p("str_a","a"); p("str_ascii10","abcdefghij")
p("str_latin1","é"); p("str_latin1_5","éééé1"); p("str_ucs2","ā"); p("str_ucs2_3","āāā"); p("str_ucs4","𝄞"); p("str_ucs4_2","𝄞a")
s="héllo"; s.encode(); p("latin_after_encode", s)
s2="ā"*3; 
p("bytes", b""); p("bytes3", b"abc"); p("bytearray", bytearray()); p("bytearray3", bytearray(b"abc"))
p("frozenset", frozenset()); p("frozenset5", frozenset(range(5))); p("frozenset10", frozenset(range(10)))
p("set", set()); p("dict", {}); p("tuple", ()); p("tuple3", (1,2,3)); p("list", [])
p("deque", collections.deque()); p("OrderedDict", collections.OrderedDict()); p("defaultdict", collections.defaultdict())
p("Counter", collections.Counter())
p("partial", functools.partial(f)); p("array", array.array('i'))
p("weakref", __import__('weakref').ref(C))
p("mappingproxy", C.__dict__); p("getset", type.__dict__['__dict__'] if '__dict__' in type.__dict__ else None)
p("method_descr", str.join); p("wrapper_descr", object.__init__); p("method-wrapper", object().__init__)
p("member_descr", S.a)
p("namespace", types.SimpleNamespace()); p("classmethod_descr", dict.__dict__['fromkeys'])
p("NoneType", type(None)); p("type_type", type); p("int_type", int)
p("iter_callable", iter(f, 1))
import itertools
p("count", itertools.count()); p("chain", itertools.chain()); p("islice", itertools.islice(L, 2)); p("repeat", itertools.repeat(1))
p("cycle", itertools.cycle(L)); p("product", itertools.product(L, L)); p("permutations", itertools.permutations(L)); p("combinations", itertools.combinations(L,2))
p("groupby", itertools.groupby(L)); p("accumulate", itertools.accumulate(L)); p("zip_longest", itertools.zip_longest(L,L)); p("starmap", itertools.starmap(f, [])); p("tee", itertools.tee(L)[0])
p("takewhile", itertools.takewhile(f, L)); p("pairwise", itertools.pairwise(L)); p("compress", itertools.compress(L,L))
p("gen_expr", (x for x in L)); p("listcomp_code", [x for x in L])
p("staticmethod_descr", staticmethod(f)); p("cm_f", classmethod(f))
p("ellipsis_type", type(...))
p("StopIteration", StopIteration(1)); p("OSError", OSError(2, "x")); p("KeyError", KeyError(1)); p("SyntaxError", SyntaxError("x")); p("UnicodeDecodeError", UnicodeDecodeError("utf-8", b"x", 0, 1, "r")); p("ImportError", ImportError("x")); p("SystemExit", SystemExit(1)); p("BaseExceptionGroup", ExceptionGroup("x",[ValueError()])); p("AttributeError", AttributeError("x")); p("NameError", NameError("x"))
