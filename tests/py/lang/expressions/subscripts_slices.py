s = "hello, world"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-5:-1], s[100:])
nums = list(range(10))
print(nums[2:8:2], nums[::-3], nums[-3:], nums[:0])
nums[1:3] = ["a", "b", "c"]
print(nums)
nums[::2] = [0] * len(nums[::2])
print(nums)
del nums[1::3]
print(nums)
t = (1, 2, 3, 4)
print(t[1:3], t[::-1])
grid = {(0, 0): "origin", (1, 2): "point"}
print(grid[1, 2], grid[(0, 0)])
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1], p[1:2], p[1:2:3], p[::], p[1, 2:3], p[...])
try:
    nums[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
