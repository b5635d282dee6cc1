import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")


print(json.dumps([Point(1, 2), {3, 1, 2}, frozenset("ba")], default=enc))
print(json.dumps({"p": Point(0, Point(5, 6))}, default=enc, indent=1))
try:
    json.dumps([1j], default=enc)
except TypeError as e:
    print("TypeError:", e)


class Loop:
    pass


loop = Loop()
try:
    json.dumps(loop, default=lambda o: o)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(loop, default=lambda o: [o])
except ValueError as e:
    print("ValueError:", e)
print(json.dumps(Point(1, 2), default=vars, sort_keys=True))
print(json.dumps(Point(1, 2), default=lambda o: o.__dict__, separators=(",", ":")))
