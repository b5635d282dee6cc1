import bisect
import _bisect

print(sorted(n for n in dir(bisect) if not n.startswith("__")), sorted(n for n in dir(_bisect) if not n.startswith("__")))
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right, bisect.bisect_left is _bisect.bisect_left)
print(bisect.__doc__, bisect.__name__)
