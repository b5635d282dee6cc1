# While a container holds an object, its id cannot be reused.
class A:
    pass


keep = []
ids = []
for _ in range(10):
    a = A()
    keep.append(a)
    ids.append(id(a))
print("all distinct while kept:", len(set(ids)) == 10)
keep.clear()
again = [id(A()) for _ in range(10)]
print("temporaries reuse one block:", len(set(again)) == 1)
