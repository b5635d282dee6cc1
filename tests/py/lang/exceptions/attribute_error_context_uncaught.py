# An AttributeError leaving getattr learns .name and .obj (unless set); they drive "Did you mean".
class A:
    def __init__(self): self.value = 1
a = A()
try: a.valeu
except AttributeError as e: print(e.name, e.obj is a, repr(e))
e = AttributeError("x"); print(e.name, e.obj)
e = AttributeError("x", name="n", obj=5); print(e.name, e.obj)
class G:
    def __getattr__(self, n): raise AttributeError("custom")
try: G().foo
except AttributeError as e: print(e.name, type(e.obj).__name__)
a.valeu
