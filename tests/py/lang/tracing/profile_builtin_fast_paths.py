# The CALL instruction's fast paths for builtins (isinstance, super(), a builtin method found by
# LOAD_METHOD) are taken under the trace recorder but not under sys.setprofile, whose function
# gets c_call/c_return around each of them, nor sys.settrace; results and events as python3's.
import sys


class Base:
    def __init__(self, v):
        self.v = v


class Child(Base):
    def __init__(self, v):
        super().__init__(v * 2)


def work():
    items = []
    items.append(Child(1).v)
    d = {"a": 1}
    items.append(d.get("a"))
    items.append(isinstance(items, list))
    items.append("x,y".split(","))
    return items


events = []


def prof(frame, event, arg):
    name = getattr(arg, "__name__", None) if event.startswith("c_") else None
    events.append((event, frame.f_code.co_name, name))


def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer


print(work())
sys.setprofile(prof)
r = work()
sys.setprofile(None)
print(r)
for e in events:
    print(*e)
events.clear()
sys.settrace(tracer)
r = work()
sys.settrace(None)
print(r)
for e in events:
    print(*e)
