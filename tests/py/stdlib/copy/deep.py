# copy.deepcopy with recursion, memo, tuples, nested containers
import copy

l = [1, [2, 3]]
l.append(l)
m = copy.deepcopy(l)
print(m[2] is m, m[1] is l[1], m)
d = {"a": [1], "b": {"c": (1, [2])}}
e = copy.deepcopy(d)
print(e, e["a"] is d["a"], e["b"]["c"][1] is d["b"]["c"][1])
t = (1, 2, (3,))
print(copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)
memo = {}
x = [1]
y = copy.deepcopy(x, memo)
print(id(x) in memo, memo[id(x)] is y)


class Node:
    def __init__(self):
        self.parent = None
        self.children = []


root = Node()
kid = Node()
kid.parent = root
root.children.append(kid)
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2 is not root)
