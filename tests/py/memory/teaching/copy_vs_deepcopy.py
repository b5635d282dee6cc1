import copy

# Shallow copies share the inner objects; deep copies do not.
inner = [1, 2]
outer = [inner, inner, "text"]
shallow = copy.copy(outer)
deep = copy.deepcopy(outer)
print(shallow is outer, shallow[0] is inner, shallow[2] is outer[2])
print(deep[0] is inner, deep[0] is deep[1], deep[2] is outer[2])
inner.append(3)
print(shallow, deep)
sliced = outer[:]
print(sliced[0] is inner)
t = (1, 2, [3])
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, 2, 3)
print(copy.deepcopy(t2) is t2)
