# 3.11's xxHash-based tuple hash over items of every kind.
print(hash(()), hash((1,)), hash((1, 2, 3)), hash((-1,)), hash((-2,)))
print(hash((2**61 - 1,)), hash((2**61,)), hash((-(2**63),)), hash((2**100, -(2**100))))
print(hash(((1, 2), (3,))), hash(((),)), hash(("a", "b")), hash(("",)), hash((1.5, -2.25, 0.0)))
print(hash((True, False)), hash(tuple(range(100))), hash((((((1,),),),),)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1,)) == hash((True,)))
d = {(1, 2): "a", (1, 2.0): "b"}
print(d, {(i, j) for i in range(3) for j in range(2)})
try:
    hash(([],))
except TypeError as e:
    print(e)
try:
    hash((1, {}))
except TypeError as e:
    print(e)
