import random

r = random.Random(77)
g1 = r.gauss()
state = r.getstate()
print(state[0], state[2] is not None, len(state[1]))
g2 = r.gauss()
r.setstate(state)
print(g2 == r.gauss())
r.seed(77)
print(r.gauss() == g1, r.gauss_next is not None)
r.seed(77)
print(r.gauss_next)
