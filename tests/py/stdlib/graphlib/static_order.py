# TopologicalSorter.static_order gives python3's exact order
from graphlib import TopologicalSorter

graphs = [
    {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}},
    {2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]},
    {"a": []},
    {},
    {"x": ["y"], "y": ["z"], "z": []},
    {-2: [-1], -1: [0], 0: []},
    {"pastry": ["flour", "butter"], "bread": ["flour", "water", "yeast"], "toast": ["bread", "butter"]},
]
for g in graphs:
    print(list(TopologicalSorter(g).static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(2, 0, 1)
ts.add(0)
ts.add(3, 1)
print(tuple(ts.static_order()))
print(TopologicalSorter[int], type(TopologicalSorter[str]).__name__)
