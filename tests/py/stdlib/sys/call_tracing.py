# sys.call_tracing(func, args) calls func(*args); args must be a tuple.
import sys

print(sys.call_tracing(max, (3, 9, 4)))
print(sys.call_tracing(dict, ()))
for bad in (2, [1], "ab", None):
    try:
        sys.call_tracing(type, bad)
    except TypeError as e:
        print(e)
try:
    sys.call_tracing(len)
except TypeError as e:
    print(e)
