# deepcopy memo keeps originals alive and returns the same copy for shared parts
import copy

a = [1, 2]
b = {"x": a, "y": a, "z": (a, a)}
c = copy.deepcopy(b)
print(c["x"] is c["y"], c["z"][0] is c["x"], c["z"][1] is c["y"])
memo = {}
copy.deepcopy([[1]], memo)
print(len(memo) >= 2, any(isinstance(v, list) and len(v) == 2 for v in memo.values()))
