# UserDict, UserList, UserString
from collections import UserDict, UserList, UserString


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


d = LowerDict({"A": 1}, B=2)
d["C"] = 3
print(d, d.data, len(d), "a" in d, d.get("z", 0), list(d.items()))
print(d | {"d": 4}, type(d.copy()).__name__, d.copy())


class Missing(UserDict):
    def __missing__(self, key):
        return key * 2


print(Missing()["ab"])
ul = UserList([3, 1, 2])
ul.sort()
ul.append(4)
ul.extend([5])
print(ul, ul[1:3], type(ul[1:3]).__name__, ul + [6], [0] + ul, ul * 2, ul.pop(), ul.index(2))
ul.insert(0, 9)
ul.remove(9)
ul.reverse()
print(ul, ul == [4, 3, 2, 1], ul < [5], ul.count(3), 3 in ul, len(ul))
us = UserString("Hello")
print(us.upper(), us + " world", "<" + us, us[1:3], us * 2, len(us), "ell" in us)
print(us.replace("l", "L"), us.split("l"), us.find("l"), us == "Hello", us < "Z", repr(us))
print(type(us.lower()).__name__, us.center(9, "*"), us.zfill(8), us.startswith("He"))
print(UserString(12) + 3, "%s!" % us, us % () if False else "")
