class A:
    def __init__(self): self.value = 1
    def __getattr__(self, n): return object.__getattribute__(self, n)
try: A().valeu
except AttributeError as e: print(e, e.name)
class B:
    def __getattribute__(self, n):
        return object.__getattribute__(self, n)
B.x = 1
try: B().y
except AttributeError as e: print(e, e.name)
A().valeu
