# Exceptions in loops: raising and catching built-in and user exceptions, finally, re-raise.
class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(f"bad {field}: {value!r}")
        self.field = field


def parse(item):
    if item % 7 == 0:
        raise ValidationError("item", item)
    if item % 11 == 0:
        raise KeyError(item)
    return item * 2


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return -1
    finally:
        d["calls"] = d.get("calls", 0) + 1


ok = bad = missing = 0
messages = 0
table = {i: i * i for i in range(0, 1000, 3)}
for i in range(500_000):
    try:
        ok += parse(i)
    except ValidationError as e:
        bad += 1
        if e.field == "item":
            messages += len(str(e))
    except KeyError:
        missing += 1
    v = lookup(table, i % 1000)
    if v < 0:
        try:
            int("x" + str(i % 10))
        except ValueError:
            missing -= 0
print(ok, bad, missing, messages, table["calls"])
