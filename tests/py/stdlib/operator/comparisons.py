import operator

pairs = [(1, 2), (2, 2), (3, 2), ("a", "b"), ((1, 2), (1, 3)), (1.0, 1), (None, None)]
for a, b in pairs:
    row = []
    for name in ["lt", "le", "eq", "ne", "ge", "gt"]:
        try:
            row.append(getattr(operator, name)(a, b))
        except TypeError as e:
            row.append("TypeError")
    print(a, b, row)
print(operator.is_(None, None), operator.is_([], []), operator.is_not(1, None), operator.not_([]), operator.not_(0.0), operator.truth("x"))
class C:
    def __eq__(self, other):
        return "custom-eq"
    def __lt__(self, other):
        return NotImplemented
print(operator.eq(C(), 1), operator.ne(C(), 1))
try:
    operator.lt(C(), C())
except TypeError as e:
    print("TypeError", e)
print(sorted([3, 1, 2], key=operator.neg), list(map(operator.eq, [1, 2, 3], [1, 0, 3])))
