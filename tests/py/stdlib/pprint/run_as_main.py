# 'python -m pprint' runs pprint._perfcheck(), which in Python 3.11 calls _safe_repr with one
# argument too many and stops with a TypeError before printing anything.
import runpy

try:
    runpy.run_module('pprint', run_name='__main__')
except TypeError as e:
    print(type(e).__name__, e)
try:
    import pprint
    pprint._perfcheck([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
