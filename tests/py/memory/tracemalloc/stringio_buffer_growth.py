# io.StringIO's memory as CPython 3.11's stringio.c keeps it: an empty StringIO accumulates the
# str objects written at its end in a list (_PyAccu: the strs themselves, referenced, so
# getvalue() of one write is that str); getvalue() joins them and starts a new list with the
# result; writing elsewhere, readline, iteration or truncate join them into a Py_UCS4 buffer
# (4 bytes a character, grown by resize_buffer's rule), where the text then stays. The list is
# a GC object (gc.get_count), the buffer is not; sys.getsizeof counts neither.
import gc
import io
import sys
import tracemalloc

tracemalloc.start()


def traced():
    return tracemalloc.get_traced_memory()[0]


def show(label, before, s):
    print(label, traced() - before, sys.getsizeof(s))


b = traced()
s = io.StringIO()
show("new", b, s)
for n in [1, 10, 100, 1000, 10000]:
    b = traced()
    s.write("x" * n)
    show("write %d" % n, b, s)
b = traced()
v = s.getvalue()
show("getvalue", b, s)
del v
b = traced()
s.write("\xe9")
show("write latin-1", b, s)
b = traced()
s.write("\u20ac")
show("write ucs2", b, s)
b = traced()
s.seek(0)
s.write("Z")
show("overwrite (realize)", b, s)
b = traced()
s.truncate(10)
show("truncate", b, s)
b = traced()
s.seek(0, 2)
s.write("abc" * 20)
show("append realized", b, s)
b = traced()
s.close()
show("close", b, s)

b = traced()
s2 = io.StringIO("hello" * 100)
show("initial value", b, s2)
b = traced()
s2.seek(0, 2)
s2.write("abc")
show("append", b, s2)
b = traced()
s2.seek(0)
r = s2.read()
show("read", b, s2)
del r

s3 = io.StringIO()
b = traced()
for i in range(50):
    s3.write("line %d\n" % i)
show("lines", b, s3)
b = traced()
first = s3.readline()
show("readline", b, s3)
b = traced()
rest = list(s3)
del rest
show("iterate", b, s3)

s4 = io.StringIO()
s4.write("abc" * 50)
b = traced()
s4.seek(0)
r = s4.read()
show("seek(0) read()", b, s4)
del r
b = traced()
state = s4.__getstate__()
show("getstate", b, s4)
s5 = io.StringIO()
b = traced()
s5.__setstate__(state)
show("setstate", b, s5)

tracemalloc.reset_peak()
b = traced()
s6 = io.StringIO()
for i in range(200):
    s6.write("%d," % i)
v = s6.getvalue()
print("peak over", tracemalloc.get_traced_memory()[1] - b)
b = traced()
del s6
print("freed", b - traced())

t = "abc" * 10
s7 = io.StringIO()
print("refs", sys.getrefcount(t))
s7.write(t)
print("refs after write", sys.getrefcount(t))
v = s7.getvalue()
print("getvalue is the str", v is t, sys.getrefcount(t))
s7.write(t)
v2 = s7.getvalue()
print("refs after second getvalue", sys.getrefcount(t), sys.getrefcount(v2))
gc.collect()
before = gc.get_count()[0]
s8 = io.StringIO()
print("gc count of a new StringIO", gc.get_count()[0] - before)
s8.write("q" * 5)
s8.seek(0)
print("seek(0) read() is the str", s8.read() is s8.getvalue())
s9 = io.StringIO("abc")
s9.seek(0, 2)
s9.write(t)
print("copied into the buffer", sys.getrefcount(t))
