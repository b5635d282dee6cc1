# Builtin bound methods and method-wrappers: each attribute access makes a new object, and two of
# them are equal (and hash alike) when they bind the same object to the same function.
lst = [1, 2]
other = [1, 2]
print(lst.append == lst.append, lst.append != lst.append)
print(lst.append == other.append, lst.append == lst.extend)
print(lst.__add__ == lst.__add__, lst.__add__ != lst.__add__, lst.__add__ == other.__add__)
print(lst.__add__ == lst.__mul__, lst.__len__ == lst.__len__)
print(hash(lst.append) == hash(lst.append), hash(lst.__len__) == hash(lst.__len__))
print(len == len, print == print, len == print, (1).__add__ == (1).__add__)
# usable as dict keys and set members
handlers = {lst.append: "append", lst.pop: "pop", lst.__len__: "len"}
print(handlers[lst.append], handlers[lst.pop], handlers[lst.__len__], lst.append in {lst.append})
print(lst.append in [lst.extend, lst.append], [lst.append].index(lst.append))
# a builtin method never equals a Python one or another kind of callable
class Box(list):
    def add(self, x):
        self.append(x)
b = Box()
print(b.append == b.append, b.add == b.add, b.append == b.add, b.__len__ == b.append)
print(dict.fromkeys == dict.fromkeys, {}.get == {}.get, str.upper == str.upper)
