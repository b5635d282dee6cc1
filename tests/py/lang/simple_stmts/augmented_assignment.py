nums = [1, 2]
alias = nums
nums += [3]
print(nums, alias, nums is alias)
t = (1, 2)
talias = t
t += (3,)
print(t, talias, t is talias)
s = "ab"
s *= 3
print(s)
class Box:
    def __init__(self):
        self.v = 1
b = Box()
b.v <<= 3
print(b.v)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 5
print(grid)
counter = {"a": 1}
counter["a"] *= 10
print(counter)
class Tracked(list):
    def __iadd__(self, other):
        print("iadd called")
        return super().__iadd__(other)
tl = Tracked([1])
tl += [2]
print(tl, type(tl).__name__)
