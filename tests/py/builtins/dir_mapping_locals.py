# dir() with no argument lists the locals mapping's keys(): a dict subclass overriding keys()
# (eval/exec with such locals) is asked, as PyMapping_Keys does.
class D(dict):
    def __getitem__(self, key):
        if key == "a":
            return 12
        return dict.__getitem__(self, key)

    def keys(self):
        return list("zyx")


print(eval("dir()", {}, D()))
print(eval("a", {}, D()))
print(eval("dir()", {}, {"q": 1, "b": 2}))
exec("print(dir())", {}, D(k=1))


class Plain(dict):
    pass


print(eval("dir()", {}, Plain(b=1, a=2)))
