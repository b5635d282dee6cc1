# RecursionError depths with and without setrecursionlimit, in __repr__/__eq__/__getattr__,
# generators, json, sorted keys, lru_cache; recursive containers' reprs.
import sys
def depth():
    n = 0
    f = sys._getframe()
    while f: n += 1; f = f.f_back
    return n
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("plain", e)
deepest = 0
def rec2(n):
    global deepest
    deepest = n
    rec2(n + 1)
try: rec2(1)
except RecursionError: print("reached", deepest)
sys.setrecursionlimit(100)
try: rec2(1)
except RecursionError: print("reached@100", deepest)
sys.setrecursionlimit(5000)
try: rec2(1)
except RecursionError: print("reached@5000", deepest)
sys.setrecursionlimit(1000)
class R:
    def __repr__(self): return repr(self)
try: repr(R())
except RecursionError as e: print("repr", e)
class E:
    def __eq__(self, o): return self == o
try: E() == E()
except RecursionError as e: print("eq", e)
class G:
    def __getattr__(self, n): return self.x
try: G().y
except RecursionError as e: print("getattr", e)
def gen(n):
    yield from gen(n + 1)
try: next(gen(0))
except RecursionError as e: print("gen", e)
l = []
l.append(l)
print(repr(l))
d = {}; d[1] = d; print(d)
nested = []
for i in range(200): nested = [nested]
print(str(nested)[:20])
import json
x = []
for i in range(2000): x = [x]
try: json.dumps(x)
except RecursionError as e: print("json", e)
def count_depth():
    c = 0
    def r():
        nonlocal c
        c += 1
        r()
    try: r()
    except RecursionError: pass
    return c
print("count", count_depth())
print(sys.getrecursionlimit())
try: sys.setrecursionlimit(0)
except ValueError as e: print(e)
def f(): return depth()
print("depth", depth(), f())
sys.setrecursionlimit(50)
try:
    sys.setrecursionlimit(3)
except RecursionError as e: print("lowlimit", e)
sys.setrecursionlimit(1000)
import functools
@functools.lru_cache(None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
try: print(fib(600) % 1000)
except RecursionError as e: print("lru", e)
def mutual_a(n): return mutual_b(n + 1)
def mutual_b(n): return mutual_a(n + 1)
try: mutual_a(0)
except RecursionError as e: print("mutual", type(e).__name__)
try:
    eval("(" * 300 + ")" * 300)
    print("parens ok")
except (RecursionError, SyntaxError, MemoryError) as e: print("parens", type(e).__name__, e)
try:
    eval("-" * 100000 + "1")
except (RecursionError, SyntaxError, MemoryError) as e: print("unary", type(e).__name__, e)
print(sorted([3, 1, 2], key=lambda v: v))
def sk(v): return sk(v)
try: sorted([1, 2], key=sk)
except RecursionError as e: print("sorted key", e)
