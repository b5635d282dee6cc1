# Many small objects: instances with attributes created and dropped.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(n):
    pts = []
    for i in range(n):
        pts.append(Point(i, i * 2))
    return pts


acc = 0
for _ in range(30):
    pts = make(50_000)
    for p in pts:
        acc += p.x + p.y
print(acc)
