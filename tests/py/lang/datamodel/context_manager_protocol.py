class Timer:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append("start")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"stop {exc_type.__name__ if exc_type else 'ok'}")
        return exc_type is KeyError

log = []
with Timer(log):
    pass
with Timer(log):
    raise KeyError("swallowed")
try:
    with Timer(log):
        raise ValueError("escapes")
except ValueError:
    log.append("caught ValueError")
print(log)

class Reentrant:
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth
    def __exit__(self, *a):
        Reentrant.depth -= 1
r = Reentrant()
with r as a:
    with r as b:
        print(a, b, Reentrant.depth)
print(Reentrant.depth)
