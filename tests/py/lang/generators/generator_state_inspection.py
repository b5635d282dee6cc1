def g():
    yield 1
    yield 2

def state(gen):
    if gen.gi_running:
        return "running"
    if gen.gi_frame is None:
        return "closed"
    if gen.gi_suspended:
        return "suspended"
    return "created"

it = g()
print(state(it))
next(it)
print(state(it))
print(it.gi_frame.f_lineno, it.gi_frame.f_code.co_name, it.gi_code.co_name)
list(it)
print(state(it))

def introspect():
    yield me.gi_running
me = introspect()
print(next(me))
