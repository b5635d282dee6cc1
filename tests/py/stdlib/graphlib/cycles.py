# CycleError's message and args list the cycle as python3 finds it
import graphlib
from graphlib import CycleError, TopologicalSorter

cases = [
    {1: [1]},
    {"a": ["b"], "b": ["a"]},
    {1: [2], 2: [3], 3: [1], 4: [1]},
    {"x": ["y"], "y": ["z"], "z": ["w", "x"], "w": []},
    {0: [1, 2], 1: [3], 3: [2], 2: [4], 4: [1]},
]
for g in cases:
    ts = TopologicalSorter(g)
    try:
        ts.prepare()
    except CycleError as e:
        print(type(e).__name__, e.args, str(e), repr(e))
        print(ts.get_ready(), ts.is_active())
try:
    list(TopologicalSorter({"q": ["q"]}).static_order())
except ValueError as e:
    print(isinstance(e, CycleError), e.args[1])
print(issubclass(CycleError, ValueError), CycleError.__module__, graphlib.__all__ if hasattr(graphlib, "__all__") else None)
try:
    TopologicalSorter().add([1], 2)
except TypeError as e:
    print("TypeError", e)
