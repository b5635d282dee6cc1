class A: pass
for args, kw in [((int, 1, 2), {}), ((), {'x': 1}), ((1,), {})]:
    try: super(*args, **kw)
    except TypeError as e: print(e)
    except RuntimeError as e: print("RT", e)
class S(super): pass
try: S(int, 1, 2)
except TypeError as e: print(e)
