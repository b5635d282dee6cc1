class Table:
    size = 3
    rows = [list(range(size)) for _ in range(2)]
    try:
        cols = [size for _ in range(2)]
    except NameError as e:
        cols = str(e)
print(Table.rows)
print(Table.cols)

class Outer:
    val = 10
    class Inner:
        try:
            seen = val
        except NameError as e:
            seen = "NameError: " + str(e)
print(Outer.Inner.seen)
