def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return increment, reset

inc, reset = make_counter(10)
print(inc(), inc(), inc(5))
reset()
print(inc())
inc2, _ = make_counter()
print(inc2(), inc(), inc2())
print(inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
