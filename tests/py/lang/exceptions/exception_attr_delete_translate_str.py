for attr in ('__cause__', '__context__', 'args', '__traceback__', '__suppress_context__', '__notes__', '__dict__'):
    e = Exception(1)
    try:
        delattr(e, attr); print(attr, "deleted")
    except (TypeError, AttributeError) as err: print(attr, type(err).__name__, err)
e = Exception()
try: e.__cause__ = 1
except TypeError as err: print(err)
try: e.__context__ = 1
except TypeError as err: print(err)
try: e.__traceback__ = 1
except TypeError as err: print(err)
e.args = [1, 2]; print(e.args)
class A: pass
try: object.__getattribute__(A(), 'bluch')
except AttributeError as err: print(err.name, type(err.obj).__name__)
try: getattr(A(), 'zz')
except AttributeError as err: print(err.name, type(err.obj).__name__)
u = UnicodeTranslateError('xxxx', 1, 5, 'foo')
print(str(u)); u.start = 2; print(str(u))
u = UnicodeEncodeError('ascii', 'xxxx', 1, 5, 'foo'); print(str(u))
u = UnicodeDecodeError('ascii', b'xxxx', 1, 2, 'foo'); print(str(u))
print(str(UnicodeTranslateError('\u20ac', 0, 1, 'r')))
