# sys.getsizeof of code objects (CPython 3.11 counts the adaptive bytecode: instructions,
# inline caches, PRECALLs, EXTENDED_ARGs) and of frame objects (header + locals and stack).
import sys

gs = sys.getsizeof


def empty():
    pass


def calls(a, b):
    return len(a) + max(a, b) + min(b, a)


def attrs(o):
    o.x = o.y.z
    return o.method(1, 2)[0]


def loops(n):
    total = 0
    for i in range(n):
        while total < i:
            total += 1
            if total % 3 == 0:
                continue
    return total


def with_cells():
    a = b = 1

    def inner():
        return a + b

    return inner


def many_constants():
    return [
        0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, "a", "b", "c", "d", "e", "f", "g",
    ]


source = "def big():\n" + "".join(f"    v{i} = {i * 1000}\n" for i in range(300)) + "    return v0\n"
namespace = {}
exec(source, namespace)
big = namespace["big"]

source = "def long_jump(x):\n    if x:\n" + "".join(f"        x = x + {i}\n" for i in range(200)) + "    return x\n"
exec(source, namespace)
long_jump = namespace["long_jump"]

for f in (empty, calls, attrs, loops, with_cells, with_cells(), many_constants, big, long_jump):
    c = f.__code__
    print(c.co_name, gs(c), c.co_stacksize, c.co_nlocals)
print(gs(compile("x = 1", "<s>", "exec")), gs(compile("x", "<s>", "eval")))
print(gs(compile("for i in range(3):\n  print(i)\n", "<s>", "exec")))


def frame_here(a, b=2, *args, **kw):
    x = 1
    return gs(sys._getframe())


def frame_returned():
    y = [1, 2]
    return sys._getframe()


def gen():
    local = 1
    yield sys._getframe()


print(frame_here(1), gs(frame_returned()), gs(sys._getframe()))
g = gen()
f = next(g)
print(gs(f), gs(g.gi_frame), f is g.gi_frame)
g.close()
print(gs(f))
try:
    calls(None, None)
except TypeError as e:
    tb = e.__traceback__
    print(gs(tb), gs(tb.tb_frame), gs(tb.tb_next.tb_frame))
    f = tb.tb_next.tb_frame
    f.clear()
    print(gs(f))
