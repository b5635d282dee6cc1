# types.CellType(contents) builds a cell; with no argument the cell is empty.
import types

C = types.CellType
c = C(35)
print(c.cell_contents, type(c).__name__)
e = C()
try:
    e.cell_contents
except ValueError as ex:
    print("empty:", ex)
e.cell_contents = 5
print(e.cell_contents, C(1) == C(1), C(1) < C(2), C() < C(0))
for a, k in [((1, 2), {}), ((), {"x": 1})]:
    try:
        C(*a, **k)
    except TypeError as ex:
        print(ex)


def three():
    a = b = c = None

    def inner():
        print(a, b, c)

    return inner


f = three()
exec(f.__code__, {}, closure=(C(1), C(2), f.__closure__[2]))
