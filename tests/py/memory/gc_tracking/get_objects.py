# gc.get_objects lists tracked objects; untracked ones never appear.
import gc


class Marker:
    pass


m = Marker()
lst = [m]
print("instance listed:", any(o is m for o in gc.get_objects()))
print("list listed:", any(o is lst for o in gc.get_objects()))
d = {"a": 1}
print("untracked dict not listed:", not any(o is d for o in gc.get_objects()))
gc.collect()
print("after collect, in generation 2:", any(o is m for o in gc.get_objects(2)), any(o is m for o in gc.get_objects(0)))
n = Marker()
print("new object in generation 0:", any(o is n for o in gc.get_objects(0)))
for bad in [3, -1, "x"]:
    try:
        gc.get_objects(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
