# A temporary's memory is free again as soon as it dies, so the next same-size object
# often lands at the same address.
print("id([]) == id([]):", id([]) == id([]))
print("id({}) == id({}):", id({}) == id({}))


class A:
    pass


print("id(A()) == id(A()):", id(A()) == id(A()))
print("different sizes:", id([]) == id(A()))
x = []
print("live object blocks reuse:", id(x) == id([]))
