import sys
for f in (lambda: print >> sys.stderr, lambda: print >> 1, lambda: len >> 1, lambda: print << 1, lambda: print + 1):
    try:
        f()
    except TypeError as e:
        print(e)
def g():
    x = print
    x >>= 5
try:
    g()
except TypeError as e:
    print(e)
print >> sys.stderr, "hello"
